import Discussion
import DiscussionGraph

/// The evidence behind one comment's or one commenter's conflict scores (`replynet conflict
/// --explain`, the report's explanations), each formula's arithmetic written out, as
/// ``Explanation`` data.
public struct ConflictExplanations: Sendable {
  public let report: ConflictReport

  public init(report: ConflictReport) { self.report = report }

  /// The explanation of a comment (`THREAD#ID`, `#ID` or `ID`) or a commenter (ID, display
  /// name or any spelling); nil when nothing matches.
  public func explain(_ key: String) -> Explanation? {
    if let c = comment(key) { return explain(comment: c) }
    if let who = commenter(key) { return explain(commenter: who) }
    return nil
  }

  /// The column the labels of a comment's (13) or a commenter's (20) lines fill.
  public static func labelWidth(_ explanation: Explanation) -> Int {
    explanation.subject.hasPrefix("comment #") ? 13 : 20
  }

  // MARK: Lookup

  func comment(_ key: String) -> CommentConflict? {
    var threadID: String? = nil
    var id = key
    if let hash = key.lastIndex(of: "#") {
      threadID = hash == key.startIndex ? nil : String(key[..<hash])
      id = String(key[key.index(after: hash)...])
    } else if Int(key) == nil {
      return nil
    }
    for (t, thread) in report.corpus.threads.enumerated()
    where threadID == nil || thread.id == threadID {
      if let i = thread.comments.firstIndex(where: { $0.id == id }) { return report.comments[t][i] }
    }
    return nil
  }

  func commenter(_ key: String) -> Int? {
    let corpus = report.corpus
    if let c = corpus.commenter(id: corpus.identity.id(for: key)),
      let i = corpus.commenters.firstIndex(where: { $0.id == c.id })
    {
      return i
    }
    return corpus.commenters.firstIndex { $0.displayName == key || $0.spellings.contains(key) }
  }

  // MARK: Comment

  public func explain(comment c: CommentConflict) -> Explanation {
    let thread = report.corpus.threads[c.thread]
    let source = thread.comments[c.comment]
    var e = Explanation(
      subject:
        "comment #\(source.id) in \(thread.id) by \(name(c.author)) (\(thread.file(ofComment: c.comment)):\(source.sourceLine))"
    )
    if source.isRemoved { e.context.append("removed by a moderator") }
    if !source.textUTF8.isEmpty {
      e.context.append(
        "\"" + source.text.split(whereSeparator: \.isNewline).joined(separator: " ") + "\"")
    }
    e.lines.append(
      .init(
        "votes",
        [
          .text("\(c.likes) likes, \(c.dislikes) dislikes; "),
          .formula(
            name: "score", expression: "\(c.likes) − \(c.dislikes)", steps: [], result: "\(c.score)"
          ),
          .text("; "),
          .formula(
            name: "vote share", expression: "\(c.likes) / \(c.likes + c.dislikes)", steps: [],
            result: n(c.voteShare)),
        ]))
    if c.likes > 0 && c.dislikes > 0 {
      let (lo, hi) = (min(c.likes, c.dislikes), max(c.likes, c.dislikes))
      e.lines.append(
        .init(
          "controversy",
          [
            .formula(
              name: nil, expression: "(likes + dislikes)^(min / max)",
              steps: [
                "\(c.likes + c.dislikes)^(\(lo)/\(hi))",
                "\(c.likes + c.dislikes)^\(n(Double(lo) / Double(hi)))",
              ], result: n(c.controversy))
          ]))
    } else {
      e.lines.append(
        .init(
          "controversy",
          [.text("0 (no \(c.likes == 0 ? "likes" : "dislikes"): the formula needs both)")]))
    }
    if c.matches.isEmpty {
      e.lines.append(.init("hostility", [.text("0 (no lexicon term found)")]))
    } else {
      let terms = c.matches.map { "\($0.term) \(n($0.weight)) (\"\($0.excerpt)\")" }
      e.lines.append(
        .init(
          "hostility",
          [
            .formula(
              name: nil, expression: terms.joined(separator: " + "), steps: [],
              result: n(c.hostility))
          ]))
    }
    e.lines.append(.init("shouting", [.text("\(n(c.shouting)) of the cased letters are capitals")]))
    e.lines.append(.init("exclamation", [.text("longest run of '!': \(c.exclamationRun)")]))
    if let t = thread.replyTargetIndex[c.comment] {
      let target = report.comments[c.thread][t]
      e.lines.append(
        .init(
          "replies to",
          [
            .text(
              "#\(thread.comments[t].id) by \(name(target.author))"
                + (c.isHostile ? " (a hostile reply)" : ""))
          ]))
    }
    let replies = thread.replyTargetIndex.indices.filter {
      thread.replyTargetIndex[$0] == c.comment
    }
    if !replies.isEmpty {
      let list = replies.map { r in
        "#\(thread.comments[r].id) by \(name(report.comments[c.thread][r].author))"
          + (report.comments[c.thread][r].isHostile ? " (hostile)" : "")
      }
      e.lines.append(.init("replied by", [.text(list.joined(separator: ", "))]))
    }
    for feud in report.feuds where feud.thread == c.thread && feud.comments.contains(c.comment) {
      e.lines.append(.init("in a feud", [.text(describe(feud))]))
    }
    return e
  }

  // MARK: Commenter

  public func explain(commenter index: Int) -> Explanation {
    let c = report.commenters[index]
    let who = report.corpus.commenters[index]
    var e = Explanation(subject: "commenter \(who.displayName) (id \(who.id.rawValue))")
    if who.spellings.count > 1 {
      e.context.append("spellings: " + who.spellings.joined(separator: ", "))
    }
    func line(_ label: String, _ text: String) { e.lines.append(.init(label, [.text(text)])) }
    line("comments", "\(c.comments), \(c.hostileComments) of them hostile")
    line(
      "controversy", "sum \(n(c.controversy)) over their comments, largest \(n(c.maxControversy))")
    line("replies", "\(c.repliesSent) sent, \(c.repliesReceived) received")
    line("hostile replies", "\(c.hostilitySent) sent, \(c.hostilityReceived) received")
    line("accused by", "\(c.accusedBy) distinct commenters called them a troll or paid")
    line("feuds", "\(c.feuds) (\(c.commentsInFeuds) of their comments)")
    if let camp = c.camp { line("camp", camp == 0 ? "X" : "Y") }
    line("partners by camp", "X \(c.partnersInCamp[0]), Y \(c.partnersInCamp[1])")
    line("roles", c.roles.map(\.rawValue).joined(separator: ", "))
    e.details["roles"] = c.roles.map { "\($0.rawValue): \(rule($0, c))" }
    let received = hostileReplies(to: index)
    if !received.isEmpty {
      e.sections.append(.init(title: "hostile replies received:", items: received))
    }
    let feuds = report.feuds.filter { $0.a == index || $0.b == index }
    if !feuds.isEmpty {
      e.sections.append(.init(title: "feuds:", items: feuds.map(describe)))
    }
    return e
  }

  /// A role's rule with the commenter's own numbers, from the thresholds the rule uses
  /// (``DiscussionGraph/CommenterRole/Thresholds``).
  public func rule(_ role: CommenterRole, _ c: CommenterConflict) -> String {
    typealias T = CommenterRole.Thresholds
    switch role {
    case .lightningRod:
      return "\(c.hostilityReceived) hostile replies received (≥ \(T.lightningRodHostileReplies)), "
        + "\(c.hostilityReceived) of \(c.repliesReceived) replies received (≥ "
        + "\(T.lightningRodShareText))"
    case .feuder:
      return "\(c.feuds) feuds (≥ \(T.feuderFeuds), or 1 holding ≥ "
        + "\(T.feuderShareText) of their \(c.comments) comments)"
    case .bridge:
      return "partners in both camps: X \(c.partnersInCamp[0]), Y \(c.partnersInCamp[1]) "
        + "(≥ \(T.bridgePartnersPerCamp) each)"
    case .broadcaster:
      return "\(c.comments) comments (≥ \(T.broadcasterComments)) and "
        + "\(c.repliesSent + c.repliesReceived) replies sent and received (≤ "
        + "\(T.broadcasterExchangeShareText))"
    case .initiator:
      return "\(c.repliesReceived) replies received (≥ \(T.initiatorReplies), ≥ "
        + "\(T.initiatorRatioText) the \(c.repliesSent) sent)"
    case .responder:
      return "\(c.repliesSent) replies sent (≥ \(T.responderReplies), ≥ "
        + "\(T.responderRatioText) the \(c.repliesReceived) received)"
    case .participant: return "no other rule holds"
    }
  }

  func hostileReplies(to index: Int) -> [String] {
    var lines: [String] = []
    for (t, thread) in report.corpus.threads.enumerated() {
      for (i, target) in thread.replyTargetIndex.enumerated() {
        guard let target, report.comments[t][target].author == index else { continue }
        let reply = report.comments[t][i]
        guard reply.isHostile, reply.author != index else { continue }
        let terms = reply.matches.map { "\($0.term) (\"\($0.excerpt)\")" }.joined(separator: ", ")
        lines.append(
          "\(thread.id)#\(thread.comments[i].id) by \(name(reply.author)) to "
            + "#\(thread.comments[target].id): \(terms)")
      }
    }
    return lines
  }

  func describe(_ f: Feud) -> String {
    let thread = report.corpus.threads[f.thread]
    let chain = f.longestChain.map { "#" + thread.comments[$0].id }.joined(separator: " ← ")
    return
      "\(name(f.a)) and \(name(f.b)) in \(thread.id): \(f.turns) turns (\(chain)), "
      + "\(f.comments.count) comments, hostility by turn "
      + f.hostilityByTurn.map(n).joined(separator: ", ") + ", trend \(n(f.hostilityTrend))"
  }

  func name(_ index: Int?) -> String {
    index.map { report.corpus.commenters[$0].displayName } ?? "(unknown)"
  }

  func n(_ x: Double) -> String { FindingsText.number(x) }
}
