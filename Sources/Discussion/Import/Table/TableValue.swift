/// Where one field of a table record stands, before it is read as the type its field needs:
/// a string or number is read only then, from the record's bytes, so that a field is never
/// turned into a String it does not need to be.
enum FieldValue {
  /// The record has no such field.
  case absent
  case null
  case bool(Bool)
  /// A number (its slot).
  case number(Int)
  /// A string, or a CSV cell (its slot).
  case string(Int)
  case object
  case array

  /// `true` for ``absent`` and ``null``.
  var isMissing: Bool {
    switch self {
    case .absent, .null: true
    default: false
    }
  }

  var isComposite: Bool {
    switch self {
    case .object, .array: true
    default: false
    }
  }
}

/// The values of one record's slots (see ``FieldPlan``), as a JSON record or a CSV row gives
/// them.
protocol RecordFields {
  func field(_ slot: Int) -> FieldValue
  /// The text of a string (escapes decoded) or number slot.
  func withText<R>(_ slot: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R
  /// A string slot's UTF-8 as an array (comment texts), `nil` when it is not a string.
  func utf8(_ slot: Int) -> [UInt8]?
}

extension RecordFields {
  /// A string or number slot as a String.
  func string(_ slot: Int) -> String {
    withText(slot) { String(decoding: $0, as: UTF8.self) }
  }

  /// The value, for messages: `"abc…"`, `12`, `true`, `an object`.
  func shown(_ value: FieldValue) -> String {
    switch value {
    case .absent: return "nothing"
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let slot): return string(slot)
    case .string(let slot):
      let s = string(slot)
      return s.count > 40 ? "\"\(s.prefix(40))…\"" : "\"\(s)\""
    case .object: return "an object"
    case .array: return "an array"
    }
  }
}

/// A JSON record located by ``JSONRecordScanner``: strings are decoded only when asked for.
struct JSONRecordFields: RecordFields {
  let bytes: UnsafeBufferPointer<UInt8>
  let slots: UnsafeBufferPointer<JSONRecordScanner.RawValue>

  func field(_ slot: Int) -> FieldValue {
    switch slots[slot] {
    case .absent: .absent
    case .null: .null
    case .bool(let b): .bool(b)
    case .number: .number(slot)
    case .string: .string(slot)
    case .object: .object
    case .array: .array
    }
  }

  func withText<R>(_ slot: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    switch slots[slot] {
    case .number(let r): return body(UnsafeBufferPointer(rebasing: bytes[r]))
    case .string(let r, let escaped):
      let raw = UnsafeBufferPointer(rebasing: bytes[r])
      if !escaped { return body(raw) }
      return JSONScanning.unescape(raw).withUnsafeBufferPointer(body)
    default: return body(UnsafeBufferPointer(start: nil, count: 0))
    }
  }

  func utf8(_ slot: Int) -> [UInt8]? {
    guard case .string(let r, let escaped) = slots[slot] else { return nil }
    let raw = UnsafeBufferPointer(rebasing: bytes[r])
    return escaped ? JSONScanning.unescape(raw) : Array(raw)
  }
}

/// A CSV row: each slot is a column (or none); every cell is a string, an empty one null.
struct CSVRecordFields: RecordFields {
  let cells: [String?]
  /// The column of each slot, or -1.
  let columnOfSlot: [Int]

  private func cell(_ slot: Int) -> String? {
    let c = columnOfSlot[slot]
    guard c >= 0, c < cells.count else { return nil }
    return cells[c]
  }

  func field(_ slot: Int) -> FieldValue {
    guard let cell = cell(slot) else { return .absent }
    return cell.isEmpty ? .null : .string(slot)
  }

  func withText<R>(_ slot: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    var text = cell(slot) ?? ""
    return text.withUTF8(body)
  }

  func utf8(_ slot: Int) -> [UInt8]? {
    guard let cell = cell(slot), !cell.isEmpty else { return nil }
    return Array(cell.utf8)
  }
}
