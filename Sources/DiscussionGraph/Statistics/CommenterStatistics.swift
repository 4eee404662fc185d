import Discussion

/// Every per-commenter figure `replynet stats` prints, for one network, with the summary of
/// that network. Definitions (direction, weights, normalisation) are in the README's "Metrics"
/// table and in the doc comments of the ``Graph`` methods each column comes from.
public struct CommenterStatistics: Sendable {
  /// Options for ``compute(corpus:network:options:)``.
  public struct Options: Sendable, Hashable {
    /// Community detection algorithm and its seed.
    public var communityAlgorithm: CommunityAlgorithm = .leiden
    public var seed: UInt64 = 0
    /// Estimate path metrics from this many sampled sources (nil: exact).
    public var pathSamples: Int? = nil
    public init(
      communityAlgorithm: CommunityAlgorithm = .leiden, seed: UInt64 = 0, pathSamples: Int? = nil
    ) {
      self.communityAlgorithm = communityAlgorithm
      self.seed = seed
      self.pathSamples = pathSamples
    }
  }

  /// One metric column: its snake_case name (as in JSON and CSV output) and values by node.
  public struct Column: Sendable {
    public var name: String
    public var values: [Double]
    /// Whether the values are counts (printed without decimals).
    public var isCount: Bool
  }

  public let summary: GraphSummary
  /// The commenters, same order as the rows of every column.
  public let commenters: [Commenter]
  /// The columns, in output order.
  public let columns: [Column]

  /// The column named `name`.
  public func column(_ name: String) -> Column? { columns.first { $0.name == name } }

  /// Column names in output order (``MetricCatalogue``).
  public static let columnNames = MetricCatalogue.names

  /// Computes every column.
  ///
  /// - Parameters:
  ///   - corpus: the comments (for comments, votes and removed counts).
  ///   - network: the network the centralities are computed on (reply by default).
  ///   - replies: the reply network, when `network` is not it (replies sent and received,
  ///     partners); built here when omitted.
  ///   - mentions: the mention network likewise.
  /// - Complexity: dominated by the path engine, O(V·E) (or O(K·E) with K sampled sources),
  ///   run in parallel.
  public static func compute(
    corpus: Corpus, network: CommenterNetwork, replies: CommenterNetwork? = nil,
    mentions: CommenterNetwork? = nil, options: Options = Options()
  ) -> CommenterStatistics {
    let n = corpus.commenters.count
    let replyNetwork =
      network.kind == .reply ? network : (replies ?? CommenterNetwork(corpus: corpus, kind: .reply))
    let mentionNetwork =
      network.kind == .mention
      ? network : (mentions ?? CommenterNetwork(corpus: corpus, kind: .mention))
    let g = network.graph
    let undirected = network.undirectedGraph

    // From the comments.
    var comments = [Double](repeating: 0, count: n)
    var removed = comments
    var likes = comments
    var dislikes = comments
    for (t, thread) in corpus.threads.enumerated() {
      for (k, comment) in thread.comments.enumerated() {
        guard let i = corpus.commenterIndex(thread: t, comment: k) else { continue }
        comments[i] += 1
        if comment.isRemoved { removed[i] += 1 }
        likes[i] += Double(comment.likes ?? 0)
        dislikes[i] += Double(comment.dislikes ?? 0)
      }
    }
    let replyGraph = replyNetwork.graph
    var partners = [Double](repeating: 0, count: n)
    for v in 0..<n {
      var seen = Set<Int32>()
      for i in replyGraph.outOffsets[v]..<replyGraph.outOffsets[v + 1] {
        seen.insert(replyGraph.outNeighbors[i])
      }
      for i in replyGraph.inOffsets[v]..<replyGraph.inOffsets[v + 1] {
        seen.insert(replyGraph.inNeighbors[i])
      }
      partners[v] = Double(seen.count)
    }

    // Centralities.
    let sources: PathSources =
      options.pathSamples.map { .sample(count: $0, seed: options.seed) } ?? .all
    let paths = g.pathMetrics(sources: sources)
    let pagerank = g.pageRank()
    // NetworkX's shifted power iteration leaves ~1e-13 on nodes outside the dominant
    // component; those are zeros (igraph returns exact zeros there).
    let eigenvector =
      ((try? undirected.eigenvectorCentrality()) ?? [Double](repeating: .nan, count: n))
      .map { abs($0) < 1e-10 ? 0 : $0 }
    let hits =
      (try? g.hubsAndAuthorities())
      ?? HITSScores(
        hubs: [Double](repeating: .nan, count: n), authorities: [Double](repeating: .nan, count: n))
    let partition = undirected.communities(
      algorithm: options.communityAlgorithm, seed: options.seed)
    let weak = g.weaklyConnectedComponents()

    func counts(_ values: [Int]) -> [Double] { values.map(Double.init) }
    /// A column, counted or not as its descriptor says.
    func column(_ name: String, _ values: [Double]) -> Column {
      Column(name: name, values: values, isCount: MetricCatalogue.descriptor(name)!.isCount)
    }
    let columns: [Column] = [
      column("comments", comments),
      column("removed", removed),
      column("likes", likes),
      column("dislikes", dislikes),
      column("replies_sent", replyGraph.strengths(.out)),
      column("replies_received", replyGraph.strengths(.in)),
      column("self_replies", counts(replyNetwork.selfReplies)),
      column("partners", partners),
      column("mentions_sent", mentionNetwork.graph.strengths(.out)),
      column("mentions_received", mentionNetwork.graph.strengths(.in)),
      column("in_degree", counts(g.degrees(.in))),
      column("out_degree", counts(g.degrees(.out))),
      column("in_strength", g.strengths(.in)),
      column("out_strength", g.strengths(.out)),
      column("pagerank", pagerank),
      column("betweenness", paths.betweenness),
      column("closeness", paths.closeness),
      column("closeness_wf", paths.closenessWassermanFaust),
      column("harmonic", paths.harmonic),
      column("eccentricity", paths.eccentricity),
      column("eigenvector", eigenvector),
      column("hub", hits.hubs),
      column("authority", hits.authorities),
      column("coreness", counts(g.coreness(mode: .all))),
      column("clustering", undirected.localClustering()),
      column("community", counts(partition.membership)),
    ]
    assert(columns.map(\.name) == columnNames)

    let summary = GraphSummary(
      network: network.kind, nodes: n, edges: g.edgeCount,
      totalWeight: network.edges.reduce(0) { $0 + $1.replies + $1.mentions },
      selfReplies: replyNetwork.selfReplies.reduce(0, +),
      isolates: (0..<n).reduce(0) { $0 + (g.outDegree($1) + g.inDegree($1) == 0 ? 1 : 0) },
      density: g.density(), reciprocity: g.reciprocity(), reciprocityRho: g.reciprocityRho(),
      weakComponents: weak.count, largestWeakComponent: weak.largest.map { weak.sizes[$0] } ?? 0,
      strongComponents: g.stronglyConnectedComponents().count, diameter: paths.diameter,
      degreeAssortativity: g.degreeAssortativity(directed: true),
      communities: partition.count, modularity: partition.modularity,
      pathSampleSources: paths.isSampled ? paths.sources.count : nil)
    return CommenterStatistics(summary: summary, commenters: corpus.commenters, columns: columns)
  }
}
