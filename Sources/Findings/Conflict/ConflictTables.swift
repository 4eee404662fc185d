import Discussion
import DiscussionGraph

/// The conflict report as tables of findings (``FindingsTable``): the summary, the most
/// controversial comments, the feuds, the lightning rods and the camps, each list cut to `top`
/// rows. `replynet conflict` lays them out as text or markdown; the report as HTML.
public struct ConflictTables: Sendable {
  public let report: ConflictReport
  /// Rows in each list.
  public let top: Int

  public init(report: ConflictReport, top: Int) {
    self.report = report
    self.top = top
  }

  /// Every table, in report order.
  public var tables: [FindingsTable] {
    [summary, controversial, feuds, lightningRods, accused, camps]
  }

  // MARK: Tables

  public var summary: FindingsTable {
    let s = report.summary
    let n = FindingsText.number
    let percent = FindingsText.percent
    var rows: [[String]] = [
      ["threads", String(s.threads)], ["comments", String(s.comments)],
      [
        "removed",
        "\(s.removed) (\(percent(s.removedShare))); replies to removed comments: \(s.repliesToRemoved)",
      ],
      [
        "reply trees",
        "depth \(s.depth), width \(s.width), structural virality \(n(s.structuralVirality))",
      ],
      [
        "hostile comments",
        "\(s.hostileComments) (\(percent(s.hostilityRate)) of comments with text); "
          + "\(s.hostileReplies) of \(s.replies) replies",
      ],
      [
        "feuds",
        "\(s.feuds); \(s.commentsInFeuds) comments in feuds (\(percent(s.feudShare)))",
      ],
      ["reciprocity", "\(n(s.reciprocity)) (rho \(n(s.reciprocityRho)))"],
      [
        "structural balance",
        MeasurementMinimums.balance(triangles: s.balance.triangles)
          ?? "\(n(s.balance.ratio)) (\(s.balance.balanced) of \(s.balance.triangles) triangles balanced)",
      ],
    ]
    if let reason = s.polarisationNotMeasured { rows.append(["camps", reason]) }
    if let p = s.polarisation {
      rows.append([
        "camps",
        "\(p.members(0).count) and \(p.members(1).count) commenters (bisection of the largest component)",
      ])
      rows.append(["modularity", FindingsText.withP(p.modularity, p.modularityP)])
      rows.append(["E-I index", FindingsText.withP(p.eiIndex, p.eiIndexP)])
      rows.append(["RWC", FindingsText.withP(p.rwc, p.rwcP)])
      rows.append(["null model", "\(p.rewirings) degree-preserving rewirings"])
    }
    return FindingsTable(title: "Summary", header: [], rows: rows)
  }

  public var controversial: FindingsTable {
    let ranked = report.mostControversialComments(top: top)
    let rows = ranked.comments.enumerated().map { rank, c in
      [
        String(rank + 1), commentLabel(c), author(c.author), String(c.likes), String(c.dislikes),
        FindingsText.number(c.controversy), FindingsText.number(c.hostility), excerpt(c),
      ]
    }
    return FindingsTable(
      title: "Most controversial comments",
      header: ["#", "comment", "author", "likes", "dislikes", "controversy", "hostility", "text"],
      rows: rows, note: ranked.count > top ? "\(ranked.count - top) more" : nil)
  }

  public var feuds: FindingsTable {
    let rows = report.feuds.prefix(top).enumerated().map { rank, f in
      [
        String(rank + 1), report.corpus.threads[f.thread].id, author(f.a), author(f.b),
        String(f.turns), String(f.comments.count), FindingsText.duration(f.durationSeconds),
        FindingsText.number(f.hostility), FindingsText.number(f.hostilityTrend),
        f.comments.map { "#" + report.corpus.threads[f.thread].comments[$0].id }
          .joined(separator: " "),
      ]
    }
    return FindingsTable(
      title: "Feuds",
      header: [
        "#", "thread", "a", "b", "turns", "comments", "duration", "hostility", "trend",
        "comment numbers",
      ], rows: rows, note: report.feuds.count > top ? "\(report.feuds.count - top) more" : nil)
  }

  public var lightningRods: FindingsTable {
    let ranked = report.lightningRods
    let rows = ranked.prefix(top).enumerated().map { rank, c in
      [
        String(rank + 1), author(c.commenter), String(c.hostilityReceived),
        String(c.repliesReceived), String(c.hostilitySent), String(c.feuds),
        c.roles.map(\.rawValue).joined(separator: ", "),
      ]
    }
    return FindingsTable(
      title: "Lightning rods (hostile replies received)",
      header: ["#", "commenter", "hostile recv", "replies recv", "hostile sent", "feuds", "roles"],
      rows: rows, note: ranked.count > top ? "\(ranked.count - top) more" : nil)
  }

  /// Commenters called a troll or paid, by how many different people.
  public var accused: FindingsTable {
    let ranked = report.accused
    let rows = ranked.prefix(top).enumerated().map { rank, c in
      [
        String(rank + 1), author(c.commenter), String(c.accusedBy), String(c.hostilityReceived),
        String(c.repliesReceived),
      ]
    }
    return FindingsTable(
      title: "Called a troll or paid (by distinct accusers)",
      header: ["#", "commenter", "accusers", "hostile recv", "replies recv"], rows: rows,
      note: ranked.count > top ? "\(ranked.count - top) more" : nil)
  }

  public var camps: FindingsTable {
    guard report.camps != nil else {
      let reason = report.summary.polarisationNotMeasured
      return FindingsTable(title: "Camps", header: [], rows: reason.map { [["camps", $0]] } ?? [])
    }
    var rows: [[String]] = []
    for side in [UInt8(0), 1] {
      let members = report.campMembers(side)
      let names = members.prefix(top).map { author($0) }.joined(separator: ", ")
      let more = members.count > top ? ", … \(members.count - top) more" : ""
      rows.append([side == 0 ? "X" : "Y", String(members.count), names + more])
    }
    return FindingsTable(title: "Camps", header: ["side", "commenters", "most active"], rows: rows)
  }

  // MARK: Values

  /// A commenter's display name, or "(unknown)" for a comment whose author is not known.
  public func author(_ index: Int?) -> String {
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
}
