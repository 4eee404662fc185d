/// A small JSON parser (RFC 8259) over UTF-8 bytes that knows line numbers, so that a
/// comment table's records and errors can name the line they are on.
///
/// Hand-written rather than `JSONSerialization` because that loses positions and turns
/// `1`/`true` into the same `NSNumber`. Nesting deeper than ``maxDepth`` is an error, never
/// a stack overflow.
/// - Complexity: O(*n*) for *n* bytes.
struct JSONParser {
  struct SyntaxError: Error, Sendable, Hashable {
    var line: Int
    var message: String
    /// `false` for valid JSON of the wrong shape (set by callers).
    var isSyntax = true
  }

  static let maxDepth = 256

  private let bytes: ArraySlice<UInt8>
  private(set) var position: Int
  /// The 1-based line of ``position``.
  private(set) var line: Int
  private var depth = 0

  init(_ bytes: ArraySlice<UInt8>, firstLine: Int) {
    self.bytes = bytes
    self.position = bytes.startIndex
    self.line = firstLine
  }

  /// Parses one value that must fill the bytes (whitespace aside).
  mutating func parseDocument() throws(SyntaxError) -> JSONValue {
    skipWhitespace()
    let value = try parseValue()
    skipWhitespace()
    guard position == bytes.endIndex else {
      throw error("unexpected \(describeNext()) after the value")
    }
    return value
  }

  /// Skips spaces, tabs, carriage returns and line feeds, counting lines.
  mutating func skipWhitespace() {
    while position < bytes.endIndex {
      switch bytes[position] {
      case 0x20, 0x09, 0x0D: position += 1
      case 0x0A:
        position += 1
        line += 1
      default: return
      }
    }
  }

  /// `true` when only whitespace remains.
  mutating func atEnd() -> Bool {
    skipWhitespace()
    return position == bytes.endIndex
  }

  /// The next byte, if any (after whitespace).
  mutating func peek() -> UInt8? {
    skipWhitespace()
    return position < bytes.endIndex ? bytes[position] : nil
  }

  /// Consumes `byte` (after whitespace) or throws.
  mutating func expect(_ byte: UInt8, _ what: String) throws(SyntaxError) {
    guard peek() == byte else { throw error("expected \(what), found \(describeNext())") }
    position += 1
  }

  mutating func parseValue() throws(SyntaxError) -> JSONValue {
    skipWhitespace()
    guard position < bytes.endIndex else { throw error("unexpected end of input") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw error("unexpected \(describeNext())")
    }
  }

  private mutating func parseObject() throws(SyntaxError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    position += 1  // {
    var members: [JSONMember] = []
    if peek() == UInt8(ascii: "}") {
      position += 1
      return .object(members)
    }
    while true {
      guard peek() == UInt8(ascii: "\"") else {
        throw error("expected a member name, found \(describeNext())")
      }
      let key = try parseString()
      try expect(UInt8(ascii: ":"), "':'")
      skipWhitespace()
      let valueLine = line
      let value = try parseValue()
      members.append(JSONMember(key: key, value: value, line: valueLine))
      switch peek() {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "}"):
        position += 1
        return .object(members)
      default: throw error("expected ',' or '}', found \(describeNext())")
      }
    }
  }

  private mutating func parseArray() throws(SyntaxError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    position += 1  // [
    var elements: [JSONValue] = []
    if peek() == UInt8(ascii: "]") {
      position += 1
      return .array(elements)
    }
    while true {
      elements.append(try parseValue())
      switch peek() {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "]"):
        position += 1
        return .array(elements)
      default: throw error("expected ',' or ']', found \(describeNext())")
      }
    }
  }

  /// Parses `[` and then calls `element` for each element with its byte range and the line
  /// it starts on, so a caller can turn each element into a record without keeping the whole
  /// array.
  mutating func parseArrayElements(
    _ element: (JSONValue, Range<Int>, Int) -> Void
  ) throws(SyntaxError) {
    try expect(UInt8(ascii: "["), "'['")
    if peek() == UInt8(ascii: "]") {
      position += 1
      return
    }
    while true {
      skipWhitespace()
      let elementLine = line
      let start = position
      let value = try parseValue()
      element(value, start..<position, elementLine)
      switch peek() {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "]"):
        position += 1
        return
      default: throw error("expected ',' or ']', found \(describeNext())")
      }
    }
  }

  /// Parses a string at `"`; escapes decoded (``JSONScanning``), UTF-8 validated.
  mutating func parseString() throws(SyntaxError) -> String {
    let offset = bytes.startIndex
    let start = position - offset
    let end = bytes.endIndex - offset
    let scanned = bytes.withUnsafeBufferPointer { buffer in
      JSONScanning.scanString(buffer, start, end).map { found in
        let raw = UnsafeBufferPointer(rebasing: buffer[(start + 1)..<(found.next - 1)])
        let text = found.escaped ? JSONScanning.unescape(raw) : Array(raw)
        return (found.next, text.withUnsafeBufferPointer { Self.validUTF8String($0) })
      }
    }
    switch scanned {
    case .failure(let error):
      throw self.error(error.message)
    case .success(let (next, string)):
      position = next + offset
      guard let string else { throw error("invalid UTF-8 in a string") }
      return string
    }
  }

  /// Validates and copies UTF-8; ASCII (most keys and numbers) takes a shortcut.
  private static func validUTF8String(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
    return String(validating: bytes, as: UTF8.self)
  }

  private mutating func parseNumber() throws(SyntaxError) -> JSONValue {
    let start = position
    func isDigit(_ i: Int) -> Bool {
      i < bytes.endIndex && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9")
    }
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    guard isDigit(position) else { throw error("invalid number") }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
    } else {
      while isDigit(position) { position += 1 }
    }
    if position < bytes.endIndex, bytes[position] == UInt8(ascii: ".") {
      position += 1
      guard isDigit(position) else { throw error("invalid number") }
      while isDigit(position) { position += 1 }
    }
    if position < bytes.endIndex, bytes[position] | 0x20 == UInt8(ascii: "e") {
      position += 1
      if position < bytes.endIndex,
        bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")
      {
        position += 1
      }
      guard isDigit(position) else { throw error("invalid number") }
      while isDigit(position) { position += 1 }
    }
    return .number(String(decoding: bytes[start..<position], as: UTF8.self))
  }

  private mutating func literal(_ word: StaticString) throws(SyntaxError) {
    let count = word.utf8CodeUnitCount
    let matches = word.withUTF8Buffer { w in
      position + count <= bytes.endIndex && bytes[position..<(position + count)].elementsEqual(w)
    }
    guard matches else { throw error("unexpected \(describeNext())") }
    position += count
  }

  private mutating func enter() throws(SyntaxError) {
    depth += 1
    guard depth <= Self.maxDepth else {
      throw error("nesting deeper than \(Self.maxDepth) levels")
    }
  }

  private func describeNext() -> String {
    guard position < bytes.endIndex else { return "end of input" }
    let b = bytes[position]
    if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
    return "byte 0x\(String(b, radix: 16, uppercase: true))"
  }

  func error(_ message: String) -> SyntaxError { SyntaxError(line: line, message: message) }
}
