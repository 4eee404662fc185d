import Foundation
import Testing

@testable import DiscussionGraph

@Suite("Conflict: controversy and loudness")
struct ControversyTests {
  @Test func redditFormulaByHand() {
    // (5 + 9)^(5/9) = e^((5/9) · ln 14) = e^(0.555556 · 2.639057) = e^1.466143 = 4.332492
    #expect(abs(Controversy.reddit(likes: 5, dislikes: 9) - 4.332492) < 1e-6)
    #expect(Controversy.reddit(likes: 5, dislikes: 9) == pow(14.0, 5.0 / 9.0))
    // Symmetric in likes and dislikes.
    #expect(Controversy.reddit(likes: 9, dislikes: 5) == pow(14.0, 5.0 / 9.0))
    // Even split: (50 + 50)^1 = 100.
    #expect(Controversy.reddit(likes: 50, dislikes: 50) == 100)
    // (3 + 1)^(1/3) = 4^(1/3) = 1.587401.
    #expect(abs(Controversy.reddit(likes: 3, dislikes: 1) - 1.587401) < 1e-6)
    // 0 when either side is 0.
    #expect(Controversy.reddit(likes: 6, dislikes: 0) == 0)
    #expect(Controversy.reddit(likes: 0, dislikes: 7) == 0)
    #expect(Controversy.reddit(likes: 0, dislikes: 0) == 0)
  }

  @Test func voteShareByHand() {
    #expect(Controversy.voteShare(likes: 5, dislikes: 9) == 5.0 / 14.0)
    #expect(Controversy.voteShare(likes: 6, dislikes: 0) == 1)
    #expect(Controversy.voteShare(likes: 0, dislikes: 0).isNaN)
  }

  @Test func shoutingAndExclamationsByHand() {
    // "АБв!" : 2 upper of 3 cased letters; one '!'.
    let (shout, run) = CommentConflict.loudness("АБв!")
    #expect(shout == 2.0 / 3.0)
    #expect(run == 1)
    // "Ха ХА!!! ok!!": upper Х, Х, А = 3; lower а, o, k = 3 → 0.5; longest '!' run 3.
    let (shout2, run2) = CommentConflict.loudness("Ха ХА!!! ok!!")
    #expect(shout2 == 0.5)
    #expect(run2 == 3)
    // No cased letters: 0, not NaN.
    #expect(CommentConflict.loudness("123 ...").0 == 0)
  }
}
