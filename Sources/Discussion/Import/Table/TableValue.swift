/// One field of a table record as the source gave it, before it is checked against the type
/// the field needs. CSV cells are strings (an empty cell is ``null``); JSON keeps its types.
enum TableValue {
  /// The record has no such field.
  case absent
  case null
  case string(String)
  /// A JSON number, as written.
  case number(String)
  case bool(Bool)
  /// A JSON object or array (only `speaker` and `meta` may be objects).
  case json(JSONValue)

  init(_ json: JSONValue) {
    switch json {
    case .null: self = .null
    case .string(let s): self = .string(s)
    case .number(let n): self = .number(n)
    case .bool(let b): self = .bool(b)
    case .array, .object: self = .json(json)
    }
  }

  /// `true` for ``absent`` and ``null``.
  var isMissing: Bool {
    switch self {
    case .absent, .null: true
    default: false
    }
  }

  /// For messages: the value, shortened.
  var shown: String {
    switch self {
    case .absent: return "nothing"
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let n): return n
    case .string(let s): return s.count > 40 ? "\"\(s.prefix(40))…\"" : "\"\(s)\""
    case .json(let j): return j.kindName
    }
  }
}
