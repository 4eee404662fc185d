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
/// - Complexity: O(C + E log E) for C comments and E edge occurrences, from a
///   ``CorpusSkeleton``; from a corpus, O(L) more for L characters of text (mentions only),
///   scanned in parallel over threads.
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

  /// The network of a corpus held whole (its mentions detected here for a mention or combined
  /// network).
  public init(corpus: Corpus, kind: NetworkKind = .reply) {
    self.init(skeleton: CorpusSkeleton(corpus, mentions: kind != .reply), kind: kind)
  }

  /// The network of a skeleton; a mention or combined network needs one made with mentions.
  public init(skeleton: CorpusSkeleton, kind: NetworkKind = .reply) {
    precondition(kind == .reply || skeleton.hasMentions, "a \(kind) network needs the mentions")
    self.kind = kind
    commenters = skeleton.commenters
    let occurrences = Self.occurrences(in: skeleton, kind: kind)
    var selfReplies = [Int](repeating: 0, count: commenters.count)
    var edges: [NetworkEdge] = []
    // Reserved exactly (occurrences are sorted by source and target): grown by appends, the
    // array would be copied a dozen times, and glibc keeps the pages of the copies let go.
    var pairs = 0
    var previous: (source: Int, target: Int)? = nil
    for o in occurrences where o.source != o.target {
      if previous.map({ $0 != (o.source, o.target) }) ?? true { pairs += 1 }
      previous = (o.source, o.target)
    }
    edges.reserveCapacity(pairs)
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
      nodeCount: commenters.count, directed: true,
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

  /// All occurrences of the skeleton, sorted.
  static func occurrences(in skeleton: CorpusSkeleton, kind: NetworkKind) -> [Occurrence] {
    var all: [Occurrence] = []
    if kind != .mention {
      for t in 0..<skeleton.threadCount {
        let comments = skeleton.comments(ofThread: t)
        for c in comments where skeleton.targets[c] >= 0 {
          let target = comments.lowerBound + Int(skeleton.targets[c])
          guard let source = skeleton.author(c), let receiver = skeleton.author(target),
            !skeleton.flags[c].contains(.context)
          else { continue }
          all.append(
            Occurrence(
              source: source, target: receiver,
              ref: CommentRef(thread: t, comment: c - comments.lowerBound), isReply: true,
              evidence: [], time: skeleton.time(c)))
        }
      }
    }
    if kind != .reply, let mentions = skeleton.mentions {
      var t = 0
      for mention in mentions {
        let c = Int(mention.comment)
        while skeleton.firstComment[t + 1] <= c { t += 1 }
        all.append(
          Occurrence(
            source: Int(skeleton.authors[c]), target: Int(mention.target),
            ref: CommentRef(thread: t, comment: c - skeleton.firstComment[t]), isReply: false,
            evidence: mention.evidence, time: skeleton.time(c)))
      }
    }
    all.sort()
    return all
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
