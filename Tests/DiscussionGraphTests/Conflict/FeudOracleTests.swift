import Discussion
import PropertyBased
import Testing

@testable import DiscussionGraph

/// Feuds found in one walk per chain agree with the definition applied directly (every
/// comment's chain walked back to its start), on random threads with branching exchanges.
@Suite struct FeudOracleTests {
  /// The definition, walked out: for each comment, the longest strictly alternating chain
  /// ending at it; a pair's members are every comment on a chain of 3 or more.
  static func naive(_ thread: CommentThread, authors: [Int?]) -> [SIMD2<Int>: (
    turns: Int, members: Set<Int>
  )] {
    let parent = thread.replyTargetIndex
    var result: [SIMD2<Int>: (turns: Int, members: Set<Int>)] = [:]
    for c in thread.comments.indices {
      var chain = [c]
      var x = c
      while let p = parent[x], let ax = authors[x], let ap = authors[p], ax != ap {
        if chain.count >= 2, authors[chain[chain.count - 2]] != ap { break }
        chain.append(p)
        x = p
      }
      guard chain.count >= 3 else { continue }
      let key = SIMD2(min(authors[c]!, authors[chain[1]]!), max(authors[c]!, authors[chain[1]]!))
      var entry = result[key] ?? (0, [])
      entry.turns = max(entry.turns, chain.count)
      entry.members.formUnion(chain)
      result[key] = entry
    }
    return result
  }

  @Test func randomThreadsAgreeWithTheDefinition() async {
    await propertyCheck(count: 300, input: Gen.int(in: 0...1_000_000)) { seed in
      var rng = SplitMix64(seed: UInt64(seed))
      let n = 2 + rng.below(60)
      let people = ["А", "Б", "В", "Г"]
      var specs: [ConflictFixtures.Spec] = []
      for i in 0..<n {
        let replyTo: Int? = i == 0 || rng.below(5) == 0 ? nil : max(0, i - 1 - rng.below(min(i, 3)))
        let author: String? =
          rng.below(12) == 0 ? nil : people[rng.below(rng.below(2) == 0 ? 2 : 4)]
        specs.append(.init(author: author, replyTo: replyTo))
      }
      let thread = ConflictFixtures.thread("t", specs)
      let corpus = Corpus(threads: [thread])
      let analysis = ConflictAnalysis(corpus: corpus)
      let authors = (0..<n).map { corpus.commenterIndex(thread: 0, comment: $0) }
      let expected = Self.naive(thread, authors: authors)
      let found = analysis.feuds
      #expect(found.count == expected.count)
      for feud in found {
        let entry = expected[SIMD2(feud.a, feud.b)]
        #expect(entry?.turns == feud.turns)
        #expect(entry.map { Set(feud.comments) == $0.members } == true)
        #expect(feud.comments == feud.comments.sorted())
        // The longest chain is one: each replies to the one before, authors alternating.
        for (x, y) in zip(feud.longestChain, feud.longestChain.dropFirst()) {
          #expect(thread.replyTargetIndex[y] == x)
          #expect(authors[x] != authors[y])
        }
      }
    }
  }
}
