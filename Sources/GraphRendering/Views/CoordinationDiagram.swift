import Discussion
import DiscussionGraph

/// The coordination network drawn (`replynet render --view coordination`): the members of
/// each group of ``DiscussionGraph/CoordinationAnalysis``, filled by group, an undirected line
/// for each significant pair, as thick as the threads they were together in, its tooltip the
/// counts against the null model. Commenters in no group are not drawn: the view is about the
/// groups.
public struct CoordinationDiagram: Sendable {
  public var options: CoordinationAnalysis.Options
  public var layout: LayoutChoice
  public var limits: DiagramLimits

  public init(
    options: CoordinationAnalysis.Options = .init(), layout: LayoutChoice = .automatic,
    limits: DiagramLimits = DiagramLimits()
  ) {
    self.options = options
    self.layout = layout
    self.limits = limits
  }

  /// - Throws: ``DiagramError`` (`tooLarge`) above the limits: the groups are drawn whole or
  ///   not at all.
  /// - Complexity: that of ``DiscussionGraph/CoordinationAnalysis``, then the layout of its
  ///   groups.
  public func diagram(corpus: Corpus, title: String) throws(DiagramError) -> Diagram {
    let analysis = CoordinationAnalysis(corpus: corpus, options: options)
    let members = analysis.groups.flatMap(\.members)
    guard limits.allow(nodes: members.count, edges: analysis.edges.count) else {
      throw DiagramError(
        kind: .tooLarge,
        message: "the coordination network has \(members.count) commenters in groups and "
          + "\(analysis.edges.count) pairs, over the limits of \(limits.maxNodes) and "
          + "\(limits.maxEdges); see replynet coordination for them")
    }
    var group = [Int](repeating: 0, count: corpus.commenters.count)
    for g in analysis.groups { for m in g.members { group[m] = g.number } }
    // Groups are numbered largest first, as the palette ranks communities.
    let palette = CommunityColours(membership: group, nodes: members)
    let engine = layout.engine(nodes: members.count, isForest: false)
    let routing = EdgeRouting.choice(
      engine: engine, nodes: members.count, edges: analysis.edges.count)
    var dot = DOTGraph(name: "coordination network", directed: false)
    dot.defaults(
      .graph,
      [
        ("charset", .string("UTF-8")), ("fontname", .string(DiagramStyle.fontName)),
        ("fontsize", .number(11)), ("pad", .number(0.2)),
      ]
        + LayoutChoice.attributes(for: engine, nodes: members.count, edges: analysis.edges.count))
    dot.defaults(
      .node,
      [
        ("shape", .string("ellipse")), ("style", .string("filled")),
        ("fontname", .string(DiagramStyle.fontName)), ("color", .string(DiagramStyle.ink)),
        ("margin", .string("0.06,0.03")),
      ])
    dot.defaults(.edge, [("color", .string(DiagramStyle.ink))])
    for m in members.sorted() {
      let name = corpus.commenters[m].displayName
      dot.node(
        "n\(m)",
        [
          ("label", .label(Excerpt.name(name, limit: 28))),
          ("fillcolor", .string(palette.fill(group[m]))),
          ("tooltip", .tooltip("\(name): group \(group[m])")),
        ])
    }
    for e in analysis.edges {
      let a = corpus.commenters[e.first].displayName
      let b = corpus.commenters[e.second].displayName
      dot.edge(
        "n\(e.first)", "n\(e.second)",
        [
          ("penwidth", .number(min(6, 0.8 + Double(e.observed) / 4), digits: 2)),
          (
            "tooltip",
            .tooltip(
              "\(a) – \(b): together in \(e.observed) of \(e.sharedThreads) shared threads "
                + "(expected \(String(format: "%.3g", e.expected))), adjusted p = "
                + String(format: "%.3g", e.adjustedPValue))
          ),
        ])
    }
    var legend = Legend(title: title, caption: [])
    legend.caption = [
      analysis.groups.isEmpty
        ? "No coordinated group: no pair of commenters is together more often than chance allows "
          + "(\(analysis.pairsTested) pairs tested)"
        : "\(analysis.groups.count) coordinated groups of \(members.count) commenters: "
          + "\(analysis.edges.count) pairs together in a thread within "
          + "\(options.window / 60) min far more often than chance (Bonferroni over "
          + "\(analysis.pairsTested) pairs, α = \(options.alpha))",
      "Line width: threads together; colour: group; layout \(engine.rawValue), \(routing.caption)",
    ]
    for (number, size) in palette.ranked.prefix(DiagramStyle.communityFills.count) {
      legend.add(
        .node(fill: palette.fill(number), outline: DiagramStyle.ink, dashed: false),
        "group \(number) (\(size))")
    }
    dot.defaults(.graph, legend.attributes)
    return Diagram(
      dot: dot.text, engine: engine, caption: legend.caption, nodeCount: members.count,
      edgeCount: analysis.edges.count)
  }
}
