import DiscussionGraph
import Findings

/// Lays the conflict report's tables (``Findings/ConflictTables``) out as text or markdown, or
/// writes its JSON view (``Findings/ConflictJSON``).
struct ConflictFormatter {
  let report: ConflictReport
  /// Rows in each list of the text and markdown report.
  let top: Int

  func render(_ format: ConflictFormat) -> String {
    let tables = ConflictTables(report: report, top: top).tables
    switch format {
    case .json: return ConflictJSON(report: report).render()
    case .text: return tables.map(TableText.text).joined(separator: "\n")
    case .markdown:
      return "# Conflict report\n\n" + tables.map(TableText.markdown).joined(separator: "\n")
    }
  }
}

/// Text and markdown layouts of a ``Findings/FindingsTable``.
enum TableText {
  static func text(_ table: FindingsTable) -> String {
    var out = table.title + "\n"
    if table.rows.isEmpty { return out + "  (none)\n" }
    if table.header.isEmpty {
      let width = table.rows.map { $0[0].count }.max() ?? 0
      for row in table.rows { out += "  " + TextColumns.pad(row[0], width) + "  " + row[1] + "\n" }
      return out
    }
    let grid = [table.header] + table.rows.map { $0.map { TextColumns.truncate($0, 40) } }
    let widths = (0..<table.header.count).map { c in grid.map { $0[c].count }.max() ?? 0 }
    for line in grid {
      var cells = line.enumerated().map { TextColumns.pad($1, widths[$0]) }
      cells[cells.count - 1] = line[line.count - 1]
      out += "  " + cells.joined(separator: "  ") + "\n"
    }
    if let note = table.note { out += "  … \(note)\n" }
    return out
  }

  static func markdown(_ table: FindingsTable) -> String {
    var out = "## \(table.title)\n\n"
    if table.rows.isEmpty { return out + "(none)\n" }
    func cell(_ s: String) -> String {
      s.replacing("|", with: "\\|").replacing("\n", with: " ")
    }
    let header = table.header.isEmpty ? ["measure", "value"] : table.header
    out += "| " + header.joined(separator: " | ") + " |\n"
    out += "|" + header.map { _ in " --- |" }.joined() + "\n"
    for row in table.rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
    if let note = table.note { out += "\n… \(note)\n" }
    return out
  }
}
