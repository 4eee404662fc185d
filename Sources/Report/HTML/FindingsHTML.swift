import Findings

/// HTML of the findings' data types, in the same words as the command line's text.
enum FindingsHTML {
  /// A ``Findings/FindingsTable``: a fact list when it has no header, else a table.
  static func table(_ table: FindingsTable, caption: Bool = true) -> String {
    if table.rows.isEmpty { return "<p class=\"note\">(none)</p>\n" }
    if table.header.isEmpty {
      var out = "<dl class=\"facts\">\n"
      for row in table.rows {
        out +=
          "<div><dt>\(HTMLEscaping.text(row[0]))</dt><dd>\(HTMLEscaping.text(row.dropFirst().joined(separator: " ")))</dd></div>\n"
      }
      return out + "</dl>\n"
    }
    var out =
      "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(HTMLEscaping.attribute(table.title))\">"
      + "<table class=\"plain\">"
    if caption { out += "<caption>\(HTMLEscaping.text(table.title))</caption>" }
    out += "\n<thead><tr>"
    for header in table.header { out += "<th scope=\"col\">\(HTMLEscaping.text(header))</th>" }
    out += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      out += "<tr>" + row.map { "<td>\(HTMLEscaping.text($0))</td>" }.joined() + "</tr>\n"
    }
    out += "</tbody></table></div>\n"
    if let note = table.note { out += "<p class=\"note\">… \(HTMLEscaping.text(note))</p>\n" }
    return out
  }

  /// An ``Findings/Explanation``: what `replynet conflict --explain` prints, as a list of
  /// measures with each formula written out.
  static func explanation(_ e: Explanation) -> String {
    var out = "<div class=\"explain\">\n<p class=\"subject\">\(HTMLEscaping.text(e.subject))</p>\n"
    for line in e.context { out += "<p class=\"context\">\(HTMLEscaping.text(line))</p>\n" }
    out += "<dl class=\"facts\">\n"
    for line in e.lines {
      out += "<div><dt>\(HTMLEscaping.text(line.label))</dt><dd>"
      for part in line.parts {
        switch part {
        case .text(let s): out += HTMLEscaping.text(s)
        case .formula: out += "<code>\(HTMLEscaping.text(part.text))</code>"
        }
      }
      for detail in e.details[line.label] ?? [] {
        out += "<br><span class=\"detail\">\(HTMLEscaping.text(detail))</span>"
      }
      out += "</dd></div>\n"
    }
    out += "</dl>\n"
    for section in e.sections {
      if let title = section.title {
        out += "<p class=\"context\">\(HTMLEscaping.text(title))</p>\n"
      }
      out += "<ul class=\"lines\">\n"
      for item in section.items { out += "<li>\(HTMLEscaping.text(item))</li>\n" }
      out += "</ul>\n"
    }
    return out + "</div>\n"
  }
}
