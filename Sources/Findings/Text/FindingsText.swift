import Foundation

/// How findings write their numbers, in every front end alike: six significant digits,
/// percentages with one decimal, "–" for an undefined value.
public enum FindingsText {
  /// Six significant digits; "–" for an undefined value.
  public static func number(_ x: Double) -> String {
    x.isFinite ? String(format: "%.6g", x) : "–"
  }

  /// `12.5%`; "–" when undefined.
  public static func percent(_ x: Double) -> String {
    x.isFinite ? String(format: "%.1f%%", 100 * x) : "–"
  }

  /// `0.42 (p = 0.013)`, or the value alone when it has no p-value.
  public static func withP(_ value: Double, _ p: Double) -> String {
    p.isFinite ? "\(number(value)) (p = \(number(p)))" : number(value)
  }

  /// `1 h 12 min`, `7 min`; "–" when unknown.
  public static func duration(_ seconds: Int64?) -> String {
    guard let seconds else { return "–" }
    let minutes = seconds / 60
    return minutes >= 60 ? "\(minutes / 60) h \(minutes % 60) min" : "\(minutes) min"
  }
}

/// A table of findings: what a front end lays out as text, markdown or HTML. A table without
/// a header is a list of measure–value rows.
public struct FindingsTable: Sendable, Hashable {
  public var title: String
  public var header: [String]
  public var rows: [[String]]
  /// What was left out ("12 more").
  public var note: String?

  public init(title: String, header: [String], rows: [[String]], note: String? = nil) {
    self.title = title
    self.header = header
    self.rows = rows
    self.note = note
  }
}
