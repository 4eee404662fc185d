import Discussion
import DiscussionGraph
import Findings

/// Where the comment section fights: the summary with its p-values, the most controversial
/// comments with their text, the feuds with their turns in order, the lightning rods and the
/// camps; each number with the written-out arithmetic that `replynet conflict --explain`
/// prints.
struct ConflictSection {
  let report: ConflictReport
  let top: Int

  /// Characters of a feud turn's text shown.
  static let turnExcerpt = 280

  var html: ReportSectionHTML {
    let tables = ConflictTables(report: report, top: top)
    let explanations = ConflictExplanations(report: report)
    var body = HowTo.paragraph(
      """
      Controversy is high when a comment got many likes and many dislikes at once; hostility \
      counts the insults and accusations of the lexicon in a comment's text. A feud is a \
      chain of at least three replies going back and forth between the same two people. The \
      camps split the largest group of connected commenters in two so that as few replies as \
      possible cross between them; the p-values say how often a random network with the same \
      reply counts splits as cleanly (small is meaningful). Open “the arithmetic” under any \
      number to see how it was computed.
      """)
    body += "<h3>Summary</h3>\n" + FindingsHTML.table(tables.summary)

    body += "<h3>Most controversial comments</h3>\n"
    let ranked = report.mostControversialComments(top: top)
    if ranked.count == 0 {
      body += "<p class=\"note\">(none: no comment has both likes and dislikes)</p>\n"
    }
    body += "<ol class=\"cards\">\n"
    for c in ranked.comments {
      let thread = report.corpus.threads[c.thread]
      let comment = thread.comments[c.comment]
      let label = report.corpus.threads.count > 1 ? "\(thread.id)#\(comment.id)" : "#\(comment.id)"
      body +=
        "<li class=\"card\">\n<p class=\"meta\"><strong>\(HTMLEscaping.text(label))</strong> by "
        + HTMLEscaping.text(tables.author(c.author))
        + " · \(c.likes) likes, \(c.dislikes) dislikes · controversy \(FindingsText.number(c.controversy))"
        + " · hostility \(FindingsText.number(c.hostility))</p>\n"
      body += Self.text(comment)
      body +=
        "<details><summary>The arithmetic</summary>\n"
        + FindingsHTML.explanation(explanations.explain(comment: c)) + "</details>\n</li>\n"
    }
    body += "</ol>\n"
    if ranked.count > top {
      body +=
        "<p class=\"note\">… \(ranked.count - top) more in <code>replynet conflict --format json</code></p>\n"
    }

    body += "<h3>Feuds</h3>\n"
    if report.feuds.isEmpty { body += "<p class=\"note\">(none)</p>\n" }
    body += "<ol class=\"cards\">\n"
    for feud in report.feuds.prefix(top) {
      let thread = report.corpus.threads[feud.thread]
      body +=
        "<li class=\"card\">\n<p class=\"meta\"><strong>\(HTMLEscaping.text(tables.author(feud.a))) and "
        + "\(HTMLEscaping.text(tables.author(feud.b)))</strong> in \(HTMLEscaping.text(thread.title ?? thread.id))"
        + " · \(feud.turns) turns, \(FindingsText.duration(feud.durationSeconds))"
        + " · hostility \(FindingsText.number(feud.hostility))</p>\n<ol class=\"turns\">\n"
      for index in feud.longestChain {
        let comment = thread.comments[index]
        let who = tables.author(report.comments[feud.thread][index].author)
        let when = comment.time.map { " · " + $0.iso8601 } ?? ""
        let text = comment.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let excerpt =
          text.count > Self.turnExcerpt ? String(text.prefix(Self.turnExcerpt)) + "…" : text
        body +=
          "<li><span class=\"who\">#\(HTMLEscaping.text(comment.id)) \(HTMLEscaping.text(who))\(HTMLEscaping.text(when))</span> "
          + HTMLEscaping.text(excerpt) + "</li>\n"
      }
      body += "</ol>\n</li>\n"
    }
    body += "</ol>\n"
    if report.feuds.count > top {
      body += "<p class=\"note\">… \(report.feuds.count - top) more</p>\n"
    }

    body += "<h3>Lightning rods</h3>\n" + FindingsHTML.table(tables.lightningRods, caption: false)
    for c in report.lightningRods.prefix(min(top, 5)) {
      body +=
        "<details><summary>The arithmetic for \(HTMLEscaping.text(tables.author(c.commenter)))</summary>\n"
        + FindingsHTML.explanation(explanations.explain(commenter: c.commenter)) + "</details>\n"
    }
    body +=
      "<h3>Called a troll or paid</h3>\n"
      + "<p class=\"note\">Distinct commenters who replied to them with one of the lexicon's accusations (трол, копейка, соросоид…): the signal that research on paid trolls in Bulgarian news forums found reliable.</p>\n"
      + FindingsHTML.table(tables.accused, caption: false)
    body += "<h3>Camps</h3>\n" + FindingsHTML.table(tables.camps, caption: false)
    return ReportSectionHTML(id: "conflict", title: "Conflict", body: body)
  }

  /// A comment's text, paragraph by paragraph.
  static func text(_ comment: Comment) -> String {
    if comment.isRemoved && comment.textUTF8.isEmpty {
      return "<p class=\"note\">(removed by a moderator)</p>\n"
    }
    let paragraphs = comment.text.components(separatedBy: "\n\n")
    return "<blockquote>" + paragraphs.map { "<p>\(HTMLEscaping.text($0))</p>" }.joined()
      + "</blockquote>\n"
  }
}
