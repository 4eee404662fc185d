import Discussion
import DiscussionGraph
import Foundation

/// `--explain`: the evidence behind one comment's or one commenter's conflict scores, with
/// each formula's arithmetic written out.
struct ConflictExplainer {
  let report: ConflictReport

  /// The explanation of a comment (`THREAD#ID`, `#ID` or `ID`) or a commenter (ID, display
  /// name or any spelling); nil when nothing matches.
  func explain(_ key: String, format: ConflictFormat) -> String? {
    let lines: [String]
    if let c = comment(key) {
      lines = explain(comment: c)
    } else if let who = commenter(key) {
      lines = explain(commenter: who)
    } else {
      return nil
    }
    switch format {
    case .text: return lines.joined(separator: "\n") + "\n"
    case .markdown:
      return lines.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n") + "\n"
    case .json:
      let quoted = lines.map { JSONText.quoted($0) }.joined(separator: ",\n    ")
      return "{\"explain\": \(JSONText.quoted(key)), \"lines\": [\n    \(quoted)\n]}\n"
    }
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

  func explain(comment c: CommentConflict) -> [String] {
    let thread = report.corpus.threads[c.thread]
    let source = thread.comments[c.comment]
    var lines = [
      "comment #\(source.id) in \(thread.id) by \(name(c.author)) (\(thread.sourceFile):\(source.sourceLine))"
    ]
    if source.isRemoved { lines.append("  removed by a moderator") }
    if !source.textUTF8.isEmpty {
      lines.append(
        "  \"" + source.text.split(whereSeparator: \.isNewline).joined(separator: " ") + "\"")
    }
    lines.append("")
    lines.append(
      "votes        \(c.likes) likes, \(c.dislikes) dislikes; score \(c.likes) − \(c.dislikes) = \(c.score); "
        + "vote share \(c.likes) / \(c.likes + c.dislikes) = \(n(c.voteShare))")
    if c.likes > 0 && c.dislikes > 0 {
      let (lo, hi) = (min(c.likes, c.dislikes), max(c.likes, c.dislikes))
      lines.append(
        "controversy  (likes + dislikes)^(min / max) = \(c.likes + c.dislikes)^(\(lo)/\(hi)) = "
          + "\(c.likes + c.dislikes)^\(n(Double(lo) / Double(hi))) = \(n(c.controversy))")
    } else {
      lines.append(
        "controversy  0 (no \(c.likes == 0 ? "likes" : "dislikes"): the formula needs both)")
    }
    if c.matches.isEmpty {
      lines.append("hostility    0 (no lexicon term found)")
    } else {
      let terms = c.matches.map { "\($0.term) \(n($0.weight)) (\"\($0.excerpt)\")" }
      lines.append("hostility    \(terms.joined(separator: " + ")) = \(n(c.hostility))")
    }
    lines.append("shouting     \(n(c.shouting)) of the cased letters are capitals")
    lines.append("exclamation  longest run of '!': \(c.exclamationRun)")
    if let t = thread.replyTargetIndex[c.comment] {
      let target = report.comments[c.thread][t]
      lines.append(
        "replies to   #\(thread.comments[t].id) by \(name(target.author))"
          + (c.isHostile ? " (a hostile reply)" : ""))
    }
    let replies = thread.replyTargetIndex.indices.filter {
      thread.replyTargetIndex[$0] == c.comment
    }
    if !replies.isEmpty {
      let list = replies.map { r in
        "#\(thread.comments[r].id) by \(name(report.comments[c.thread][r].author))"
          + (report.comments[c.thread][r].isHostile ? " (hostile)" : "")
      }
      lines.append("replied by   " + list.joined(separator: ", "))
    }
    for feud in report.feuds where feud.thread == c.thread && feud.comments.contains(c.comment) {
      lines.append("in a feud    " + describe(feud))
    }
    return lines
  }

  // MARK: Commenter

  func explain(commenter index: Int) -> [String] {
    let c = report.commenters[index]
    let who = report.corpus.commenters[index]
    var lines = ["commenter \(who.displayName) (id \(who.id.rawValue))"]
    if who.spellings.count > 1 {
      lines.append("  spellings: " + who.spellings.joined(separator: ", "))
    }
    lines.append("")
    lines.append("comments            \(c.comments), \(c.hostileComments) of them hostile")
    lines.append(
      "controversy         sum \(n(c.controversy)) over their comments, largest \(n(c.maxControversy))"
    )
    lines.append("replies             \(c.repliesSent) sent, \(c.repliesReceived) received")
    lines.append(
      "hostile replies     \(c.hostilitySent) sent, \(c.hostilityReceived) received")
    lines.append("feuds               \(c.feuds) (\(c.commentsInFeuds) of their comments)")
    if let camp = c.camp {
      lines.append("camp                \(camp == 0 ? "X" : "Y")")
    }
    lines.append("partners by camp    X \(c.partnersInCamp[0]), Y \(c.partnersInCamp[1])")
    lines.append("roles               " + c.roles.map(\.rawValue).joined(separator: ", "))
    for role in c.roles { lines.append("  \(role.rawValue): \(rule(role, c))") }
    let received = hostileReplies(to: index)
    if !received.isEmpty {
      lines.append("")
      lines.append("hostile replies received:")
      lines += received
    }
    let feuds = report.feuds.filter { $0.a == index || $0.b == index }
    if !feuds.isEmpty {
      lines.append("")
      lines.append("feuds:")
      lines += feuds.map { "  " + describe($0) }
    }
    return lines
  }

  func rule(_ role: CommenterRole, _ c: CommenterConflict) -> String {
    switch role {
    case .lightningRod:
      "\(c.hostilityReceived) hostile replies received (≥ 3), \(c.hostilityReceived) of "
        + "\(c.repliesReceived) replies received (≥ a third)"
    case .feuder: "\(c.feuds) feuds (≥ 2, or 1 holding ≥ half of their \(c.comments) comments)"
    case .bridge:
      "partners in both camps: X \(c.partnersInCamp[0]), Y \(c.partnersInCamp[1]) (≥ 2 each)"
    case .broadcaster:
      "\(c.comments) comments (≥ 5) and \(c.repliesSent + c.repliesReceived) replies sent and "
        + "received (≤ a fifth)"
    case .initiator:
      "\(c.repliesReceived) replies received (≥ 2, ≥ twice the \(c.repliesSent) sent)"
    case .responder:
      "\(c.repliesSent) replies sent (≥ 2, ≥ twice the \(c.repliesReceived) received)"
    case .participant: "no other rule holds"
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
          "  \(thread.id)#\(thread.comments[i].id) by \(name(reply.author)) to "
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

  func n(_ x: Double) -> String { ConflictFormatter.number(x) }
}
