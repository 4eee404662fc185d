import Discussion

/// A network between commenters: who replies to or mentions whom, across one thread or a
/// whole corpus merged by commenter identity (README, "Networks").
///
/// Nodes are all the corpus's commenters, in ``Discussion/Corpus/commenters`` order (so a
/// commenter nobody replied to is an isolated node, not a missing one). Edge u → v:
/// - reply: weight = the number of comments by u that reply to a comment by v;
/// - mention: weight = the number of comments by u whose text refers to v (``MentionDetector``);
/// - combined: the sum, each edge carrying its layers.
///
/// A reply to oneself is counted in ``selfReplies`` and not drawn; a reply to a removed
/// comment whose author is unknown has no edge (the integrity report counts it).
///
/// - Complexity: O(C + L + E log E) for C comments, L characters of text (mentions only) and E
///   edge occurrences; text scanning runs in parallel over threads.
public struct CommenterNetwork: Sendable {
  public let kind: NetworkKind
  /// The nodes, same order as the corpus's commenters.
  public let commenters: [Commenter]
  /// The edges, sorted by (source, target); edge `i` is edge `i` of ``graph``.
  public let edges: [NetworkEdge]
  /// The directed weighted graph over commenter indices.
  public let graph: Graph
  /// Replies each commenter wrote to their own comments.
  public let selfReplies: [Int]

  public init(corpus: Corpus, kind: NetworkKind = .reply) {
    self.kind = kind
    commenters = corpus.commenters
    let occurrences = Self.occurrences(in: corpus, kind: kind)
    var selfReplies = [Int](repeating: 0, count: corpus.commenters.count)
    var edges: [NetworkEdge] = []
    for occurrence in occurrences {
      if occurrence.source == occurrence.target {
        if occurrence.isReply { selfReplies[occurrence.source] += 1 }
        continue
      }
      if let last = edges.last, last.source == occurrence.source, last.target == occurrence.target {
        edges[edges.count - 1].add(occurrence)
      } else {
        var edge = NetworkEdge(
          source: occurrence.source, target: occurrence.target, replies: 0, mentions: 0,
          evidence: [], comments: [], firstTime: nil, lastTime: nil)
        edge.add(occurrence)
        edges.append(edge)
      }
    }
    self.edges = edges
    self.selfReplies = selfReplies
    graph = Graph(
      nodeCount: corpus.commenters.count, directed: true,
      edges: edges.map { ($0.source, $0.target, Double($0.replies + $0.mentions)) })
  }

  /// One reply or mention: u → v through one comment.
  struct Occurrence: Comparable {
    var source: Int
    var target: Int
    var ref: CommentRef
    var isReply: Bool
    var evidence: MentionEvidence
    var time: CommentTime?

    static func < (a: Occurrence, b: Occurrence) -> Bool {
      (a.source, a.target, a.ref, a.isReply ? 0 : 1) < (
        b.source, b.target, b.ref, b.isReply ? 0 : 1
      )
    }
    static func == (a: Occurrence, b: Occurrence) -> Bool {
      (a.source, a.target, a.ref, a.isReply) == (b.source, b.target, b.ref, b.isReply)
    }
  }

  /// All occurrences of the corpus, sorted; threads are scanned in parallel chunks whose
  /// results are concatenated in thread order, so the result does not depend on scheduling.
  static func occurrences(in corpus: Corpus, kind: NetworkKind) -> [Occurrence] {
    let threads = corpus.threads
    let chunkCount = min(threads.count, 64)
    guard chunkCount > 0 else { return [] }
    let names = kind == .reply ? nil : MentionNames(corpus: corpus)
    let results = concurrentMap(count: chunkCount) { chunk in
      let lower = threads.count * chunk / chunkCount
      let upper = threads.count * (chunk + 1) / chunkCount
      var found: [Occurrence] = []
      for t in lower..<upper {
        collect(thread: t, of: corpus, kind: kind, names: names, into: &found)
      }
      return found
    }
    var all: [Occurrence] = []
    all.reserveCapacity(results.reduce(0) { $0 + $1.count })
    for chunk in results { all += chunk }
    all.sort()
    return all
  }

  static func collect(
    thread t: Int, of corpus: Corpus, kind: NetworkKind, names: MentionNames?,
    into found: inout [Occurrence]
  ) {
    let thread = corpus.threads[t]
    let authors = thread.comments.indices.map {
      corpus.commenterIndex(thread: t, comment: $0) ?? -1
    }
    if kind != .mention {
      for (i, target) in thread.replyTargetIndex.enumerated() {
        guard let target, authors[i] >= 0, authors[target] >= 0, !thread.comments[i].isContext
        else { continue }
        found.append(
          Occurrence(
            source: authors[i], target: authors[target], ref: CommentRef(thread: t, comment: i),
            isReply: true, evidence: [], time: thread.comments[i].time))
      }
    }
    if kind != .reply, let names {
      let detector = MentionDetector(corpus: corpus, thread: t, authors: authors, names: names)
      for (i, comment) in thread.comments.enumerated()
      where authors[i] >= 0 && !comment.textUTF8.isEmpty && !comment.isContext {
        for (target, evidence) in detector.mentions(inComment: i, utf8: comment.textUTF8) {
          found.append(
            Occurrence(
              source: authors[i], target: target, ref: CommentRef(thread: t, comment: i),
              isReply: false, evidence: evidence, time: comment.time))
        }
      }
    }
  }

  /// The undirected weighted projection (weights of u → v and v → u summed), on which
  /// clustering, eigenvector centrality and communities are computed.
  public var undirectedGraph: Graph {
    Graph(
      nodeCount: graph.nodeCount, directed: false,
      edges: edges.map { ($0.source, $0.target, Double($0.replies + $0.mentions)) })
  }
}

extension NetworkEdge {
  mutating func add(_ o: CommenterNetwork.Occurrence) {
    if o.isReply { replies += 1 } else { mentions += 1 }
    evidence.formUnion(o.evidence)
    if comments.last != o.ref { comments.append(o.ref) }
    if let time = o.time {
      if firstTime == nil || time < firstTime! { firstTime = time }
      if lastTime == nil || lastTime! < time { lastTime = time }
    }
  }
}
