/// The type of an exported field, named as in Frictionless Table Schema
/// (<https://specs.frictionlessdata.io/table-schema/#types-and-formats>); each format maps it
/// to its own (GraphML `long`/`double`/`string`/`boolean`, SQLite `INTEGER`/`REAL`/`TEXT`).
public enum ExportFieldType: String, Sendable, Hashable {
  case integer, number, string, boolean
  /// ISO 8601 with the UTC offset (`2025-10-17T17:18:00+03:00`), stored as text.
  case datetime
}

/// The values of one column. A missing value is `nil` (or a non-finite number): each format
/// writes it its own way (GraphML, GEXF and JSON leave the attribute out, CSV writes `NA`,
/// SQLite `NULL`), never as "None", "nan" or an empty number.
public enum ExportValues: Sendable {
  case integers([Int?])
  case numbers([Double])
  /// Text, also for ``ExportFieldType/datetime`` columns.
  case strings([String?])
  /// Text as the UTF-8 the importer read (``Discussion/Comment/textUTF8``): slices that share
  /// the corpus's buffers, so a table of every comment's text holds no copy of it. Writers
  /// read it as ``strings(_:)``.
  case utf8([ArraySlice<UInt8>?])
  /// Text made for each row when a writer reads it (`count` rows; `text(row)` reads the
  /// corpus): a column of every comment's time or id holds no String per row.
  case stringsByRow(count: Int, text: @Sendable (Int) -> String?)
  case booleans([Bool?])
  /// Several columns' values one after the other, each read where it lies: the long tables
  /// over all networks (nodes, metrics, edges) stack the networks' columns without copying
  /// them. Each part answers for its own rows, whatever its holding.
  indirect case stacked([ExportValues])

  public var count: Int {
    switch self {
    case .integers(let v): v.count
    case .numbers(let v): v.count
    case .strings(let v): v.count
    case .utf8(let v): v.count
    case .stringsByRow(let count, _): count
    case .booleans(let v): v.count
    case .stacked(let parts): parts.reduce(0) { $0 + $1.count }
    }
  }

  /// The part of a ``stacked(_:)`` holding that has `row`, and the row there (the values
  /// themselves and `row` for any other holding).
  /// - Complexity: O(parts).
  func locate(_ row: Int) -> (values: ExportValues, row: Int) {
    guard case .stacked(let parts) = self else { return (self, row) }
    var row = row
    for part in parts {
      let count = part.count
      if row < count { return part.locate(row) }
      row -= count
    }
    preconditionFailure("row \(row) past the end of the stacked values")
  }

  /// The value at `row` as ``ExportColumn/text(at:)`` gives it. Writers that go through
  /// every row read the values of a column this way rather than through its
  /// ``ExportColumn``, which each row would copy (its name, description and unit too).
  func text(at row: Int) -> String? {
    let (values, row) = locate(row)
    return switch values {
    case .integers(let v): v[row].map { String($0) }
    case .numbers(let v): v[row].isFinite ? ExportColumn.numberText(v[row]) : nil
    case .strings(let v): v[row]
    case .utf8(let v): v[row].map { String(decoding: $0, as: UTF8.self) }
    case .stringsByRow(_, let text): text(row)
    case .booleans(let v): v[row].map { $0 ? "true" : "false" }
    case .stacked: preconditionFailure("located above")
    }
  }

}

/// One exported field: name (snake_case, the same in every format), type, meaning, unit and
/// values by row.
///
/// This is also the hook through which analyses outside this module add fields (see
/// ``ExportColumnProvider``): every writer handles any column the same way.
public struct ExportColumn: Sendable {
  public var name: String
  public var type: ExportFieldType
  /// What the value means, for the data dictionary.
  public var description: String
  /// The unit (`comments`, `votes`, `hops`, `1` for a ratio or score), or `nil` for text.
  public var unit: String?
  public var values: ExportValues

  public init(
    name: String, type: ExportFieldType, description: String, unit: String? = nil,
    values: ExportValues
  ) {
    self.name = name
    self.type = type
    self.description = description
    self.unit = unit
    self.values = values
  }

  public var count: Int { values.count }

  /// The value at `row` as text in its canonical form (integers in decimal, numbers in
  /// Swift's shortest round-trip form, booleans `true`/`false`), or `nil` when missing.
  public func text(at row: Int) -> String? { values.text(at: row) }

  /// Whether the value is written without quotes in JSON (numbers and booleans).
  var isBare: Bool { type == .integer || type == .number || type == .boolean }

  /// Shortest text that reads back as the same Double; `-0.0` written as `0.0`.
  static func numberText(_ x: Double) -> String { x == 0 ? "0.0" : String(x) }
}
