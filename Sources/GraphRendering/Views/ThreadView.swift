import Discussion
import DiscussionGraph

/// The comment-level reply tree of one thread, in time order.
///
/// Each comment in a reply chain is a node "#N author" with its time and votes; an arrow
/// points from a reply to the comment it answers. Removed comments are grey and dashed, with
/// the author recovered from the replies when there is one; a reply whose target is not in the
/// copy points to a dotted placeholder. Hostile replies are red and controversial comments have
/// an orange outline (from ``ConflictMarks``). Comments nobody replied to and that reply to
/// nobody are packed in a grid below the chains, or left out with ``repliesOnly``.
///
/// ```swift
/// let diagram = try ThreadView().diagram(corpus: corpus, thread: 0)
/// let svg = try diagram.render(.svg)
/// ```
public struct ThreadView: Sendable {
  /// Leave out comments that are in no reply chain.
  public var repliesOnly: Bool
  /// Conflict figures to draw.
  public var marks: ConflictMarks?
  /// The layout engine (`.automatic` is `dot`: a reply thread is a forest).
  public var layout: LayoutChoice
  public var limits: DiagramLimits

  public init(
    repliesOnly: Bool = false, marks: ConflictMarks? = nil, layout: LayoutChoice = .automatic,
    limits: DiagramLimits = DiagramLimits()
  ) {
    self.repliesOnly = repliesOnly
    self.marks = marks
    self.layout = layout
    self.limits = limits
  }

  /// The diagram of thread `thread` (an index into `corpus.threads`).
  ///
  /// `marks` default to ``ConflictMarks/voteControversy(_:)`` of the corpus.
  ///
  /// - Throws: ``DiagramError`` when the index is out of range or the thread is larger than
  ///   ``limits``.
  /// - Complexity: O(C log C) for C comments, then the layout.
  public func diagram(corpus: Corpus, thread t: Int) throws(DiagramError) -> Diagram {
    guard corpus.threads.indices.contains(t) else {
      throw DiagramError(
        kind: .noSuchThread, message: "no thread \(t); the corpus has \(corpus.threads.count)")
    }
    let thread = corpus.threads[t]
    let marks = self.marks ?? .voteControversy(corpus)
    let shape = ThreadShape(thread)
    let drawn = shape.chained.count + (repliesOnly ? 0 : shape.quiet.count)
    try limits.check(
      nodes: drawn + shape.outside.count, edges: shape.replyCount,
      what: "thread \"\(thread.id)\"",
      remedy: repliesOnly
        ? "Draw its commenters instead (--view replies, with --top N or --k-core K)."
        : "Use --replies-only to leave out comments without replies.")

    var comments: [Int] = shape.chained
    if !repliesOnly { comments += shape.quiet }
    let refs = thread.comments.indices.map { CommentRef(thread: t, comment: $0) }
    let commentMarks = thread.comments.indices.map { marks.comment(refs[$0]) }
    let controversial = marks.controversial(comments.map { commentMarks[$0]?.controversy })
      .map { comments[$0] }
    let engine = layout.engine(nodes: drawn, isForest: true)

    var dot = DOTGraph(name: thread.id, directed: true)
    var legend = Legend(title: title(thread), caption: [])
    dot.defaults(
      .graph,
      graphAttributes(engine, nodes: drawn + shape.outside.count, edges: shape.replyCount))
    dot.defaults(
      .node,
      [
        ("shape", .string("box")), ("style", .string("rounded,filled")),
        ("fontname", .string(DiagramStyle.fontName)), ("fontsize", .number(10)),
        ("color", .string(DiagramStyle.ink)), ("fillcolor", .string(DiagramStyle.commentFill)),
      ])
    dot.defaults(
      .edge,
      [
        ("dir", .string("back")), ("color", .string(DiagramStyle.ink)),
        ("fontname", .string(DiagramStyle.fontName)), ("fontsize", .number(9)),
      ])

    let style = CommentStyle(
      thread: thread, marks: commentMarks, controversial: Set(controversial),
      hostileThreshold: marks.hostileThreshold)
    for i in shape.chained {
      dot.node("c\(i)", style.nodeAttributes(i, inChain: true))
    }
    for (id, name) in shape.outside {
      dot.node("x\(id)", style.placeholderAttributes(id: id, name: name))
    }
    var hostileCount = 0
    for (child, target) in shape.replies {
      let from = target.index.map { "c\($0)" } ?? "x\(target.id)"
      let attributes = style.replyAttributes(child, targetLabel: target.id)
      if style.isHostile(child) { hostileCount += 1 }
      dot.edge(from, "c\(child)", attributes)
    }
    if !repliesOnly && !shape.quiet.isEmpty {
      packQuiet(shape.quiet, style: style, into: &dot)
    }

    legend.caption = caption(
      thread: thread, shape: shape, marks: marks, controversial: controversial.count,
      hostile: hostileCount)
    addKey(to: &legend, marks: marks, shape: shape)
    dot.defaults(.graph, legend.attributes)
    return Diagram(
      dot: dot.text, engine: engine, caption: legend.caption,
      nodeCount: comments.count + shape.outside.count, edgeCount: shape.replyCount)
  }

  private func title(_ thread: CommentThread) -> String {
    guard let title = thread.title, !title.isEmpty else {
      return "Thread \(Excerpt.name(thread.id))"
    }
    return Excerpt.name(title, limit: 160)
  }

  private func graphAttributes(
    _ engine: LayoutEngine, nodes: Int, edges: Int
  ) -> [(String, DOTGraph.Value)] {
    [
      ("charset", .string("UTF-8")), ("fontname", .string(DiagramStyle.fontName)),
      ("fontsize", .number(11)), ("ordering", .string("out")), ("newrank", .string("true")),
    ] + LayoutChoice.attributes(for: engine, nodes: nodes, edges: edges)
  }

  /// Comments in no reply chain, in a grid of rows: each row one rank, rows stacked by
  /// invisible edges between their first comments.
  private func packQuiet(_ quiet: [Int], style: CommentStyle, into dot: inout DOTGraph) {
    let columns = max(3, Int((Double(quiet.count).squareRoot() * 1.4).rounded(.up)))
    let rows = stride(from: 0, to: quiet.count, by: columns).map {
      Array(quiet[$0..<min($0 + columns, quiet.count)])
    }
    dot.subgraph("cluster_quiet") { g in
      g.defaults(
        .graph,
        [
          ("label", .label("\(quiet.count) comments without replies, in time order")),
          ("style", .string("dashed")), ("color", .string(DiagramStyle.removedInk)),
          ("fontcolor", .string(DiagramStyle.removedInk)), ("labeljust", .string("l")),
        ])
      for (r, row) in rows.enumerated() {
        g.subgraph("quiet_row\(r)") { rowGraph in
          rowGraph.defaults(.graph, [("rank", .string("same"))])
          for i in row { rowGraph.node("c\(i)", style.nodeAttributes(i, inChain: false)) }
        }
      }
      for r in rows.indices.dropFirst() {
        g.edge("c\(rows[r - 1][0])", "c\(rows[r][0])", [("style", .string("invis"))])
      }
      for row in rows {
        for (a, b) in zip(row, row.dropFirst()) {
          g.edge("c\(a)", "c\(b)", [("style", .string("invis"))])
        }
      }
    }
  }

  private func caption(
    thread: CommentThread, shape: ThreadShape, marks: ConflictMarks, controversial: Int,
    hostile: Int
  ) -> [String] {
    let removed = thread.comments.filter(\.isRemoved).count
    var lines = [
      "Thread \(thread.id): \(thread.comments.count) comments (\(removed) removed), "
        + "\(shape.replyCount) replies in \(shape.chainCount) reply chains of "
        + "\(shape.chained.count) comments; an arrow points from a reply to the comment it answers."
    ]
    if !shape.outside.isEmpty {
      lines.append("\(shape.outside.count) replied-to comments are not in this copy (dotted).")
    }
    if repliesOnly {
      lines.append(
        "Not drawn: \(shape.quiet.count) comments that reply to nobody and got no reply "
          + "(--replies-only).")
    } else if !shape.quiet.isEmpty {
      lines.append(
        "\(shape.quiet.count) comments that reply to nobody and got no reply are packed in the "
          + "dashed box.")
    }
    var conflict = "Controversy (up + down)^(min/max) from \(marks.source): "
    conflict += "\(controversial) comments marked (top \(Int(marks.controversialShare * 100))%)"
    if marks.source == "votes" || marks.source == "none" {
      conflict += "; hostility not computed."
    } else {
      conflict +=
        "; \(hostile) hostile replies (hostility ≥ "
        + "\(DOTNumber.fixed(marks.hostileThreshold))) in red."
    }
    lines.append(conflict)
    lines.append("Node: #number author, time, ▲ likes ▼ dislikes. Hover for the text.")
    return lines
  }

  private func addKey(to legend: inout Legend, marks: ConflictMarks, shape: ThreadShape) {
    legend.add(
      .node(fill: DiagramStyle.replyFill, outline: DiagramStyle.ink, dashed: false),
      "comment in a reply chain")
    legend.add(
      .node(fill: DiagramStyle.commentFill, outline: DiagramStyle.ink, dashed: false),
      "comment without replies")
    legend.add(
      .node(fill: DiagramStyle.removedFill, outline: DiagramStyle.removedInk, dashed: true),
      "removed by a moderator")
    legend.add(
      .node(fill: DiagramStyle.commentFill, outline: DiagramStyle.controversial, dashed: false),
      "◆ controversial")
    legend.add(.line(color: DiagramStyle.ink, dashed: false, heavy: false), "reply → replied-to")
    if marks.source != "votes" && marks.source != "none" {
      legend.add(.line(color: DiagramStyle.hostile, dashed: false, heavy: true), "hostile reply")
    }
  }
}
