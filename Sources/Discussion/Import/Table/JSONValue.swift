/// A parsed JSON value. Numbers keep their source text, so that an id such as `13` reads as
/// "13" and an integer is never rounded through `Double`.
enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  /// The number as written (validated against the JSON grammar).
  case number(String)
  case string(String)
  case array([JSONValue])
  /// Members in source order; ``member(_:)`` returns the last of duplicate keys.
  case object([JSONMember])

  /// The value of the member `key` when this is an object (the last one if repeated).
  func member(_ key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.last(where: { $0.key == key })?.value
  }

  /// A short description of the value's kind, for messages.
  var kindName: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}

/// One member of a JSON object, with the line where its value starts.
struct JSONMember: Sendable, Hashable {
  var key: String
  var value: JSONValue
  var line: Int
}
