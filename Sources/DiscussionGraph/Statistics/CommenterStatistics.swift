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

    public init(name: String, values: [Double], isCount: Bool) {
      self.name = name
      self.values = values
      self.isCount = isCount
    }
  }

  public let summary: GraphSummary
  /// The commenters, same order as the rows of every column.
  public let commenters: [Commenter]
  /// The columns, in output order.
  public private(set) var columns: [Column]

  /// These statistics with `column` after the others (a measure another analysis makes, such
  /// as ``Accusations``), one value a commenter.
  public func adding(_ column: Column) -> CommenterStatistics {
    precondition(column.values.count == commenters.count, "one value a commenter")
    var copy = self
    copy.columns.append(column)
    return copy
  }

  /// The column named `name`.
  public func column(_ name: String) -> Column? { columns.first { $0.name == name } }

  /// Column names in output order (``MetricCatalogue``).
  public static let columnNames = MetricCatalogue.names

  /// Computes every column.
  ///
  /// - Parameters:
  ///   - skeleton: the comments (for comments, votes and removed counts, and the reply and
  ///     mention networks when not given); with mentions unless `network` or `mentions` is
  ///     the mention network.
  ///   - network: the network the centralities are computed on (reply by default).
  ///   - replies: the reply network, when `network` is not it (replies sent and received,
  ///     partners); built here when omitted.
  ///   - mentions: the mention network likewise.
  /// - Complexity: dominated by the path engine, O(V·E) (or O(K·E) with K sampled sources),
  ///   run in parallel.
  public static func compute(
    skeleton: CorpusSkeleton, network: CommenterNetwork, replies: CommenterNetwork? = nil,
    mentions: CommenterNetwork? = nil, options: Options = Options()
  ) -> CommenterStatistics {
    compute(
      Calculator(
        skeleton: skeleton, network: network, replies: replies, mentions: mentions,
        options: options))
  }

  /// Every column of each network in `networks` (their kinds distinct), in that order. The
  /// reply and mention networks among them serve every network's reply and mention columns,
  /// and networks whose simple graphs are the same (the combined network of a corpus without
  /// mentions, or whose mentions all follow replies) share one run of the path engine: path
  /// metrics are hop counts, blind to weights and parallel edges.
  /// - Complexity: that of ``compute(skeleton:network:replies:mentions:options:)`` for each
  ///   network whose simple graph is new, plus O(V + E) per network to compare them.
  public static func compute(
    skeleton: CorpusSkeleton, networks: [CommenterNetwork], options: Options = Options()
  ) -> [CommenterStatistics] {
    let replies = networks.first { $0.kind == .reply }
    let mentions = networks.first { $0.kind == .mention }
    var searched: [(graph: SimpleAdjacency, paths: PathMetrics)] = []
    return networks.map { network in
      let calculator = Calculator(
        skeleton: skeleton, network: network, replies: replies, mentions: mentions,
        options: options)
      let simple = SimpleAdjacency(network.graph)
      if let known = searched.first(where: { $0.graph == simple }) {
        calculator.paths = known.paths
      } else {
        searched.append((simple, calculator.paths))
      }
      return compute(calculator)
    }
  }

  private static func compute(_ calculator: Calculator) -> CommenterStatistics {
    let network = calculator.network
    let skeleton = calculator.skeleton
    let columns = columnNames.map { name in
      Column(
        name: name, values: calculator.values(of: name),
        isCount: MetricCatalogue.descriptor(name)!.isCount)
    }
    let g = network.graph
    let n = skeleton.commenters.count
    let partition = calculator.partition
    let paths = calculator.paths
    let weak = g.weaklyConnectedComponents()
    let summary = GraphSummary(
      network: network.kind, nodes: n, edges: g.edgeCount,
      totalWeight: network.edges.reduce(0) { $0 + $1.replies + $1.mentions },
      selfReplies: calculator.replyNetwork.selfReplies.reduce(0, +),
      isolates: (0..<n).reduce(0) { $0 + (g.outDegree($1) + g.inDegree($1) == 0 ? 1 : 0) },
      density: g.density(), reciprocity: g.reciprocity(), reciprocityRho: g.reciprocityRho(),
      weakComponents: weak.count, largestWeakComponent: weak.largest.map { weak.sizes[$0] } ?? 0,
      strongComponents: g.stronglyConnectedComponents().count, diameter: paths.diameter,
      degreeAssortativity: g.degreeAssortativity(directed: true),
      communities: partition.count, modularity: partition.modularity,
      pathSampleSources: paths.isSampled ? paths.sources.count : nil)
    return CommenterStatistics(summary: summary, commenters: skeleton.commenters, columns: columns)
  }

  /// Every column, from a corpus held whole.
  public static func compute(
    corpus: Corpus, network: CommenterNetwork, replies: CommenterNetwork? = nil,
    mentions: CommenterNetwork? = nil, options: Options = Options()
  ) -> CommenterStatistics {
    let needsMentions = mentions == nil && network.kind != .mention
    return compute(
      skeleton: CorpusSkeleton(corpus, mentions: needsMentions), network: network,
      replies: replies, mentions: mentions, options: options)
  }

  /// One column alone, computing only what it needs (a diagram sized by PageRank needs no
  /// path metrics), and the network's community partition when `communities` is set.
  /// - Complexity: that of the metric: O(E) per PageRank or HITS iteration, O(V·E) (or
  ///   O(K·E) sampled) for a path metric, O(C) for the counts from the comments.
  public static func column(
    _ name: String, skeleton: CorpusSkeleton, network: CommenterNetwork,
    options: Options = Options()
  ) -> Column? {
    guard let metric = MetricCatalogue.descriptor(name) else { return nil }
    let calculator = Calculator(
      skeleton: skeleton, network: network, replies: nil, mentions: nil, options: options)
    return Column(name: name, values: calculator.values(of: name), isCount: metric.isCount)
  }

  /// The columns' values, each computed when first asked for and kept: the path metrics
  /// share one run of the path engine, HITS gives hub and authority, the comments' counts
  /// come from one pass.
  private final class Calculator {
    let skeleton: CorpusSkeleton
    let network: CommenterNetwork
    let options: Options
    private let givenReplies: CommenterNetwork?
    private let givenMentions: CommenterNetwork?

    init(
      skeleton: CorpusSkeleton, network: CommenterNetwork, replies: CommenterNetwork?,
      mentions: CommenterNetwork?, options: Options
    ) {
      self.skeleton = skeleton
      self.network = network
      self.options = options
      givenReplies = replies
      givenMentions = mentions
    }

    var n: Int { skeleton.commenters.count }
    var g: Graph { network.graph }

    lazy var replyNetwork: CommenterNetwork =
      network.kind == .reply
      ? network : (givenReplies ?? CommenterNetwork(skeleton: skeleton, kind: .reply))
    lazy var mentionNetwork: CommenterNetwork =
      network.kind == .mention
      ? network : (givenMentions ?? CommenterNetwork(skeleton: skeleton, kind: .mention))
    lazy var undirected: Graph = network.undirectedGraph

    /// Comments, removed, likes, dislikes per commenter, from one pass over the comments.
    lazy var counts: (comments: [Double], removed: [Double], likes: [Double], dislikes: [Double]) =
      {
        var comments = [Double](repeating: 0, count: n)
        var removed = comments
        var likes = comments
        var dislikes = comments
        for c in 0..<skeleton.commentCount {
          guard !skeleton.flags[c].contains(.context), let i = skeleton.author(c) else { continue }
          comments[i] += 1
          if skeleton.flags[c].contains(.removed) { removed[i] += 1 }
          if let up = skeleton.likes[c] { likes[i] += Double(up) }
          if let down = skeleton.dislikes[c] { dislikes[i] += Double(down) }
        }
        return (comments, removed, likes, dislikes)
      }()

    lazy var partners: [Double] = {
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
      return partners
    }()

    lazy var paths: PathMetrics = g.pathMetrics(
      sources: options.pathSamples.map { .sample(count: $0, seed: options.seed) } ?? .all)

    /// NetworkX's shifted power iteration leaves ~1e-13 on nodes outside the dominant
    /// component; those are zeros (igraph returns exact zeros there).
    lazy var eigenvector: [Double] =
      ((try? undirected.eigenvectorCentrality()) ?? [Double](repeating: .nan, count: n))
      .map { abs($0) < 1e-10 ? 0 : $0 }

    lazy var hits: HITSScores =
      (try? g.hubsAndAuthorities())
      ?? HITSScores(
        hubs: [Double](repeating: .nan, count: n), authorities: [Double](repeating: .nan, count: n))

    lazy var partition: CommunityPartition = undirected.communities(
      algorithm: options.communityAlgorithm, seed: options.seed)

    /// The values of the column `name` (``MetricCatalogue``).
    func values(of name: String) -> [Double] {
      func counted(_ values: [Int]) -> [Double] { values.map(Double.init) }
      switch name {
      case "comments": return counts.comments
      case "removed": return counts.removed
      case "likes": return counts.likes
      case "dislikes": return counts.dislikes
      case "replies_sent": return replyNetwork.graph.strengths(.out)
      case "replies_received": return replyNetwork.graph.strengths(.in)
      case "self_replies": return counted(replyNetwork.selfReplies)
      case "partners": return partners
      case "mentions_sent": return mentionNetwork.graph.strengths(.out)
      case "mentions_received": return mentionNetwork.graph.strengths(.in)
      case "in_degree": return counted(g.degrees(.in))
      case "out_degree": return counted(g.degrees(.out))
      case "in_strength": return g.strengths(.in)
      case "out_strength": return g.strengths(.out)
      case "pagerank": return g.pageRank()
      case "betweenness": return paths.betweenness
      case "closeness": return paths.closeness
      case "closeness_wf": return paths.closenessWassermanFaust
      case "harmonic": return paths.harmonic
      case "eccentricity": return paths.eccentricity
      case "eigenvector": return eigenvector
      case "hub": return hits.hubs
      case "authority": return hits.authorities
      case "coreness": return counted(g.coreness(mode: .all))
      case "clustering": return undirected.localClustering()
      case "community": return counted(partition.membership)
      default:
        preconditionFailure("no metric \(name) in MetricCatalogue")
      }
    }
  }
}
