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

  public var count: Int {
    switch self {
    case .integers(let v): v.count
    case .numbers(let v): v.count
    case .strings(let v): v.count
    case .utf8(let v): v.count
    case .stringsByRow(let count, _): count
    case .booleans(let v): v.count
    }
  }

  /// Every value as text, for a text column of any holding; `nil` for other kinds.
  var texts: [String?]? {
    switch self {
    case .strings(let v): v
    case .utf8(let v): v.map { $0.map { String(decoding: $0, as: UTF8.self) } }
    case .stringsByRow(let count, let text): (0..<count).map(text)
    case .integers, .numbers, .booleans: nil
    }
  }

  /// The concatenation of columns of one kind (for the long tables over all networks), text
  /// columns of any holding together; `nil` when the kinds differ.
  static func concatenate(_ parts: [ExportValues]) -> ExportValues? {
    guard let first = parts.first else { return nil }
    // Each array is reserved whole: grown by appends, it would hold up to twice its size.
    let total = parts.reduce(0) { $0 + $1.count }
    switch first {
    case .integers:
      var all: [Int?] = []
      all.reserveCapacity(total)
      for p in parts {
        guard case .integers(let v) = p else { return nil }
        all += v
      }
      return .integers(all)
    case .numbers:
      var all: [Double] = []
      all.reserveCapacity(total)
      for p in parts {
        guard case .numbers(let v) = p else { return nil }
        all += v
      }
      return .numbers(all)
    case .utf8 where parts.allSatisfy({ if case .utf8 = $0 { true } else { false } }):
      var all: [ArraySlice<UInt8>?] = []
      all.reserveCapacity(total)
      for case .utf8(let v) in parts { all += v }
      return .utf8(all)
    case .strings, .stringsByRow, .utf8:
      // Text of any holding, mixed: made into Strings.
      var all: [String?] = []
      all.reserveCapacity(total)
      for p in parts {
        guard let texts = p.texts else { return nil }
        all += texts
      }
      return .strings(all)
    case .booleans:
      var all: [Bool?] = []
      all.reserveCapacity(total)
      for p in parts {
        guard case .booleans(let v) = p else { return nil }
        all += v
      }
      return .booleans(all)
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
  public func text(at row: Int) -> String? {
    switch values {
    case .integers(let v): v[row].map { String($0) }
    case .numbers(let v): v[row].isFinite ? Self.numberText(v[row]) : nil
    case .strings(let v): v[row]
    case .utf8(let v): v[row].map { String(decoding: $0, as: UTF8.self) }
    case .stringsByRow(_, let text): text(row)
    case .booleans(let v): v[row].map { $0 ? "true" : "false" }
    }
  }

  /// Whether the value is written without quotes in JSON (numbers and booleans).
  var isBare: Bool { type == .integer || type == .number || type == .boolean }

  /// Shortest text that reads back as the same Double; `-0.0` written as `0.0`.
  static func numberText(_ x: Double) -> String { x == 0 ? "0.0" : String(x) }

  /// A copy with the rows `range` only.
  func slice(_ range: Range<Int>) -> ExportColumn {
    var copy = self
    switch values {
    case .integers(let v): copy.values = .integers(Array(v[range]))
    case .numbers(let v): copy.values = .numbers(Array(v[range]))
    case .strings(let v): copy.values = .strings(Array(v[range]))
    case .utf8(let v): copy.values = .utf8(Array(v[range]))
    case .stringsByRow(_, let text):
      copy.values = .stringsByRow(count: range.count) { text(range.lowerBound + $0) }
    case .booleans(let v): copy.values = .booleans(Array(v[range]))
    }
    return copy
  }
}
