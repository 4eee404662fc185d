import Discussion
import DiscussionGraph
import Foundation

/// Formats a ``ConflictReport`` as a text or markdown report, or JSON (``ConflictJSON``).
struct ConflictFormatter {
  let report: ConflictReport
  /// Rows in each list of the text and markdown report.
  let top: Int

  func render(_ format: ConflictFormat) -> String {
    switch format {
    case .json: ConflictJSON(report: report).render()
    case .text: sections.map { text($0) }.joined(separator: "\n")
    case .markdown: "# Conflict report\n\n" + sections.map { markdown($0) }.joined(separator: "\n")
    }
  }

  /// A titled table (or key–value list when `header` is empty).
  struct Section {
    var title: String
    var header: [String]
    var rows: [[String]]
    var note: String? = nil
  }

  var sections: [Section] {
    [summarySection, controversialSection, feudSection, lightningRodSection, campSection]
  }

  // MARK: Sections

  var summarySection: Section {
    let s = report.summary
    var rows: [[String]] = [
      ["threads", String(s.threads)], ["comments", String(s.comments)],
      [
        "removed",
        "\(s.removed) (\(Self.percent(s.removedShare))); replies to removed comments: \(s.repliesToRemoved)",
      ],
      [
        "reply trees",
        "depth \(s.depth), width \(s.width), structural virality \(Self.number(s.structuralVirality))",
      ],
      [
        "hostile comments",
        "\(s.hostileComments) (\(Self.percent(s.hostilityRate)) of comments with text); "
          + "\(s.hostileReplies) of \(s.replies) replies",
      ],
      [
        "feuds",
        "\(s.feuds); \(s.commentsInFeuds) comments in feuds (\(Self.percent(s.feudShare)))",
      ],
      [
        "reciprocity",
        "\(Self.number(s.reciprocity)) (rho \(Self.number(s.reciprocityRho)))",
      ],
      [
        "structural balance",
        "\(Self.number(s.balance.ratio)) (\(s.balance.balanced) of \(s.balance.triangles) triangles balanced)",
      ],
    ]
    if let p = s.polarisation {
      rows.append([
        "camps",
        "\(p.members(0).count) and \(p.members(1).count) commenters (bisection of the largest component)",
      ])
      rows.append(["modularity", Self.withP(p.modularity, p.modularityP)])
      rows.append(["E-I index", Self.withP(p.eiIndex, p.eiIndexP)])
      rows.append(["RWC", Self.withP(p.rwc, p.rwcP)])
      rows.append(["null model", "\(p.rewirings) degree-preserving rewirings"])
    }
    return Section(title: "Summary", header: [], rows: rows)
  }

  var controversialSection: Section {
    let ranked = report.comments.joined().filter { $0.controversy > 0 }.sorted {
      ($0.controversy, $1.thread, $1.comment) > ($1.controversy, $0.thread, $0.comment)
    }
    let rows = ranked.prefix(top).enumerated().map { rank, c in
      [
        String(rank + 1), commentLabel(c), author(c.author), String(c.likes), String(c.dislikes),
        Self.number(c.controversy), Self.number(c.hostility), excerpt(c),
      ]
    }
    return Section(
      title: "Most controversial comments",
      header: ["#", "comment", "author", "likes", "dislikes", "controversy", "hostility", "text"],
      rows: rows, note: ranked.count > top ? "\(ranked.count - top) more" : nil)
  }

  var feudSection: Section {
    let rows = report.feuds.prefix(top).enumerated().map { rank, f in
      [
        String(rank + 1), report.corpus.threads[f.thread].id, author(f.a), author(f.b),
        String(f.turns), String(f.comments.count), Self.duration(f.durationSeconds),
        Self.number(f.hostility), Self.number(f.hostilityTrend),
        f.comments.map { "#" + report.corpus.threads[f.thread].comments[$0].id }
          .joined(separator: " "),
      ]
    }
    return Section(
      title: "Feuds",
      header: [
        "#", "thread", "a", "b", "turns", "comments", "duration", "hostility", "trend",
        "comment numbers",
      ], rows: rows, note: report.feuds.count > top ? "\(report.feuds.count - top) more" : nil)
  }

  var lightningRodSection: Section {
    let ranked = report.commenters.filter { $0.hostilityReceived > 0 }.sorted {
      ($0.hostilityReceived, $1.commenter) > ($1.hostilityReceived, $0.commenter)
    }
    let rows = ranked.prefix(top).enumerated().map { rank, c in
      [
        String(rank + 1), author(c.commenter), String(c.hostilityReceived),
        String(c.repliesReceived), String(c.hostilitySent), String(c.feuds),
        c.roles.map(\.rawValue).joined(separator: ", "),
      ]
    }
    return Section(
      title: "Lightning rods (hostile replies received)",
      header: ["#", "commenter", "hostile recv", "replies recv", "hostile sent", "feuds", "roles"],
      rows: rows, note: ranked.count > top ? "\(ranked.count - top) more" : nil)
  }

  var campSection: Section {
    guard let p = report.camps else { return Section(title: "Camps", header: [], rows: []) }
    var rows: [[String]] = []
    for side in [UInt8(0), 1] {
      let members = p.members(side).sorted {
        (report.commenters[$0].comments, $1) > (report.commenters[$1].comments, $0)
      }
      let names = members.prefix(top).map { author($0) }.joined(separator: ", ")
      let more = members.count > top ? ", … \(members.count - top) more" : ""
      rows.append([side == 0 ? "X" : "Y", String(members.count), names + more])
    }
    return Section(title: "Camps", header: ["side", "commenters", "most active"], rows: rows)
  }

  // MARK: Rendering

  func text(_ section: Section) -> String {
    var out = section.title + "\n"
    if section.rows.isEmpty { return out + "  (none)\n" }
    if section.header.isEmpty {
      let width = section.rows.map { $0[0].count }.max() ?? 0
      for row in section.rows { out += "  " + Self.pad(row[0], width) + "  " + row[1] + "\n" }
      return out
    }
    let grid = [section.header] + section.rows.map { $0.map { Self.truncate($0, 40) } }
    let widths = (0..<section.header.count).map { c in grid.map { $0[c].count }.max() ?? 0 }
    for line in grid {
      var cells = line.enumerated().map { Self.pad($1, widths[$0]) }
      cells[cells.count - 1] = line[line.count - 1]
      out += "  " + cells.joined(separator: "  ") + "\n"
    }
    if let note = section.note { out += "  … \(note)\n" }
    return out
  }

  func markdown(_ section: Section) -> String {
    var out = "## \(section.title)\n\n"
    if section.rows.isEmpty { return out + "(none)\n" }
    func cell(_ s: String) -> String {
      s.replacing("|", with: "\\|").replacing("\n", with: " ")
    }
    let header = section.header.isEmpty ? ["measure", "value"] : section.header
    out += "| " + header.joined(separator: " | ") + " |\n"
    out += "|" + header.map { _ in " --- |" }.joined() + "\n"
    for row in section.rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
    if let note = section.note { out += "\n… \(note)\n" }
    return out
  }

  // MARK: Values

  func author(_ index: Int?) -> String {
    guard let index else { return "(unknown)" }
    return report.corpus.commenters[index].displayName
  }

  func commentLabel(_ c: CommentConflict) -> String {
    let thread = report.corpus.threads[c.thread]
    return report.corpus.threads.count > 1
      ? "\(thread.id)#\(thread.comments[c.comment].id)" : "#\(thread.comments[c.comment].id)"
  }

  func excerpt(_ c: CommentConflict) -> String {
    let text = report.corpus.threads[c.thread].comments[c.comment].text
    return text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  /// Six significant digits; "–" for an undefined value.
  static func number(_ x: Double) -> String { x.isFinite ? String(format: "%.6g", x) : "–" }

  static func percent(_ x: Double) -> String {
    x.isFinite ? String(format: "%.1f%%", 100 * x) : "–"
  }

  static func withP(_ value: Double, _ p: Double) -> String {
    p.isFinite ? "\(number(value)) (p = \(number(p)))" : number(value)
  }

  static func duration(_ seconds: Int64?) -> String {
    guard let seconds else { return "–" }
    let minutes = seconds / 60
    return minutes >= 60 ? "\(minutes / 60) h \(minutes % 60) min" : "\(minutes) min"
  }

  static func truncate(_ s: String, _ width: Int) -> String {
    s.count <= width ? s : String(s.prefix(width - 1)) + "…"
  }

  static func pad(_ s: String, _ width: Int) -> String {
    s + String(repeating: " ", count: max(0, width - s.count))
  }
}
