import Discussion
import Testing

@testable import DiscussionGraph

@Suite("Conflict: planted feuds and hostile replies are found")
struct SyntheticConflictTests {
  static let parameters = SyntheticCorpus.Parameters(
    threads: 30, meanCommentsPerThread: 60, commenters: 300, exchangeProbability: 0.15, seed: 9,
    hostileReplyProbability: 0.2)

  /// The generator leaves replies unresolved, as an importer receives them.
  static func resolved(_ generated: [SyntheticCorpus.GeneratedThread]) -> Corpus {
    Corpus(
      threads: generated.map {
        var thread = $0.thread
        ReplyResolution.resolve(&thread)
        return thread
      })
  }

  @Test func plantedExchangesAreFeuds() throws {
    let generator = SyntheticCorpus(Self.parameters)
    let generated = (0..<Self.parameters.threads).map { generator.generate($0) }
    let corpus = Self.resolved(generated)
    let report = ConflictReport(
      corpus: corpus, options: .init(rewirings: 0, threadPolarisation: false))
    let exchanges = generated.flatMap(\.exchanges)
    #expect(exchanges.count >= 10)
    for exchange in exchanges {
      let t = try #require(corpus.threads.firstIndex { $0.id == exchange.threadID })
      let indices = exchange.commentIDs.map { id in
        corpus.threads[t].comments.firstIndex { $0.id == id }!
      }
      let authors = Set(indices.compactMap { report.comments[t][$0].author })
      #expect(authors.count == 2)
      let feud = report.feuds.first {
        $0.thread == t && Set([$0.a, $0.b]) == authors
      }
      let found = try #require(feud, "exchange \(exchange.commentIDs) in \(exchange.threadID)")
      #expect(found.turns >= exchange.commentIDs.count)
      #expect(Set(indices).isSubset(of: Set(found.comments)))
    }
  }

  @Test func plantedHostileRepliesAreFound() throws {
    let generator = SyntheticCorpus(Self.parameters)
    let generated = (0..<Self.parameters.threads).map { generator.generate($0) }
    let corpus = Self.resolved(generated)
    let matcher = HostilityMatcher(lexicon: .bulgarian)
    let planted = generated.flatMap(\.hostileReplies)
    #expect(planted.count >= 50)
    for reply in planted {
      let t = corpus.threads.firstIndex { $0.id == reply.threadID }!
      let comment = corpus.threads[t].comments.first { $0.id == reply.commentID }!
      let excerpts = matcher.matches(in: comment.text).map(\.excerpt)
      #expect(
        excerpts.contains { reply.insult.contains($0) }, "\(reply.insult) in \(comment.text)")
    }
  }

  @Test func defaultGeneratorDrawsNothingNew() {
    // At probability 0 the new parameter changes nothing: the same threads as before.
    var p = Self.parameters
    p.hostileReplyProbability = 0
    let generated = SyntheticCorpus(p).generate(3)
    #expect(generated.hostileReplies.isEmpty)
    #expect(generated.thread == SyntheticCorpus(p).thread(3).thread)
  }
}
