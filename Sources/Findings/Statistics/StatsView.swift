import Discussion
import DiscussionGraph
import Foundation

/// The commenter statistics as every front end shows them: the network's summary as
/// measure–value rows, each commenter's metrics in a chosen order, and the data layouts
/// (CSV, JSON) that `replynet stats` writes and the report embeds. Front ends lay these out;
/// they compute and format no number of their own.
public struct StatsView: Sendable {
  public let stats: CommenterStatistics
  /// Commenter indices in output order (``CommenterRanking``).
  public let rows: [Int]

  public init(stats: CommenterStatistics, rows: [Int]) {
    self.stats = stats
    self.rows = rows
  }

  /// A metric's value as text: counts without decimals, other values with six significant
  /// digits, `missing` for an undefined value (closeness of a commenter who reaches nobody).
  public static func number(_ value: Double, isCount: Bool, missing: String) -> String {
    if !value.isFinite { return missing }
    if isCount { return String(Int(value)) }
    return String(format: "%.6g", value)
  }

  /// The network's summary, one measure a row ("–" for an undefined value).
  public var summary: FindingsTable {
    let s = stats.summary
    func f(_ x: Double) -> String { Self.number(x, isCount: false, missing: "–") }
    var rows: [[String]] = [
      ["network", s.network.rawValue], ["nodes", String(s.nodes)], ["edges", String(s.edges)],
      ["total weight", String(s.totalWeight)], ["self-replies", String(s.selfReplies)],
      ["isolates", String(s.isolates)], ["density", f(s.density)],
      ["reciprocity", f(s.reciprocity)], ["reciprocity rho", f(s.reciprocityRho)],
      ["weak components", "\(s.weakComponents) (largest \(s.largestWeakComponent))"],
      ["strong components", String(s.strongComponents)], ["diameter", String(s.diameter)],
      [
        "degree assortativity",
        MeasurementMinimums.assortativity(edges: s.edges) ?? f(s.degreeAssortativity),
      ],
      [
        "communities",
        "\(s.communities) (modularity "
          + (MeasurementMinimums.modularity(largestComponent: s.largestWeakComponent)
            ?? f(s.modularity)) + ")",
      ],
    ]
    if let k = s.pathSampleSources { rows.append(["path metrics", "estimated from \(k) sources"]) }
    return FindingsTable(title: "Network", header: [], rows: rows)
  }

  /// One row a commenter in ``rows`` order: its metrics as text (`missing` when undefined),
  /// in the order of `columns`.
  public func cells(_ columns: [CommenterStatistics.Column], missing: String) -> [[String]] {
    rows.map { row in
      columns.map { Self.number($0.values[row], isCount: $0.isCount, missing: missing) }
    }
  }

  /// CSV (RFC 4180, CRLF): `id,name` and every metric column; undefined values are empty
  /// cells. Names go through ``CSVCell``, so a name a spreadsheet would run as a formula
  /// reads as text.
  public func csv() -> String {
    var out = "id,name," + stats.columns.map(\.name).joined(separator: ",") + "\r\n"
    for (row, cells) in zip(rows, cells(stats.columns, missing: "")) {
      let c = stats.commenters[row]
      var names: [UInt8] = []
      CSVCell.appendText(c.id.rawValue, to: &names)
      names.append(UInt8(ascii: ","))
      CSVCell.appendText(c.displayName, to: &names)
      out += String(decoding: names, as: UTF8.self) + "," + cells.joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// One JSON object: `graph` (the summary, a key a measure) and `commenters` (in ``rows``
  /// order, `id`, `name` and each metric under its name). Undefined values are `null`.
  public func json() -> String {
    let s = stats.summary
    func f(_ x: Double) -> String { x.isFinite ? Self.jsonNumber(x) : "null" }
    var graph: [(String, String)] = [
      ("network", JSONText.quoted(s.network.rawValue)), ("nodes", String(s.nodes)),
      ("edges", String(s.edges)), ("total_weight", String(s.totalWeight)),
      ("self_replies", String(s.selfReplies)), ("isolates", String(s.isolates)),
      ("density", f(s.density)), ("reciprocity", f(s.reciprocity)),
      ("reciprocity_rho", f(s.reciprocityRho)), ("weak_components", String(s.weakComponents)),
      ("largest_weak_component", String(s.largestWeakComponent)),
      ("strong_components", String(s.strongComponents)), ("diameter", String(s.diameter)),
    ]
    if let reason = MeasurementMinimums.assortativity(edges: s.edges) {
      graph += [
        ("degree_assortativity", "null"), ("degree_assortativity_reason", JSONText.quoted(reason)),
      ]
    } else {
      graph.append(("degree_assortativity", f(s.degreeAssortativity)))
    }
    graph.append(("communities", String(s.communities)))
    if let reason = MeasurementMinimums.modularity(largestComponent: s.largestWeakComponent) {
      graph += [("modularity", "null"), ("modularity_reason", JSONText.quoted(reason))]
    } else {
      graph.append(("modularity", f(s.modularity)))
    }
    graph.append(("path_sample_sources", s.pathSampleSources.map(String.init) ?? "null"))
    var out = "{\n  \"graph\": {"
    out += graph.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "},\n"
    out += "  \"commenters\": [\n"
    out += commenterObjects().map { "    " + $0 }.joined(separator: ",\n") + "\n  ]\n}\n"
    return out
  }

  /// Each commenter of ``rows`` as one compact JSON object (`id`, `name`, every metric).
  public func commenterObjects() -> [String] {
    rows.map { row -> String in
      let c = stats.commenters[row]
      var fields = [
        "\"id\": \(JSONText.quoted(c.id.rawValue))", "\"name\": \(JSONText.quoted(c.displayName))",
      ]
      for column in stats.columns {
        let v = column.values[row]
        let text =
          !v.isFinite ? "null" : column.isCount ? String(Int(v)) : Self.jsonNumber(v)
        fields.append("\"\(column.name)\": \(text)")
      }
      return "{" + fields.joined(separator: ", ") + "}"
    }
  }

  /// Shortest text that reads back as the same Double (Swift's description is exact).
  public static func jsonNumber(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
  }
}
