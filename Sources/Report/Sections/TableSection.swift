import Discussion
import DiscussionGraph
import Findings

/// The commenter table: every column of `replynet stats`, sortable by any column both ways,
/// filterable by name, 100 rows a page. Its data is inline JSON that the script draws a page
/// at a time (35,000 rows as HTML take tens of seconds to open; as JSON, well under one); the
/// first page is also written as HTML, so the table reads without the script.
struct TableSection {
  let view: StatsView
  /// The metric the rows are first ordered by.
  let sortedBy: String

  /// Rows a page, and rows written as HTML for readers without the script.
  static let pageSize = 100

  var html: ReportSectionHTML {
    let stats = view.stats
    var body = HowTo.paragraph(
      """
      One row per commenter, largest \(sortedBy) first. \
      Click a column's name to sort by it (again to reverse); type in the box to find a name. \
      A dash is a value that is undefined for that commenter (closeness of someone who reaches \
      nobody). The ⓘ after a column's name leads to its definition.
      """)
    body += """
      <div class="tablebar">
      <label for="filter">Find a commenter</label>
      <input id="filter" type="search" autocomplete="off" spellcheck="false">
      <p id="table-status" class="status" aria-live="polite">\(view.rows.count) commenters</p>
      </div>
      <div class="scroll" tabindex="0" role="region" aria-label="Commenter table">
      <table id="commenter-table" class="data">
      <caption>Commenters and their metrics (\(stats.summary.network.rawValue) network)</caption>
      <thead><tr><th scope="col" class="num">#</th><th scope="col"><button type="button" data-col="-1">commenter</button></th>
      """
    for (k, column) in stats.columns.enumerated() {
      let header = MetricCatalogue.descriptor(column.name)?.tableHeader ?? column.name
      body +=
        "<th scope=\"col\" class=\"num\"><button type=\"button\" data-col=\"\(k)\">\(HTMLEscaping.text(header))</button>"
        + "<a class=\"def\" href=\"#m-\(column.name)\" aria-label=\"What \(HTMLEscaping.attribute(header)) means\">ⓘ</a></th>"
    }
    body += "</tr></thead>\n<tbody>\n"
    let cells = view.cells(stats.columns, missing: "–")
    for (rank, row) in view.rows.prefix(Self.pageSize).enumerated() {
      body +=
        "<tr data-node=\"n\(row)\"><td class=\"num\">\(rank + 1)</td><th scope=\"row\">"
        + HTMLEscaping.text(stats.commenters[row].displayName) + "</th>"
      for cell in cells[rank] { body += "<td class=\"num\">\(cell)</td>" }
      body += "</tr>\n"
    }
    body += """
      </tbody>
      </table>
      </div>
      <nav class="pager" aria-label="Table pages">
      <button type="button" id="prev">Previous page</button>
      <p id="page" class="status">page 1 of \(max(1, (view.rows.count + Self.pageSize - 1) / Self.pageSize))</p>
      <button type="button" id="next">Next page</button>
      </nav>

      """
    return ReportSectionHTML(id: "commenters", title: "Commenters", body: body)
  }

  /// The table as JSON for the script: `columns` (name, header, whether counts) and `rows`
  /// (commenter index, name, then each column's value or null), in ``StatsView/rows`` order.
  var dataJSON: String {
    let stats = view.stats
    var out = "{\"columns\":["
    out += stats.columns.map { c in
      let header = MetricCatalogue.descriptor(c.name)?.tableHeader ?? c.name
      return
        "{\"name\":\(JSONText.quoted(c.name)),\"header\":\(JSONText.quoted(header)),\"count\":\(c.isCount)}"
    }.joined(separator: ",")
    out += "],\"pageSize\":\(Self.pageSize),\"rows\":[\n"
    var lines: [String] = []
    lines.reserveCapacity(view.rows.count)
    for row in view.rows {
      var line = "[\(row),\(JSONText.quoted(stats.commenters[row].displayName))"
      for column in stats.columns {
        let v = column.values[row]
        line += ","
        line += !v.isFinite ? "null" : column.isCount ? String(Int(v)) : Self.compact(v)
      }
      lines.append(line + "]")
    }
    out += lines.joined(separator: ",\n") + "]}"
    return HTMLEscaping.scriptJSON(out)
  }

  /// Seven significant digits: the table shows six, and a corpus of 35,000 commenters stays
  /// a few megabytes.
  static func compact(_ x: Double) -> String {
    if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
    return String(Double(String(format: "%.7g", x)) ?? x)
  }
}
