import Discussion
import DiscussionGraph

/// The network period by period (``NetworkTimeline``) as every front end shows it: one row a
/// period, as cells, CSV or JSON.
public struct NetworkTimelineView: Sendable {
  public let timeline: NetworkTimeline

  public init(timeline: NetworkTimeline) { self.timeline = timeline }

  /// The columns, in output order.
  public static let columns = [
    "period", "comments", "nodes", "edges", "reciprocity", "communities", "modularity", "top",
  ]

  /// Each period's cells as text; `missing` for an undefined value. `top` lists names with
  /// their PageRank: `Иван (0.12); Мария (0.08)`.
  public func cells(missing: String) -> [[String]] {
    timeline.rows.map { r in
      [
        r.label, String(r.comments), String(r.nodes), String(r.edges),
        r.reciprocity.isFinite ? FindingsText.number(r.reciprocity) : missing,
        String(r.communities),
        r.modularityNotMeasured == nil && r.modularity.isFinite
          ? FindingsText.number(r.modularity) : missing,
        r.top.map { "\($0.name) (\(String(format: "%.3g", $0.pageRank)))" }.joined(
          separator: "; "),
      ]
    }
  }

  /// CSV (RFC 4180, CRLF); undefined values are empty cells.
  public func csv() -> String {
    CSVCell.document(header: Self.columns, rows: cells(missing: ""))
  }

  /// One object: `period`, `network` and `periods`, each with the columns (undefined values
  /// `null`, a `modularity_reason` when modularity is not measured) and `top` as a list of
  /// `{"name", "pagerank"}`.
  public func json() -> String {
    func number(_ x: Double) -> String { x.isFinite ? StatsView.jsonNumber(x) : "null" }
    let rows = timeline.rows.map { r in
      "{\"period\": \(JSONText.quoted(r.label)), \"comments\": \(r.comments), "
        + "\"nodes\": \(r.nodes), \"edges\": \(r.edges), "
        + "\"reciprocity\": \(number(r.reciprocity)), \"communities\": \(r.communities), "
        + "\"modularity\": \(r.modularityNotMeasured == nil ? number(r.modularity) : "null")"
        + (r.modularityNotMeasured.map { ", \"modularity_reason\": \(JSONText.quoted($0))" } ?? "")
        + ", \"top\": ["
        + r.top.map {
          "{\"name\": \(JSONText.quoted($0.name)), \"pagerank\": \(number($0.pageRank))}"
        }
        .joined(separator: ", ") + "]}"
    }
    return "{\n  \"period\": \(JSONText.quoted(timeline.period.rawValue)), "
      + "\"network\": \(JSONText.quoted(timeline.kind.rawValue)),\n  \"periods\": ["
      + (rows.isEmpty ? "" : "\n    " + rows.joined(separator: ",\n    ") + "\n  ") + "]\n}\n"
  }
}
