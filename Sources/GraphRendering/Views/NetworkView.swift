import Discussion
import DiscussionGraph

/// A commenter network: who replies to (or mentions) whom.
///
/// Node size follows a metric of ``DiscussionGraph/CommenterStatistics`` (PageRank by default),
/// fill follows the commenter's community (colour-blind-safe palette, largest community
/// first), edge width follows the number of replies, mentions are dashed, hostile edges red and
/// feuds heavy red (from ``ConflictMarks``); two commenters who reply both ways share one line
/// with arrowheads at both ends. A caption says what was drawn and what was pruned;
/// tooltips carry the figures and an excerpt of a comment behind each edge.
///
/// ```swift
/// let view = NetworkView(kind: .reply, pruning: NetworkPruning(top: 200))
/// let svg = try view.diagram(corpus: corpus).render(.svg)
/// ```
public struct NetworkView: Sendable {
  public var kind: NetworkKind
  /// A column of ``DiscussionGraph/CommenterStatistics`` (`pagerank`, `betweenness`, …).
  public var sizeMetric: String
  public var pruning: NetworkPruning
  public var marks: ConflictMarks
  /// When set, ``marks`` come from the conflict analysis of the corpus drawn with this
  /// lexicon, made only once the network is known to be drawable.
  public var conflictLexicon: HostilityLexicon?
  public var layout: LayoutChoice
  public var limits: DiagramLimits
  public var statistics: CommenterStatistics.Options
  /// Above this many nodes, only the ``labelledNodes`` largest are named.
  public var labelAllUpTo: Int
  public var labelledNodes: Int

  public init(
    kind: NetworkKind = .reply, sizeMetric: String = "pagerank",
    pruning: NetworkPruning = NetworkPruning(), marks: ConflictMarks = .none,
    conflictLexicon: HostilityLexicon? = nil, layout: LayoutChoice = .automatic,
    limits: DiagramLimits = DiagramLimits(),
    statistics: CommenterStatistics.Options = .init(), labelAllUpTo: Int = 200,
    labelledNodes: Int = 100
  ) {
    self.kind = kind
    self.sizeMetric = sizeMetric
    self.pruning = pruning
    self.marks = marks
    self.conflictLexicon = conflictLexicon
    self.layout = layout
    self.limits = limits
    self.statistics = statistics
    self.labelAllUpTo = labelAllUpTo
    self.labelledNodes = labelledNodes
  }

  /// The diagram of the corpus's commenter network; `title` heads the caption (the thread's
  /// title or the corpus's name).
  ///
  /// - Throws: ``DiagramError`` for an unknown metric, or a network larger than ``limits``
  ///   after pruning when ``DiagramLimits/prunesAutomatically`` is off (or the limits are so
  ///   small that not even one commenter fits).
  /// - Complexity: that of the size metric on the whole network (a path metric O(V·E),
  ///   sampled above 5,000 commenters; PageRank O(E) an iteration), then the communities
  ///   (Leiden) once the network is known to be drawable, then the layout.
  public func diagram(corpus: Corpus, title: String) throws(DiagramError) -> Diagram {
    guard CommenterStatistics.columnNames.contains(sizeMetric) else {
      throw DiagramError(
        kind: .unknownMetric,
        message: "unknown metric '\(sizeMetric)'; one of: "
          + CommenterStatistics.columnNames.joined(separator: ", "))
    }
    let skeleton = CorpusSkeleton(
      corpus, mentions: kind != .reply || sizeMetric.hasPrefix("mentions_"))
    let network = CommenterNetwork(skeleton: skeleton, kind: kind)
    var options = statistics
    if options.pathSamples == nil && network.commenters.count > 5000 { options.pathSamples = 256 }
    // Only the metric that sizes the nodes, before deciding what to draw: nothing else is
    // computed for a network too large to draw.
    let metric =
      CommenterStatistics.column(
        sizeMetric, skeleton: skeleton, network: network, options: options)?
      .values ?? []
    let kept = try keptPart(of: network, metric: metric)
    // Then the communities that colour them, on the whole network, and the conflict marks.
    let marks =
      conflictLexicon.map {
        ConflictMarks.analysis(ConflictAnalysis(corpus: corpus, lexicon: $0))
      } ?? self.marks
    let community =
      CommenterStatistics.column(
        "community", skeleton: skeleton, network: network, options: options)?
      .values.map { Int($0) } ?? []

    let isForest = Self.isForest(nodes: kept.nodes.count, edges: kept.edges, network: network)
    let engine = layout.engine(nodes: kept.nodes.count, isForest: isForest)
    let palette = CommunityColours(membership: community, nodes: kept.nodes)
    let painter = NetworkPainter(
      corpus: corpus, network: network, metric: metric, metricName: sizeMetric,
      keptNodes: kept.nodes, community: community, palette: palette, marks: marks,
      labelAll: kept.nodes.count <= labelAllUpTo, labelled: labelledNodes)

    let lines = Self.lines(kept.edges, of: network)
    let routing = EdgeRouting.choice(engine: engine, nodes: kept.nodes.count, edges: lines.count)
    var dot = DOTGraph(name: "\(kind.rawValue) network", directed: true)
    dot.defaults(
      .graph,
      [
        ("charset", .string("UTF-8")), ("fontname", .string(DiagramStyle.fontName)),
        ("fontsize", .number(11)), ("pad", .number(0.2)),
      ] + LayoutChoice.attributes(for: engine, nodes: kept.nodes.count, edges: lines.count))
    dot.defaults(
      .node,
      [
        ("shape", .string("ellipse")), ("style", .string("filled")),
        ("fontname", .string(DiagramStyle.fontName)), ("color", .string(DiagramStyle.ink)),
        ("margin", .string("0.06,0.03")),
      ])
    // In a large network opaque edges merge into one dark blot: draw them translucent.
    let edgeInk = kept.nodes.count > labelAllUpTo ? DiagramStyle.ink + "66" : DiagramStyle.ink
    dot.defaults(
      .edge,
      [
        ("color", .string(edgeInk)), ("arrowsize", .number(0.7)),
        ("fontname", .string(DiagramStyle.fontName)),
      ])
    for v in kept.nodes { dot.node("n\(v)", painter.nodeAttributes(v)) }
    var hostile = 0
    var feuds = 0
    for (e, back) in lines {
      let edge = network.edges[e]
      let pair = marks.pair(edge.source, edge.target)
      let backMarks = back.map {
        (edge: network.edges[$0], pair: marks.pair(edge.target, edge.source))
      }
      let line = painter.edgeLine(edge, pair: pair, back: backMarks)
      switch line.mark {
      case .feud: feuds += 1
      case .hostile: hostile += 1
      case .plain: break
      }
      dot.edge("n\(edge.source)", "n\(edge.target)", line.attributes)
    }
    let bothWays = lines.count { $0.back != nil }

    var legend = Legend(title: title, caption: [])
    legend.caption = caption(
      network: network, kept: kept, engine: engine, routing: routing, hostile: hostile,
      feuds: feuds, bothWays: bothWays, palette: palette,
      labelAll: kept.nodes.count <= labelAllUpTo, marks: marks
    )
    painter.addKey(to: &legend, kind: kind)
    dot.defaults(.graph, legend.attributes)
    return Diagram(
      dot: dot.text, engine: engine, caption: legend.caption, nodeCount: kept.nodes.count,
      edgeCount: kept.edges.count)
  }

  /// What ``pruning`` keeps of `network`; above ``limits``, the most central commenters of its
  /// largest component (``DiagramLimits/automaticTop``, fewer while their edges exceed the
  /// limit), or a refusal when ``DiagramLimits/prunesAutomatically`` is off.
  private func keptPart(
    of network: CommenterNetwork, metric: [Double]
  ) throws(DiagramError) -> NetworkPruning.Result {
    let kept = pruning.apply(to: network, metric: metric, metricName: sizeMetric)
    let what = "the \(kind.rawValue) network"
    guard limits.prunesAutomatically,
      !limits.allow(nodes: kept.nodes.count, edges: kept.edges.count)
    else {
      try limits.check(
        nodes: kept.nodes.count, edges: kept.edges.count, what: what,
        remedy: "Prune it with --top N (by --size-by), --min-weight W, --k-core K or "
          + "--largest-component (without --no-prune, the most central are drawn).")
      return kept
    }
    var automatic = pruning
    automatic.largestComponent = true
    automatic.top = max(0, min(pruning.top ?? .max, limits.automaticTop, limits.maxNodes))
    automatic.reason = "automatic"
    while true {
      var result = automatic.apply(to: network, metric: metric, metricName: sizeMetric)
      if limits.allow(nodes: result.nodes.count, edges: result.edges.count)
        || (automatic.top ?? 0) <= 1
      {
        try limits.check(
          nodes: result.nodes.count, edges: result.edges.count, what: what,
          remedy: "Raise the limits (--max-nodes).")
        result.steps.append(
          "automatic: \(kept.nodes.count) commenters and \(kept.edges.count) edges were over the "
            + "limits of \(limits.maxNodes) and \(limits.maxEdges) (--no-prune refuses instead)")
        return result
      }
      automatic.top = (automatic.top ?? 0) / 2
    }
  }

  /// The DOT edges for `edges` (indices into the network's): one for each pair of commenters,
  /// however many ways they reply, with the edge the other way as `back`. Graphviz 2.42
  /// routes several edges between two nodes with neato's makeMultiSpline (splines=true in
  /// neato, fdp, circo and twopi), which writes past its buffers and corrupts the heap.
  static func lines(_ edges: [Int], of network: CommenterNetwork) -> [(e: Int, back: Int?)] {
    let index = Dictionary(
      edges.map { (NodePair(network.edges[$0]), $0) }, uniquingKeysWith: { a, _ in a })
    var joined = Set<Int>()
    var lines: [(e: Int, back: Int?)] = []
    for e in edges where !joined.contains(e) {
      let edge = network.edges[e]
      let back =
        edge.source == edge.target
        ? nil : index[NodePair(source: edge.target, target: edge.source)]
      if let back { joined.insert(back) }
      lines.append((e, back))
    }
    return lines
  }

  /// Whether the kept edges, taken undirected and without repeats, form a forest.
  static func isForest(nodes: Int, edges: [Int], network: CommenterNetwork) -> Bool {
    var pairs = Set<[Int]>()
    for e in edges {
      let edge = network.edges[e]
      pairs.insert([min(edge.source, edge.target), max(edge.source, edge.target)])
    }
    // Union-find: a forest has no edge that joins two nodes already connected.
    var parent = [Int: Int]()
    func root(_ v: Int) -> Int {
      var v = v
      while let p = parent[v], p != v { v = p }
      return v
    }
    for pair in pairs.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      let a = root(pair[0])
      let b = root(pair[1])
      if a == b { return false }
      parent[a] = b
      if parent[b] == nil { parent[b] = b }
    }
    return true
  }

  private func caption(
    network: CommenterNetwork, kept: NetworkPruning.Result, engine: LayoutEngine,
    routing: EdgeRouting, hostile: Int, feuds: Int, bothWays: Int, palette: CommunityColours,
    labelAll: Bool, marks: ConflictMarks
  ) -> [String] {
    let weightWord =
      switch kind {
      case .reply: "replies"
      case .mention: "mentions"
      case .combined: "replies + mentions"
      }
    let total = kept.edges.reduce(0) { $0 + network.edges[$1].replies + network.edges[$1].mentions }
    var lines = [
      "\(kind.rawValue.capitalized) network: \(kept.nodes.count) of "
        + "\(network.commenters.count) commenters and \(kept.edges.count) of "
        + "\(network.edges.count) edges drawn (\(total) \(weightWord)); layout \(engine.rawValue), \(routing.caption)."
    ]
    lines.append("Not drawn: " + kept.steps.joined(separator: "; ") + ".")
    if bothWays > 0 {
      lines.append("\(bothWays) pairs both ways: one line each, with arrowheads at both ends.")
    }
    let selfReplies = network.selfReplies.reduce(0, +)
    if selfReplies > 0 { lines.append("\(selfReplies) replies to oneself counted, not drawn.") }
    lines.append(
      "Size: \(sizeMetric) (on the whole network). Fill: community (\(palette.summary)).")
    if marks.source == "none" || marks.source == "votes" {
      lines.append("Hostility and feuds not computed.")
    } else {
      lines.append(
        "\(hostile) hostile edges (hostility ≥ \(DOTNumber.fixed(marks.hostileThreshold))) "
          + "in red, \(feuds) feuds (3+ alternating turns) heavy red.")
    }
    if !labelAll {
      lines.append("Names shown for the \(labelledNodes) largest; hover for the others.")
    }
    return lines
  }
}

/// An ordered pair of commenters: the key of a network edge.
private struct NodePair: Hashable {
  var source: Int
  var target: Int
  init(source: Int, target: Int) {
    self.source = source
    self.target = target
  }
  init(_ edge: NetworkEdge) { self.init(source: edge.source, target: edge.target) }
}
