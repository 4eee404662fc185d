import Discussion

/// The network period by period (`replynet stats --by week`): for each hour, day or week (as
/// ``Timeline`` counts them) the commenter network of the comments written in it, with the
/// replies among them reaching older comments kept as edges to their authors (as `--since`
/// and `--until` keep them, ``TimeWindow``), and its size, reciprocity, communities and the
/// commenters at its centre by PageRank; so a researcher sees the network change.
public struct NetworkTimeline: Sendable {
  public struct Row: Sendable {
    /// The period's start, as ``Timeline/Bucket/label``.
    public var label: String
    /// Comments written in the period.
    public var comments: Int
    /// Commenters (authors of the period's comments and of the comments they reply to) and
    /// edges between them.
    public var nodes: Int
    public var edges: Int
    /// Share of edges reciprocated (``Graph/reciprocity()``); NaN without edges.
    public var reciprocity: Double
    /// Leiden communities and their modularity; `modularityNotMeasured` says why not when the
    /// largest component is below ``MeasurementMinimums``.
    public var communities: Int
    public var modularity: Double
    public var modularityNotMeasured: String?
    /// The most central commenters by PageRank, largest first (ties by commenter id).
    public var top: [(name: String, pageRank: Double)]
  }

  public let period: Timeline.Period
  public let kind: NetworkKind
  /// Every period from the first comment's to the last's, empty ones too.
  public let rows: [Row]

  /// - Complexity: O(C + Σ_p (V_p + E_p) · k) for C comments and, per period p, the PageRank
  ///   iterations and the Leiden passes over its network.
  public init(
    corpus: Corpus, period: Timeline.Period, kind: NetworkKind = .reply, top: Int = 3,
    seed: UInt64 = 0
  ) {
    self.period = period
    self.kind = kind
    // Each thread's comments by period (comments outside the corpus's own window, context,
    // are in none).
    var keys: [[Int64?]] = []
    var low = Int64.max
    var high = Int64.min
    for thread in corpus.threads {
      let k = thread.comments.map { c -> Int64? in
        guard !c.isContext, let time = c.time else { return nil }
        return Timeline.key(time, period)
      }
      for key in k.compactMap({ $0 }) {
        low = min(low, key)
        high = max(high, key)
      }
      keys.append(k)
    }
    guard low <= high else {
      rows = []
      return
    }
    var threadsOf = [[Int]](repeating: [], count: Int(high - low) + 1)
    for (t, k) in keys.enumerated() {
      for key in Set(k.compactMap { $0 }).sorted() { threadsOf[Int(key - low)].append(t) }
    }
    let (first, byPeriod, periodKeys) = (low, threadsOf, keys)
    rows = concurrentMap(count: byPeriod.count) { p in
      let key = first + Int64(p)
      var comments = 0
      let threads = byPeriod[p].map { t in
        let keep = periodKeys[t].map { $0 == key }
        comments += keep.count { $0 }
        return TimeWindow.select(corpus.threads[t], keeping: keep).thread
      }
      return Self.row(
        label: Timeline.label(key, period), comments: comments,
        corpus: Corpus(threads: threads, identity: corpus.identity), kind: kind, top: top,
        seed: seed)
    }
  }

  private static func row(
    label: String, comments: Int, corpus: Corpus, kind: NetworkKind, top: Int, seed: UInt64
  ) -> Row {
    let network = CommenterNetwork(corpus: corpus, kind: kind)
    let g = network.graph
    let largest = g.weaklyConnectedComponents().sizes.max() ?? 0
    let partition = network.undirectedGraph.communities(seed: seed)
    let ranks = g.pageRank()
    let order = ranks.indices.sorted {
      (ranks[$1], corpus.commenters[$0].id) < (ranks[$0], corpus.commenters[$1].id)
    }
    return Row(
      label: label, comments: comments, nodes: g.nodeCount, edges: network.edges.count,
      reciprocity: network.edges.isEmpty ? .nan : g.reciprocity(),
      communities: partition.count, modularity: partition.modularity,
      modularityNotMeasured: MeasurementMinimums.modularity(largestComponent: largest),
      top: order.prefix(top).map { (corpus.commenters[$0].displayName, ranks[$0]) })
  }
}
