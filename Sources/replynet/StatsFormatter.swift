import DiscussionGraph
import Findings

/// Lays out a ``StatsView`` for the terminal (table, markdown); csv and json are the view's own.
struct StatsFormatter {
  let view: StatsView

  /// The columns a terminal table shows, with their headers (``MetricCatalogue``; all of
  /// them go to csv, json and markdown).
  static let tableColumns: [(name: String, header: String)] =
    MetricCatalogue.commenterMetrics.compactMap { m in m.tableHeader.map { (m.name, $0) } }
    + [(StatsCommand.accusedByColumn, "accused")]

  func render(_ format: StatsFormat) -> String {
    switch format {
    case .table: table()
    case .markdown: markdown()
    case .csv: view.csv()
    case .json: view.json()
    }
  }

  func table() -> String {
    let stats = view.stats
    var out = ""
    let summary = view.summary.rows
    let keyWidth = summary.map { $0[0].count }.max() ?? 0
    for line in summary { out += TextColumns.pad(line[0], keyWidth) + "  " + line[1] + "\n" }
    out += "\n"
    let columns = Self.tableColumns.compactMap { c in stats.column(c.name).map { (c.header, $0) } }
    var grid: [[String]] = [["#", "commenter"] + columns.map(\.0)]
    let cells = view.cells(columns.map(\.1), missing: "–")
    for (rank, row) in view.rows.enumerated() {
      grid.append(
        [String(rank + 1), TextColumns.truncate(stats.commenters[row].displayName, 28)]
          + cells[rank])
    }
    for line in TextColumns.lines(grid, textColumns: [1]) { out += line + "\n" }
    if view.rows.count < stats.commenters.count {
      out +=
        "(\(view.rows.count) of \(stats.commenters.count) commenters; --top N, --format csv|json for all)\n"
    }
    return out
  }

  func markdown() -> String {
    let stats = view.stats
    var out = "| summary | |\n|---|---|\n"
    for line in view.summary.rows { out += "| \(line[0]) | \(line[1]) |\n" }
    out += "\n| # | commenter | " + stats.columns.map(\.name).joined(separator: " | ") + " |\n"
    out += "|---|---|" + String(repeating: "---:|", count: stats.columns.count) + "\n"
    let cells = view.cells(stats.columns, missing: "")
    for (rank, row) in view.rows.enumerated() {
      let name = stats.commenters[row].displayName.replacing("|", with: "\\|")
      out += "| \(rank + 1) | \(name) | " + cells[rank].joined(separator: " | ") + " |\n"
    }
    return out
  }
}
