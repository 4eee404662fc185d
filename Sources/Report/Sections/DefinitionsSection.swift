import DiscussionGraph

/// Every commenter metric's definition, source, unit and undefined case, from
/// ``DiscussionGraph/MetricCatalogue`` (the same words as `replynet stats`, the exports'
/// data dictionary and the README); the table's column headers link here.
struct DefinitionsSection {
  var html: ReportSectionHTML {
    var body = HowTo.paragraph(
      """
      What each column of the commenter table means, where the measure comes from, and when \
      it has no value.
      """)
    body += "<dl class=\"definitions\">\n"
    for m in MetricCatalogue.commenterMetrics {
      let header = m.tableHeader.map { $0 == m.name ? "" : " (“\($0)” in the table)" } ?? ""
      body +=
        "<div id=\"m-\(m.name)\"><dt><code>\(m.name)</code>\(HTMLEscaping.text(header))</dt><dd>"
        + Self.inlineCode(m.definition)
        + ". Unit: \(HTMLEscaping.text(m.unit))"
        + (m.undefined.map { ". No value " + HTMLEscaping.text($0) } ?? "")
        + ".</dd></div>\n"
    }
    body += "</dl>\n"
    return ReportSectionHTML(id: "definitions", title: "Definitions", body: body)
  }

  /// Markdown's `code` spans as `<code>`, everything else escaped.
  static func inlineCode(_ text: String) -> String {
    text.split(separator: "`", omittingEmptySubsequences: false).enumerated().map { k, part in
      k % 2 == 1
        ? "<code>\(HTMLEscaping.text(String(part)))</code>" : HTMLEscaping.text(String(part))
    }.joined()
  }
}
