import Discussion
import Testing

@testable import DiscussionGraph

/// A skeleton built batch by batch, as `replynet stats` reads, is the skeleton of the corpus
/// held whole: same commenters, networks, accusations and statistics, under either identity
/// rule and inside a time window (context comments).
@Suite struct CorpusSkeletonTests {
  static let threads: [CommentThread] = {
    var threads = SyntheticCorpus(
      .init(
        threads: 40, meanCommentsPerThread: 50, commenters: 150, seed: 9,
        hostileReplyProbability: 0.2)
    ).corpus().threads
    // Mentions by number and by quoted name, and one spelling in another case, so that
    // folding merges two names.
    for t in threads.indices where t % 3 == 0 {
      let named = threads[t].comments[0].author ?? ""
      threads[t].comments[2].text += " #1 \"\(named)\""
      threads[t].comments[3].author = threads[t].comments[3].author.map { $0.uppercased() }
      // The last reply calls its target paid.
      if let k = threads[t].replyTargetIndex.lastIndex(where: { $0 != nil }) {
        threads[t].comments[k].text += " копейка"
      }
    }
    return threads
  }()

  static func batched(
    _ threads: [CommentThread], identity: IdentityRule, matcher: HostilityMatcher
  ) -> CorpusSkeleton {
    var builder = CorpusSkeleton.Builder(identity: identity, mentions: true, accusations: matcher)
    var start = 0
    var size = 1
    while start < threads.count {
      let end = min(threads.count, start + size)
      builder.add(Array(threads[start..<end]))
      start = end
      size = size % 7 + 1
    }
    return builder.build()
  }

  @Test(arguments: IdentityRule.allCases, [false, true])
  func batchesGiveTheWholeCorpusSkeleton(identity: IdentityRule, windowed: Bool) throws {
    let matcher = HostilityMatcher(lexicon: .bulgarian)
    var corpus = Corpus(threads: Self.threads, identity: identity)
    if windowed {
      // From the time of a reply written after its target, in a thread in the middle.
      let thread = Self.threads[Self.threads.count / 2]
      let reply = try #require(
        thread.replyTargetIndex.indices.first { i in
          thread.replyTargetIndex[i].map { thread.comments[$0].time! < thread.comments[i].time! }
            ?? false
        })
      let window = TimeWindow(since: thread.comments[reply].time)
      corpus = window.select(corpus).corpus
      #expect(corpus.threads.contains { $0.comments.contains(where: \.isContext) })
    }
    let whole = CorpusSkeleton(corpus, mentions: true, accusations: matcher)
    let batched = Self.batched(corpus.threads, identity: identity, matcher: matcher)
    #expect(batched.commenters == corpus.commenters)
    #expect(whole.commenters == corpus.commenters)
    for kind in NetworkKind.allCases {
      let a = CommenterNetwork(skeleton: whole, kind: kind)
      let b = CommenterNetwork(skeleton: batched, kind: kind)
      #expect(a.edges == b.edges, "\(kind) network")
      #expect(a.selfReplies == b.selfReplies)
    }
    let mentions = CommenterNetwork(skeleton: batched, kind: .mention)
    #expect(mentions.edges.contains { $0.evidence.contains(.commentNumber) })
    #expect(mentions.edges.contains { $0.evidence.contains(.quotedName) })
    let accused = Accusations.accusedBy(skeleton: batched)
    #expect(accused == Accusations.accusedBy(skeleton: whole))
    #expect(accused.contains { $0 > 0 })
    // The accusations a full conflict analysis finds, from the texts of the corpus held whole.
    let analysis = ConflictAnalysis(corpus: corpus, lexicon: .bulgarian)
    let fromAnalysis = Accusations.accusedBy(corpus: corpus) { t, i in
      analysis.comments[t][i].isAccusation
    }
    #expect(accused == fromAnalysis)
    let options = CommenterStatistics.Options(pathSamples: nil)
    let a = CommenterStatistics.compute(
      skeleton: whole, network: CommenterNetwork(skeleton: whole), options: options)
    let b = CommenterStatistics.compute(
      skeleton: batched, network: CommenterNetwork(skeleton: batched), options: options)
    for (x, y) in zip(a.columns, b.columns) {
      #expect(x.name == y.name)
      #expect(x.values.elementsEqual(y.values) { $0 == $1 || ($0.isNaN && $1.isNaN) }, "\(x.name)")
    }
  }

  /// A commenter's spelling is matched in texts in the form it was first seen, whichever
  /// canonically equivalent bytes a later thread writes it in (name folding works on scalars:
  /// "e" + U+0301 folds otherwise than "é").
  @Test func aSpellingIsMatchedInTheFormFirstSeen() throws {
    let composed = "José Мравоядецът"
    let decomposed = "Jose\u{301} Мравоядецът"
    let first = CommentThread(
      id: "a", sourceFile: "a.txt", comments: [Comment(id: "1", author: composed, text: "ден")])
    let second = CommentThread(
      id: "b", sourceFile: "b.txt",
      comments: [
        Comment(id: "1", author: decomposed, text: "нощ"),
        Comment(id: "2", author: "Друг", text: "Както каза José Мравоядецът вчера"),
      ])
    let corpus = Corpus(threads: [first, second])
    #expect(corpus.commenters.count == 2)
    var builder = CorpusSkeleton.Builder(identity: .exact, mentions: true)
    builder.add([first])
    builder.add([second])
    for skeleton in [CorpusSkeleton(corpus, mentions: true), builder.build()] {
      let network = CommenterNetwork(skeleton: skeleton, kind: .mention)
      let edge = try #require(network.edges.first)
      #expect(network.edges.count == 1)
      #expect(skeleton.commenters[edge.source].displayName == "Друг")
      #expect(edge.evidence.contains(.wholeName))
    }
  }
}
