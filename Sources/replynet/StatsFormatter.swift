import Discussion
import DiscussionGraph
import Foundation

/// Formats ``CommenterStatistics`` for the terminal and for files.
struct StatsFormatter {
  let stats: CommenterStatistics
  /// Commenter indices in output order.
  let rows: [Int]

  /// The columns a terminal table shows, with their headers (``MetricCatalogue``; all of
  /// them go to csv, json and markdown).
  static let tableColumns: [(name: String, header: String)] = MetricCatalogue.commenterMetrics
    .compactMap { m in m.tableHeader.map { (m.name, $0) } }

  func render(_ format: StatsFormat) -> String {
    switch format {
    case .table: table()
    case .markdown: markdown()
    case .csv: csv()
    case .json: json()
    }
  }

  // MARK: Numbers

  /// Counts without decimals, other values with 6 significant digits; NaN as `missing`.
  static func number(_ value: Double, isCount: Bool, missing: String) -> String {
    if !value.isFinite { return missing }
    if isCount { return String(Int(value)) }
    return String(format: "%.6g", value)
  }

  // MARK: Summary

  var summaryLines: [(String, String)] {
    let s = stats.summary
    func f(_ x: Double) -> String { Self.number(x, isCount: false, missing: "–") }
    var lines: [(String, String)] = [
      ("network", s.network.rawValue), ("nodes", String(s.nodes)), ("edges", String(s.edges)),
      ("total weight", String(s.totalWeight)), ("self-replies", String(s.selfReplies)),
      ("isolates", String(s.isolates)), ("density", f(s.density)),
      ("reciprocity", f(s.reciprocity)), ("reciprocity rho", f(s.reciprocityRho)),
      ("weak components", "\(s.weakComponents) (largest \(s.largestWeakComponent))"),
      ("strong components", String(s.strongComponents)), ("diameter", String(s.diameter)),
      ("degree assortativity", f(s.degreeAssortativity)),
      ("communities", "\(s.communities) (modularity \(f(s.modularity)))"),
    ]
    if let k = s.pathSampleSources { lines.append(("path metrics", "estimated from \(k) sources")) }
    return lines
  }

  // MARK: Table

  func table() -> String {
    var out = ""
    let keyWidth = summaryLines.map { $0.0.count }.max() ?? 0
    for (key, value) in summaryLines { out += pad(key, keyWidth) + "  " + value + "\n" }
    out += "\n"
    let columns = Self.tableColumns.compactMap { c in stats.column(c.name).map { (c.header, $0) } }
    var grid: [[String]] = [["#", "commenter"] + columns.map(\.0)]
    for (rank, row) in rows.enumerated() {
      grid.append(
        [String(rank + 1), truncate(stats.commenters[row].displayName, 28)]
          + columns.map { Self.number($0.1.values[row], isCount: $0.1.isCount, missing: "–") })
    }
    let widths = (0..<grid[0].count).map { c in grid.map { $0[c].count }.max() ?? 0 }
    for line in grid {
      let cells = line.enumerated().map { c, cell in
        c == 1 ? pad(cell, widths[c]) : padLeft(cell, widths[c])
      }
      out += cells.joined(separator: "  ") + "\n"
    }
    if rows.count < stats.commenters.count {
      out +=
        "(\(rows.count) of \(stats.commenters.count) commenters; --top N, --format csv|json for all)\n"
    }
    return out
  }

  func markdown() -> String {
    var out = "| summary | |\n|---|---|\n"
    for (key, value) in summaryLines { out += "| \(key) | \(value) |\n" }
    out += "\n| # | commenter | " + stats.columns.map(\.name).joined(separator: " | ") + " |\n"
    out += "|---|---|" + String(repeating: "---:|", count: stats.columns.count) + "\n"
    for (rank, row) in rows.enumerated() {
      let name = stats.commenters[row].displayName.replacing("|", with: "\\|")
      let cells = stats.columns.map {
        Self.number($0.values[row], isCount: $0.isCount, missing: "")
      }
      out += "| \(rank + 1) | \(name) | " + cells.joined(separator: " | ") + " |\n"
    }
    return out
  }

  // MARK: CSV and JSON

  func csv() -> String {
    var out = "id,name," + stats.columns.map(\.name).joined(separator: ",") + "\r\n"
    for row in rows {
      let c = stats.commenters[row]
      let cells = stats.columns.map {
        Self.number($0.values[row], isCount: $0.isCount, missing: "")
      }
      var names: [UInt8] = []
      CSVCell.appendText(c.id.rawValue, to: &names)
      names.append(UInt8(ascii: ","))
      CSVCell.appendText(c.displayName, to: &names)
      out += String(decoding: names, as: UTF8.self) + "," + cells.joined(separator: ",") + "\r\n"
    }
    return out
  }

  func json() -> String {
    let s = stats.summary
    func f(_ x: Double) -> String { x.isFinite ? jsonNumber(x) : "null" }
    var graph: [(String, String)] = [
      ("network", JSONText.quoted(s.network.rawValue)), ("nodes", String(s.nodes)),
      ("edges", String(s.edges)), ("total_weight", String(s.totalWeight)),
      ("self_replies", String(s.selfReplies)), ("isolates", String(s.isolates)),
      ("density", f(s.density)), ("reciprocity", f(s.reciprocity)),
      ("reciprocity_rho", f(s.reciprocityRho)), ("weak_components", String(s.weakComponents)),
      ("largest_weak_component", String(s.largestWeakComponent)),
      ("strong_components", String(s.strongComponents)), ("diameter", String(s.diameter)),
      ("degree_assortativity", f(s.degreeAssortativity)), ("communities", String(s.communities)),
      ("modularity", f(s.modularity)),
    ]
    graph.append(("path_sample_sources", s.pathSampleSources.map(String.init) ?? "null"))
    var out = "{\n  \"graph\": {"
    out += graph.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "},\n"
    out += "  \"commenters\": [\n"
    let objects = rows.map { row -> String in
      let c = stats.commenters[row]
      var fields = [
        "\"id\": \(JSONText.quoted(c.id.rawValue))", "\"name\": \(JSONText.quoted(c.displayName))",
      ]
      for column in stats.columns {
        let v = column.values[row]
        fields.append(
          "\"\(column.name)\": \(column.isCount && v.isFinite ? String(Int(v)) : f(v))")
      }
      return "    {" + fields.joined(separator: ", ") + "}"
    }
    out += objects.joined(separator: ",\n") + "\n  ]\n}\n"
    return out
  }

  /// Shortest text that reads back as the same Double (Swift's description is exact).
  func jsonNumber(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
  }

  func truncate(_ s: String, _ width: Int) -> String {
    s.count <= width ? s : String(s.prefix(width - 1)) + "…"
  }

  func pad(_ s: String, _ width: Int) -> String {
    s + String(repeating: " ", count: max(0, width - s.count))
  }

  func padLeft(_ s: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - s.count)) + s
  }
}
