import Discussion
import Foundation
import Testing

@testable import DiscussionGraph

@Suite("Conflict: the sample thread")
struct SampleThreadConflictTests {
  let report: ConflictReport

  init() throws {
    report = ConflictReport(
      corpus: try ConflictFixtures.sampleCorpus(), options: .init(rewirings: 0))
  }

  func comment(_ number: Int) -> CommentConflict { report.comments[0][number - 1] }

  @Test func controversyOfTheFirstComment() {
    // "5 9 Отговор": 5 likes, 9 dislikes → 14^(5/9).
    let c = comment(1)
    #expect((c.likes, c.dislikes, c.score) == (5, 9, -4))
    #expect(c.controversy == pow(14.0, 5.0 / 9.0))
    #expect(c.voteShare == 5.0 / 14.0)
    // #13 "6 0": no dislikes → 0. #12 "6 2": 8^(2/6) = 2.
    #expect(comment(13).controversy == 0)
    #expect(abs(comment(12).controversy - 2) < 1e-12)
  }

  @Test func hostileCommentsAndTheirTerms() {
    let hostile = report.comments[0].filter(\.isHostile).map { $0.comment + 1 }
    #expect(hostile == [3, 5, 7, 8, 14])
    // #3 "…шабадския ма йму няк Путлер?": маймун* 1.5 + путлер* 1.
    #expect(comment(3).matches.map(\.term) == ["маймун*", "путлер*"])
    #expect(comment(3).matches.map(\.excerpt) == ["ма йму няк", "Путлер"])
    #expect(comment(3).hostility == 2.5)
    // #8 "Копейки бавн0 ра 3 виващи, копайте земята…": копей* 1 + бавноразвиващ* 1.5.
    #expect(comment(8).matches.map(\.excerpt) == ["Копейки", "бавн0 ра 3 виващи"])
    #expect(comment(8).hostility == 2.5)
    #expect(comment(7).matches.map(\.excerpt) == ["Купейките"])
    #expect(comment(14).matches.map(\.excerpt) == ["продажници"])
    // #16 "…да направи гадно на някой": "гадно" is not the term "гад".
    #expect(!comment(16).isHostile)
  }

  @Test func loudness() {
    // #17 is written in capitals.
    #expect(comment(17).shouting == 1)
    // #7 "…НАТО ли???? АХАХХАХАХААААА": no '!'; #1 "Ще клекнат и двамцата!": one.
    #expect(comment(7).exclamationRun == 0)
    #expect(comment(1).exclamationRun == 1)
  }

  @Test func threadSummary() {
    let s = report.threads[0]
    #expect((s.comments, s.removed, s.repliesToRemoved) == (22, 1, 1))
    #expect(s.removedShare == 1.0 / 22.0)
    // 20 top-level comments and 2 replies (#13 → #2, #22 → #19).
    #expect((s.depth, s.width) == (2, 20))
    // Root + 22: 18 leaves under the root (18 · 1 · 22 = 396), #2 and #19 with one reply
    // each (2 · 2 · 21 = 84), the two replies (2 · 1 · 22 = 44): W = 524 over C(23, 2) = 253.
    #expect(abs(s.structuralVirality - 524.0 / 253.0) < 1e-12)
    #expect(s.feuds == 0)
    #expect(s.feudShare == 0)
    // Two replies, neither answered: r = 0.
    #expect(s.reciprocity == 0)
    #expect((s.replies, s.hostileReplies) == (2, 0))
    // 5 hostile of the 21 comments with text.
    #expect(s.hostileComments == 5)
    #expect(s.hostilityRate == 5.0 / 21.0)
    #expect(s.balance.triangles == 0)
    #expect(report.summary.comments == 22)
    #expect(report.summary.hostilityRate == 5.0 / 21.0)
  }
}
