import Discussion

/// Labels, tooltips and styles of the thread view's comment nodes and reply edges.
struct CommentStyle {
  let thread: CommentThread
  let marks: [CommentMarks?]
  let controversial: Set<Int>
  let hostileThreshold: Double

  func number(_ i: Int) -> String { "#" + Excerpt.name(thread.comments[i].id) }

  /// The comment's author as labels show it.
  private func author(_ i: Int) -> String? { thread.comments[i].author.map { Excerpt.name($0) } }

  func isHostile(_ i: Int) -> Bool {
    guard let h = marks[i]?.hostility else { return false }
    return h >= hostileThreshold
  }

  func nodeAttributes(_ i: Int, inChain: Bool) -> [(String, DOTGraph.Value)] {
    let c = thread.comments[i]
    let mark = controversial.contains(i) ? "◆ " : ""
    var attributes: [(String, DOTGraph.Value)]
    if c.isRemoved {
      let who =
        author(i).map { c.authorIsRecovered ? "by \($0) (recovered)" : "by \($0)" }
        ?? "author unknown"
      attributes = [
        ("label", .label("\(mark)\(number(i)) removed by a moderator\n\(who)")),
        ("style", .string("rounded,filled,dashed")),
        ("fillcolor", .string(DiagramStyle.removedFill)),
        ("color", .string(DiagramStyle.removedInk)),
        ("fontcolor", .string(DiagramStyle.removedInk)),
      ]
    } else {
      var second: [String] = []
      if let time = c.time { second.append(Excerpt.clock(time)) }
      if c.likes != nil || c.dislikes != nil {
        second.append("▲\(c.likes ?? 0) ▼\(c.dislikes ?? 0)")
      }
      let first = "\(mark)\(number(i)) \(author(i) ?? "(no author)")"
      attributes = [
        (
          "label",
          .label(
            ([first] + [second.joined(separator: "  ")]).joined(
              separator: "\n"))
        )
      ]
      if inChain { attributes.append(("fillcolor", .string(DiagramStyle.replyFill))) }
    }
    if controversial.contains(i) {
      attributes.append(("color", .string(DiagramStyle.controversial)))
      attributes.append(("penwidth", .number(2.5)))
    }
    attributes.append(("tooltip", .tooltip(tooltip(i))))
    return attributes
  }

  func placeholderAttributes(id: String, name: String?) -> [(String, DOTGraph.Value)] {
    let who = name.map { "\n\"\(Excerpt.name($0))\", from the reply header" } ?? ""
    let id = Excerpt.name(id)
    return [
      ("label", .label("#\(id) not in this copy\(who)")),
      ("style", .string("rounded,dotted")), ("color", .string(DiagramStyle.removedInk)),
      ("fontcolor", .string(DiagramStyle.removedInk)),
      ("tooltip", .tooltip("#\(id) is replied to but is not in this copy of the thread")),
    ]
  }

  func replyAttributes(_ child: Int, targetLabel: String) -> [(String, DOTGraph.Value)] {
    var text = "\(number(child)) replies to #\(Excerpt.name(targetLabel))"
    var attributes: [(String, DOTGraph.Value)] = []
    if isHostile(child), let h = marks[child]?.hostility {
      text += ", hostility \(DOTNumber.fixed(h))"
      attributes += [
        ("color", .string(DiagramStyle.hostile)), ("penwidth", .number(2.5)),
      ]
    }
    return attributes + [("tooltip", .tooltip(text))]
  }

  private func tooltip(_ i: Int) -> String {
    let c = thread.comments[i]
    var parts = ["\(number(i)) \(author(i) ?? "author unknown")"]
    if c.isRemoved { parts.append(c.authorIsRecovered ? "removed, author recovered" : "removed") }
    if let time = c.time { parts.append(Excerpt.dateTime(time)) }
    if c.likes != nil || c.dislikes != nil {
      parts.append("likes \(c.likes ?? 0), dislikes \(c.dislikes ?? 0)")
    }
    if let value = marks[i]?.controversy, value > 0 {
      parts.append("controversy \(DOTNumber.fixed(value))")
    }
    if let h = marks[i]?.hostility { parts.append("hostility \(DOTNumber.fixed(h))") }
    if let target = c.replyTo {
      parts.append("replies to #\(target)" + (c.replyToName.map { " (\($0))" } ?? ""))
    }
    if !c.textUTF8.isEmpty { parts.append("«\(Excerpt.of(c.text))»") }
    return parts.joined(separator: " · ")
  }
}
