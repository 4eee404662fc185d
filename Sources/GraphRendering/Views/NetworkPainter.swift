import Discussion
import DiscussionGraph
import Foundation

/// Labels, sizes, colours and tooltips of the network view's commenters and edges.
struct NetworkPainter {
  let corpus: Corpus
  let network: CommenterNetwork
  let metric: [Double]
  let metricName: String
  let community: [Int]
  let palette: CommunityColours
  let marks: ConflictMarks
  /// Nodes whose names are drawn.
  let named: Set<Int>
  /// The largest metric value among the drawn nodes (sizes are relative to it).
  let largest: Double
  private let outStrength: [Double]
  private let inStrength: [Double]

  init(
    corpus: Corpus, network: CommenterNetwork, metric: [Double], metricName: String,
    keptNodes: [Int], community: [Int], palette: CommunityColours, marks: ConflictMarks,
    labelAll: Bool, labelled: Int
  ) {
    self.corpus = corpus
    self.network = network
    self.metric = metric
    self.metricName = metricName
    self.community = community
    self.palette = palette
    self.marks = marks
    outStrength = network.graph.strengths(.out)
    inStrength = network.graph.strengths(.in)
    func value(_ v: Int) -> Double {
      metric.indices.contains(v) && metric[v].isFinite ? max(0, metric[v]) : 0
    }
    largest = keptNodes.map(value).max() ?? 0
    if labelAll {
      named = Set(keptNodes)
    } else {
      let ranked = keptNodes.sorted {
        value($0) != value($1)
          ? value($0) > value($1) : network.commenters[$0].id < network.commenters[$1].id
      }
      named = Set(ranked.prefix(labelled))
    }
  }

  /// 0…1: the node's metric relative to the largest drawn, square-rooted so that area, not
  /// width, follows the metric.
  private func scale(_ v: Int) -> Double {
    guard largest > 0, metric.indices.contains(v), metric[v].isFinite else { return 0 }
    return (max(0, metric[v]) / largest).squareRoot()
  }

  func nodeAttributes(_ v: Int) -> [(String, DOTGraph.Value)] {
    let s = scale(v)
    let fill = palette.fill(community.indices.contains(v) ? community[v] : nil)
    var attributes: [(String, DOTGraph.Value)] = [("fillcolor", .string(fill))]
    if named.contains(v) {
      attributes += [
        ("label", .label(Excerpt.name(network.commenters[v].displayName))),
        ("fontsize", .number(9 + 15 * s, digits: 1)),
      ]
    } else {
      attributes += [
        ("label", .string("")), ("shape", .string("circle")), ("fixedsize", .string("true")),
        ("width", .number(0.12 + 0.5 * s)),
      ]
    }
    attributes.append(("penwidth", .number(0.8 + 1.2 * s)))
    attributes.append(("tooltip", .tooltip(nodeTooltip(v))))
    return attributes
  }

  /// How a drawn line is marked.
  enum LineMark { case plain, hostile, feud }

  /// The attributes of the line for `edge`, and its mark; with `back` (the edge the other way
  /// between the same two commenters) one line with arrowheads at both ends (open at the end
  /// of a way that only mentions, when the other way replies), as wide as both together, red
  /// when either way is hostile, its tooltip telling each way.
  func edgeLine(
    _ edge: NetworkEdge, pair: PairMarks?, back: (edge: NetworkEdge, pair: PairMarks?)? = nil
  ) -> (attributes: [(String, DOTGraph.Value)], mark: LineMark) {
    // Width from replies (mentions in the mention network): 1, 2.5, 4, 5.5 … for 1, 2, 4, 8.
    func count(_ e: NetworkEdge) -> Int { network.kind == .mention ? e.mentions : e.replies }
    let total = count(edge) + (back.map { count($0.edge) } ?? 0)
    let width = total > 0 ? min(7, 1 + 1.5 * Foundation.log2(Double(total))) : 1
    var attributes: [(String, DOTGraph.Value)] = [("penwidth", .number(width))]
    if let back {
      attributes.append(("dir", .string("both")))
      // On a solid line (replies one way), the end of a way that only mentions is open.
      if edge.replies > 0 && back.edge.replies == 0 {
        attributes.append(("arrowtail", .string("empty")))
      } else if edge.replies == 0 && back.edge.replies > 0 {
        attributes.append(("arrowhead", .string("empty")))
      }
    }
    if edge.replies + (back?.edge.replies ?? 0) == 0 {
      attributes += [("style", .string("dashed")), ("color", .string(DiagramStyle.mention))]
    }
    let feudTurns = max(pair?.feudTurns ?? 0, back?.pair?.feudTurns ?? 0)
    let hostility = [pair?.hostility, back?.pair?.hostility].compactMap { $0 }.max()
    var mark = LineMark.plain
    if feudTurns >= 3 {
      mark = .feud
      attributes += [
        ("color", .string(DiagramStyle.hostile)), ("penwidth", .number(width + 2.5)),
        ("label", .label("feud, \(feudTurns) turns")),
        ("fontcolor", .string(DiagramStyle.hostile)), ("fontsize", .number(9)),
      ]
    } else if let hostility, hostility >= marks.hostileThreshold {
      mark = .hostile
      attributes.append(("color", .string(DiagramStyle.hostile)))
    }
    var tooltip = edgeTooltip(edge, pair: pair)
    if let back { tooltip += " ⇄ " + edgeTooltip(back.edge, pair: back.pair) }
    attributes.append(("tooltip", .tooltip(tooltip)))
    return (attributes, mark)
  }

  private func nodeTooltip(_ v: Int) -> String {
    let c = network.commenters[v]
    var parts = [Excerpt.name(c.displayName)]
    if c.spellings.count > 1 {
      let others = c.spellings.dropFirst().map { Excerpt.name($0) }
      parts.append("also written " + others.joined(separator: ", "))
    }
    let value = metric.indices.contains(v) ? metric[v] : .nan
    parts.append("\(metricName) \(DOTNumber.readable(value))")
    parts.append("comments \(c.commentCount)")
    parts.append(
      "out \(DOTNumber.readable(outStrength[v])), in \(DOTNumber.readable(inStrength[v]))")
    if community.indices.contains(v) { parts.append("community \(community[v])") }
    return parts.joined(separator: " · ")
  }

  private func edgeTooltip(_ edge: NetworkEdge, pair: PairMarks?) -> String {
    let from = Excerpt.name(network.commenters[edge.source].displayName)
    let to = Excerpt.name(network.commenters[edge.target].displayName)
    var parts = ["\(from) → \(to)"]
    var counts: [String] = []
    if edge.replies > 0 { counts.append("\(edge.replies) replies") }
    if edge.mentions > 0 {
      let names = edge.evidence.names.map { Excerpt.name($0) }
      counts.append("\(edge.mentions) mentions (\(names.joined(separator: ", ")))")
    }
    parts.append(counts.joined(separator: ", "))
    if let h = pair?.hostility { parts.append("hostility \(DOTNumber.fixed(h))") }
    if let turns = pair?.feudTurns, turns > 0 { parts.append("feud of \(turns) turns") }
    if let first = edge.comments.first {
      let thread = corpus.threads[Int(first.thread)]
      let comment = thread.comments[Int(first.comment)]
      parts.append(
        "#\(Excerpt.name(comment.id)) in \(Excerpt.name(thread.id)): "
          + "«\(Excerpt.of(comment.text, limit: 120))»")
    }
    return parts.joined(separator: " · ")
  }

  func addKey(to legend: inout Legend, kind: NetworkKind) {
    let conflict = marks.source != "votes" && marks.source != "none"
    for (rank, entry) in palette.ranked.prefix(DiagramStyle.communityFills.count).enumerated() {
      legend.add(
        .node(fill: DiagramStyle.communityFills[rank], outline: DiagramStyle.ink, dashed: false),
        "community \(entry.community) (\(entry.size))")
    }
    if palette.ranked.count > DiagramStyle.communityFills.count {
      legend.add(
        .node(fill: DiagramStyle.otherFill, outline: DiagramStyle.ink, dashed: false),
        "smaller communities")
    }
    if kind != .mention {
      legend.add(
        .line(color: DiagramStyle.ink, dashed: false, heavy: false), "reply (width: replies)")
    }
    if kind != .reply {
      legend.add(.line(color: DiagramStyle.mention, dashed: true, heavy: false), "mention only")
    }
    if conflict {
      legend.add(.line(color: DiagramStyle.hostile, dashed: false, heavy: false), "hostile")
      legend.add(.line(color: DiagramStyle.hostile, dashed: false, heavy: true), "feud")
    }
  }
}
