import Discussion

/// The signed commenter network: for each pair of commenters who replied to each other, how
/// many replies went each way, how many of them were hostile, and a sign.
///
/// A pair is negative when hostile replies dominate, i.e. more than half of its replies (both
/// directions) are hostile (``CommentConflict/isHostile``), and positive otherwise. Replies
/// to oneself and replies to a comment whose author is unknown are left out, as in the reply
/// network.
///
/// - Complexity: O(C + P log P) for C comments and P reply occurrences.
public struct SignedNetwork: Sendable {
  /// One directed edge u → v: replies by u to v and the hostile ones among them.
  public struct Edge: Sendable, Hashable {
    public var source: Int
    public var target: Int
    public var replies: Int
    public var hostileReplies: Int
  }

  /// One unordered pair a < b with both directions.
  public struct Pair: Sendable, Hashable {
    public var a: Int
    public var b: Int
    /// Replies a → b and b → a.
    public var repliesAB: Int
    public var repliesBA: Int
    /// Hostile replies a → b and b → a.
    public var hostileAB: Int
    public var hostileBA: Int

    public var replies: Int { repliesAB + repliesBA }
    public var hostileReplies: Int { hostileAB + hostileBA }
    /// −1 when more than half of the pair's replies are hostile, +1 otherwise.
    public var sign: Int { 2 * hostileReplies > replies ? -1 : 1 }
  }

  /// Number of nodes (the commenters the network was built over).
  public let nodeCount: Int
  /// Directed edges sorted by (source, target).
  public let edges: [Edge]
  /// Pairs sorted by (a, b).
  public let pairs: [Pair]

  /// The signed network over the replies of the given threads (all when `threads` is nil),
  /// nodes = the corpus's commenters.
  public init(corpus: Corpus, comments: [[CommentConflict]], threads: [Int]? = nil) {
    var occurrences: [(Int, Int, Bool)] = []
    for t in threads ?? Array(corpus.threads.indices) {
      let thread = corpus.threads[t]
      for (i, target) in thread.replyTargetIndex.enumerated() {
        guard let target, !comments[t][i].isContext, let u = comments[t][i].author,
          let v = comments[t][target].author, u != v
        else { continue }
        occurrences.append((u, v, comments[t][i].isHostile))
      }
    }
    self.init(nodeCount: corpus.commenters.count, replies: occurrences)
  }

  /// The signed network of explicit replies `(source, target, hostile)` over `0..<nodeCount`
  /// (self-replies are dropped).
  public init(nodeCount: Int, replies: [(Int, Int, Bool)]) {
    self.nodeCount = nodeCount
    let sorted = replies.filter { $0.0 != $0.1 }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    var edges: [Edge] = []
    for (u, v, hostile) in sorted {
      if let last = edges.last, last.source == u, last.target == v {
        edges[edges.count - 1].replies += 1
        edges[edges.count - 1].hostileReplies += hostile ? 1 : 0
      } else {
        edges.append(Edge(source: u, target: v, replies: 1, hostileReplies: hostile ? 1 : 0))
      }
    }
    self.edges = edges
    var byPair: [Int: Pair] = [:]
    for e in edges {
      let (a, b) = (min(e.source, e.target), max(e.source, e.target))
      let key = a * nodeCount + b
      var pair =
        byPair[key] ?? Pair(a: a, b: b, repliesAB: 0, repliesBA: 0, hostileAB: 0, hostileBA: 0)
      if e.source == a {
        pair.repliesAB += e.replies
        pair.hostileAB += e.hostileReplies
      } else {
        pair.repliesBA += e.replies
        pair.hostileBA += e.hostileReplies
      }
      byPair[key] = pair
    }
    pairs = byPair.values.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
  }

  /// The directed reply graph (weights = replies), for reciprocity.
  public var replyGraph: Graph {
    Graph(
      nodeCount: nodeCount, directed: true,
      edges: edges.map { ($0.source, $0.target, Double($0.replies)) })
  }

  /// The undirected simple projection: one unweighted edge per pair.
  public var undirectedGraph: Graph {
    Graph(nodeCount: nodeCount, directed: false, edges: pairs.map { ($0.a, $0.b) })
  }
}

extension SignedNetwork {
  /// The signed network of one thread over its own commenters: node i is the corpus
  /// commenter `nodes[i]` (the thread's authors in corpus order).
  ///
  /// - Complexity: O(C log C) for the thread's C comments.
  public static func thread(_ t: Int, of corpus: Corpus, comments: [[CommentConflict]])
    -> (network: SignedNetwork, nodes: [Int])
  {
    let nodes = Array(Set(comments[t].compactMap(\.author))).sorted()
    var local: [Int: Int] = [:]
    for (i, v) in nodes.enumerated() { local[v] = i }
    var replies: [(Int, Int, Bool)] = []
    for (i, target) in corpus.threads[t].replyTargetIndex.enumerated() {
      guard let target, !comments[t][i].isContext, let u = comments[t][i].author,
        let v = comments[t][target].author
      else { continue }
      replies.append((local[u]!, local[v]!, comments[t][i].isHostile))
    }
    return (SignedNetwork(nodeCount: nodes.count, replies: replies), nodes)
  }
}
