import Discussion
import DiscussionGraph
import Findings

/// What was read: the counts, the time span, the integrity summary with its findings, the
/// inputs that could not be read, and the provenance (inputs with SHA-256, options,
/// version). Plain HTML: it reads without the script.
struct ReadSection {
  let input: Report.Input
  let stats: CommenterStatistics

  /// Findings listed before "… and N more".
  static let findingsShown = 200

  /// `593,353 comments by 34,965 commenters in 5,000 threads, 2025-10-17 to 2025-10-19`.
  static func headline(corpus: Corpus, stats: CommenterStatistics) -> String {
    let comments = corpus.threads.reduce(0) { $0 + $1.comments.count { !$0.isContext } }
    var text =
      "\(grouped(comments)) comments by \(grouped(corpus.commenters.count)) commenters in "
      + "\(grouped(corpus.threads.count)) \(corpus.threads.count == 1 ? "thread" : "threads")"
    if let span = Timeline.span(of: corpus) { text += ", " + spanText(span) }
    return HTMLEscaping.text(text + ".")
  }

  /// `2025-10-17 17:18 to 18:09 (UTC+03:00)`, or with both dates when they differ.
  static func spanText(_ span: (first: CommentTime, last: CommentTime)) -> String {
    func parts(_ t: CommentTime) -> (day: String, time: String) {
      let iso = CommentTime(
        epochSeconds: t.epochSeconds, utcOffsetSeconds: span.first.utcOffsetSeconds
      ).iso8601
      return (String(iso.prefix(10)), String(iso.dropFirst(11).prefix(5)))
    }
    let (a, b) = (parts(span.first), parts(span.last))
    let offset = span.first.iso8601.hasSuffix("Z") ? "UTC" : "UTC" + span.first.iso8601.suffix(6)
    let end = a.day == b.day ? b.time : "\(b.day) \(b.time)"
    return "\(a.day) \(a.time) to \(end) (\(offset))"
  }

  static func grouped(_ n: Int) -> String { DigitGrouping.grouped(n, separator: ",") }

  var html: ReportSectionHTML {
    let corpus = input.corpus
    let integrity = input.integrity.integrity
    var body = HowTo.paragraph(
      """
      What replynet read and how well. Every comment read is either in the analyses below or \
      named under “Findings” (a reply whose target is not in the copy, a record that could \
      not be read); nothing is dropped silently.
      """)
    let summary = stats.summary
    var rows: [(String, String)] = [
      ("threads", Self.grouped(corpus.threads.count)),
      ("comments", Self.grouped(integrity.commentsRead)),
      ("removed by moderators", Self.grouped(integrity.removed)),
      ("replies resolved", Self.grouped(integrity.repliesResolved)),
      ("commenters", Self.grouped(corpus.commenters.count)),
      ("network", "\(summary.network.rawValue): \(summary.nodes) nodes, \(summary.edges) edges"),
    ]
    if let span = Timeline.span(of: corpus) {
      rows.append(("time span", Self.spanText(span)))
    }
    body += Self.definitionList(rows)
    body += "<h3>Integrity</h3>\n<ul class=\"lines\">\n"
    for line in input.integrity.lines(skippedLimit: 50) {
      body += "<li>\(HTMLEscaping.text(line))</li>\n"
    }
    body += "</ul>\n"
    if !input.errors.isEmpty {
      body += "<h3>Inputs not read</h3>\n<ul class=\"lines\">\n"
      for error in input.errors { body += "<li>\(HTMLEscaping.text(error))</li>\n" }
      body += "</ul>\n"
    }
    let issues = corpus.threads.flatMap(\.integrity.issues)
    if !issues.isEmpty {
      body +=
        "<details class=\"findings\"><summary>Findings (\(Self.grouped(issues.count)))</summary>\n<ul class=\"lines\">\n"
      for issue in issues.prefix(Self.findingsShown) {
        body += "<li>\(HTMLEscaping.text(issue.description))</li>\n"
      }
      if issues.count > Self.findingsShown {
        body +=
          "<li>… and \(Self.grouped(issues.count - Self.findingsShown)) more (<code>replynet parse --issues</code> lists them all)</li>\n"
      }
      body += "</ul></details>\n"
    }
    body += provenance()
    return ReportSectionHTML(id: "read", title: "What was read", body: body)
  }

  private func provenance() -> String {
    let p = input.provenance
    var out =
      "<details class=\"provenance\"><summary>Provenance: inputs with SHA-256, options, version</summary>\n"
    out += "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Input files\">"
    out += "<table class=\"plain\"><caption>Input files</caption>\n"
    out +=
      "<thead><tr><th scope=\"col\">file</th><th scope=\"col\">bytes</th><th scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n"
    let shown = p.inputs.prefix(100)
    for file in shown {
      out +=
        "<tr><td>\(HTMLEscaping.text(file.path))</td><td class=\"num\">\(Self.grouped(file.bytes))</td>"
        + "<td><code class=\"hash\">\(file.sha256.isEmpty ? "(standard input)" : file.sha256)</code></td></tr>\n"
    }
    out += "</tbody></table></div>\n"
    if p.inputs.count > shown.count {
      out += "<p>… and \(Self.grouped(p.inputs.count - shown.count)) more files.</p>\n"
    }
    out += Self.definitionList(
      [("replynet", p.version)] + p.options.map { ($0.name, $0.value) })
    return out + "</details>\n"
  }

  static func definitionList(_ rows: [(String, String)]) -> String {
    var out = "<dl class=\"facts\">\n"
    for (key, value) in rows {
      out += "<div><dt>\(HTMLEscaping.text(key))</dt><dd>\(HTMLEscaping.text(value))</dd></div>\n"
    }
    return out + "</dl>\n"
  }
}

/// The "how to read this" of each section: plain words, shown first, folded away.
enum HowTo {
  static func paragraph(_ text: String) -> String {
    "<details class=\"howto\"><summary>How to read this</summary><p>\(HTMLEscaping.text(text))</p></details>\n"
  }
}
