/// Reads one JSON object (a table record) against a ``FieldPlan``: the values of the keys the
/// plan reads are located (not copied) in their slots, objects holding read keys are
/// descended into, and every other value is checked and skipped without being built. Each key
/// not read is counted by name (``UnreadFieldCounter``), so that the integrity summary can
/// name every field of a table it did not read.
///
/// Building a tree of every value, as a general JSON parser does, costs most of the time of
/// reading a Reddit dump, whose records hold about 60 fields of which 10 are read.
///
/// The grammar is RFC 8259's; strings must be UTF-8 (the caller checks a whole chunk at once),
/// and nesting deeper than ``JSONParser/maxDepth`` is an error, never a stack overflow.
/// - Complexity: O(*n*) for a record of *n* bytes; each key not read costs one comparison
///   with the key at the same position of the previous record (records of one file mostly
///   list their keys in one order), else one hash look-up.
struct JSONRecordScanner {
  /// Where a slot's value lies in the scanned bytes.
  enum RawValue: Equatable {
    case absent
    case null
    case bool(Bool)
    case number(Range<Int>)
    /// A string's contents between its quotes; `escaped` when it holds a backslash.
    case string(Range<Int>, escaped: Bool)
    case object
    case array
  }

  struct SyntaxError: Error {
    var message: String
  }

  let plan: FieldPlan
  /// The values of the last record scanned, by slot.
  private(set) var slots: [RawValue]
  /// Keys not read, and in how many records each was.
  var unread = UnreadFieldCounter()
  /// Per plan node, the keys met at each member position of the last record: raw bytes and
  /// what they resolved to.
  private var keyCache: [[CachedKey]]
  private var depth = 0

  private struct CachedKey {
    var bytes: [UInt8]
    var resolution: Resolution
  }

  private enum Resolution {
    case read(FieldPlan.Entry)
    case unread(Int)
  }

  init(plan: FieldPlan) {
    self.plan = plan
    slots = Array(repeating: .absent, count: plan.slotCount)
    keyCache = Array(repeating: [], count: plan.nodes.count)
  }

  /// Scans the value at `start` in `bytes` (whitespace around it allowed, up to `end`). Returns
  /// `false`, with the value's kind, when it is valid JSON but not an object.
  mutating func scanRecord(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) throws(SyntaxError) -> (isObject: Bool, kind: String) {
    for i in slots.indices { slots[i] = .absent }
    depth = 0
    var i = skipSpace(bytes, start, end)
    guard i < end else { throw SyntaxError(message: "unexpected end of input") }
    let isObject = bytes[i] == UInt8(ascii: "{")
    let kind: String
    if isObject {
      i = try scanObject(bytes, i, end, node: 0)
      kind = "an object"
    } else {
      let first = bytes[i]
      i = try skipValue(bytes, i, end)
      kind = Self.kindName(first)
    }
    i = skipSpace(bytes, i, end)
    guard i == end else {
      throw SyntaxError(message: "unexpected \(Self.describe(bytes, i, end)) after the value")
    }
    return (isObject, kind)
  }

  // MARK: - Objects

  private mutating func scanObject(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, node: Int
  ) throws(SyntaxError) -> Int {
    try enter()
    defer { depth -= 1 }
    var i = skipSpace(bytes, start + 1, end)
    if i < end && bytes[i] == UInt8(ascii: "}") { return i + 1 }
    var position = 0
    while true {
      guard i < end, bytes[i] == UInt8(ascii: "\"") else {
        throw SyntaxError(message: "expected a member name, found \(Self.describe(bytes, i, end))")
      }
      let (keyEnd, escaped) = try scanString(bytes, i, end)
      let keyRange = (i + 1)..<(keyEnd - 1)
      i = skipSpace(bytes, keyEnd, end)
      guard i < end, bytes[i] == UInt8(ascii: ":") else {
        throw SyntaxError(message: "expected ':', found \(Self.describe(bytes, i, end))")
      }
      i = skipSpace(bytes, i + 1, end)
      guard i < end else { throw SyntaxError(message: "unexpected end of input") }
      let resolution = resolve(bytes, keyRange, escaped: escaped, node: node, position: position)
      position += 1
      switch resolution {
      case .unread(let counter):
        unread.count(counter)
        i = try skipValue(bytes, i, end)
      case .read(let entry):
        let first = bytes[i]
        if first == UInt8(ascii: "{") && entry.child >= 0 {
          if entry.slot >= 0 { slots[entry.slot] = .object }
          i = try scanObject(bytes, i, end, node: entry.child)
        } else if entry.slot >= 0 {
          (slots[entry.slot], i) = try scanValue(bytes, i, end)
        } else {
          // A key whose members are read, holding something else: nothing to read in it.
          unread.count(unread.index(of: plan.nodes[node].prefix + keyString(bytes, keyRange)))
          i = try skipValue(bytes, i, end)
        }
      }
      i = skipSpace(bytes, i, end)
      guard i < end else { throw SyntaxError(message: "unexpected end of input in an object") }
      if bytes[i] == UInt8(ascii: ",") {
        i = skipSpace(bytes, i + 1, end)
        continue
      }
      if bytes[i] == UInt8(ascii: "}") { return i + 1 }
      throw SyntaxError(message: "expected ',' or '}', found \(Self.describe(bytes, i, end))")
    }
  }

  /// What a key of `node` at member `position` resolves to: the cached answer when the key
  /// is the one met there in the last record, else a look-up (lower-cased).
  private mutating func resolve(
    _ bytes: UnsafeBufferPointer<UInt8>, _ key: Range<Int>, escaped: Bool, node: Int,
    position: Int
  ) -> Resolution {
    let raw = UnsafeBufferPointer(rebasing: bytes[key])
    if position < keyCache[node].count, keyCache[node][position].bytes.elementsEqual(raw) {
      return keyCache[node][position].resolution
    }
    let name = escaped ? JSONScanning.unescape(raw) : Array(raw)
    let lower = name.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
    let resolution: Resolution
    if let entry = lower.withUnsafeBufferPointer({ plan.entry(node: node, key: $0) }) {
      resolution = .read(entry)
    } else {
      let display = plan.nodes[node].prefix + String(decoding: name, as: UTF8.self)
      resolution = .unread(unread.index(of: display))
    }
    let cached = CachedKey(bytes: Array(raw), resolution: resolution)
    if position < keyCache[node].count {
      keyCache[node][position] = cached
    } else if position == keyCache[node].count {
      keyCache[node].append(cached)
    }
    return resolution
  }

  private func keyString(_ bytes: UnsafeBufferPointer<UInt8>, _ key: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[key]), as: UTF8.self)
  }

  // MARK: - Values

  /// A value read into a slot: located, checked, not copied. Objects and arrays are skipped.
  private mutating func scanValue(
    _ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int
  ) throws(SyntaxError) -> (RawValue, Int) {
    switch bytes[i] {
    case UInt8(ascii: "\""):
      let (next, escaped) = try scanString(bytes, i, end)
      return (.string((i + 1)..<(next - 1), escaped: escaped), next)
    case UInt8(ascii: "t"):
      return (.bool(true), try literal(bytes, i, end, "true"))
    case UInt8(ascii: "f"):
      return (.bool(false), try literal(bytes, i, end, "false"))
    case UInt8(ascii: "n"):
      return (.null, try literal(bytes, i, end, "null"))
    case UInt8(ascii: "{"):
      return (.object, try skipValue(bytes, i, end))
    case UInt8(ascii: "["):
      return (.array, try skipValue(bytes, i, end))
    default:
      let next = try scanNumber(bytes, i, end)
      return (.number(i..<next), next)
    }
  }

  /// Checks and skips any value; returns the index after it.
  private mutating func skipValue(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) throws(SyntaxError) -> Int {
    switch bytes[start] {
    case UInt8(ascii: "\""): return try scanString(bytes, start, end).next
    case UInt8(ascii: "t"): return try literal(bytes, start, end, "true")
    case UInt8(ascii: "f"): return try literal(bytes, start, end, "false")
    case UInt8(ascii: "n"): return try literal(bytes, start, end, "null")
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      try enter()
      defer { depth -= 1 }
      let isObject = bytes[start] == UInt8(ascii: "{")
      let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
      var i = skipSpace(bytes, start + 1, end)
      if i < end && bytes[i] == close { return i + 1 }
      while true {
        if isObject {
          guard i < end, bytes[i] == UInt8(ascii: "\"") else {
            throw SyntaxError(
              message: "expected a member name, found \(Self.describe(bytes, i, end))")
          }
          i = skipSpace(bytes, try scanString(bytes, i, end).next, end)
          guard i < end, bytes[i] == UInt8(ascii: ":") else {
            throw SyntaxError(message: "expected ':', found \(Self.describe(bytes, i, end))")
          }
          i = skipSpace(bytes, i + 1, end)
        }
        guard i < end else { throw SyntaxError(message: "unexpected end of input") }
        i = skipSpace(bytes, try skipValue(bytes, i, end), end)
        guard i < end else { throw SyntaxError(message: "unexpected end of input") }
        if bytes[i] == UInt8(ascii: ",") {
          i = skipSpace(bytes, i + 1, end)
          continue
        }
        if bytes[i] == close { return i + 1 }
        let expected = isObject ? "',' or '}'" : "',' or ']'"
        throw SyntaxError(message: "expected \(expected), found \(Self.describe(bytes, i, end))")
      }
    default:
      return try scanNumber(bytes, start, end)
    }
  }

  /// Skips a string at its opening quote; returns the index after the closing quote and
  /// whether it holds escapes.
  private func scanString(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) throws(SyntaxError) -> (next: Int, escaped: Bool) {
    switch JSONScanning.scanString(bytes, start, end) {
    case .success(let found): return found
    case .failure(let error): throw SyntaxError(message: error.message)
    }
  }

  private func scanNumber(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) throws(SyntaxError) -> Int {
    var i = start
    func isDigit(_ i: Int) -> Bool { i < end && bytes[i] >= 48 && bytes[i] <= 57 }
    if i < end && bytes[i] == UInt8(ascii: "-") { i += 1 }
    guard isDigit(i) else {
      throw SyntaxError(message: "unexpected \(Self.describe(bytes, start, end))")
    }
    if bytes[i] == UInt8(ascii: "0") {
      i += 1
    } else {
      while isDigit(i) { i += 1 }
    }
    if i < end && bytes[i] == UInt8(ascii: ".") {
      i += 1
      guard isDigit(i) else { throw SyntaxError(message: "invalid number") }
      while isDigit(i) { i += 1 }
    }
    if i < end && bytes[i] | 0x20 == UInt8(ascii: "e") {
      i += 1
      if i < end && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
      guard isDigit(i) else { throw SyntaxError(message: "invalid number") }
      while isDigit(i) { i += 1 }
    }
    return i
  }

  private func literal(
    _ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ word: StaticString
  ) throws(SyntaxError) -> Int {
    let n = word.utf8CodeUnitCount
    let matches = word.withUTF8Buffer { w in
      i + n <= end && bytes[i..<(i + n)].elementsEqual(w)
    }
    guard matches else { throw SyntaxError(message: "unexpected \(Self.describe(bytes, i, end))") }
    return i + n
  }

  private mutating func enter() throws(SyntaxError) {
    depth += 1
    guard depth <= JSONParser.maxDepth else {
      throw SyntaxError(message: "nesting deeper than \(JSONParser.maxDepth) levels")
    }
  }

  @inline(__always)
  private func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
    var i = i
    while i < end {
      let b = bytes[i]
      guard b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D else { break }
      i += 1
    }
    return i
  }

  static func describe(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> String {
    guard i < end else { return "end of input" }
    let b = bytes[i]
    if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
    return "byte 0x\(String(b, radix: 16, uppercase: true))"
  }

  static func kindName(_ first: UInt8) -> String {
    switch first {
    case UInt8(ascii: "\""): "a string"
    case UInt8(ascii: "["): "an array"
    case UInt8(ascii: "t"), UInt8(ascii: "f"): "a boolean"
    case UInt8(ascii: "n"): "null"
    default: "a number"
    }
  }
}

/// The fields of a table that were not read, and in how many records each appeared.
struct UnreadFieldCounter: Sendable {
  private(set) var names: [String] = []
  private(set) var counts: [Int] = []
  private var indexByName: [String: Int] = [:]

  /// The counter of a field name (case as first seen; names differing only in ASCII case
  /// share a counter).
  mutating func index(of name: String) -> Int {
    let key = name.asciiLowercased
    if let k = indexByName[key] { return k }
    indexByName[key] = names.count
    names.append(name)
    counts.append(0)
    return names.count - 1
  }

  mutating func count(_ k: Int) { counts[k] += 1 }

  /// Every count back to 0, names and their counters kept.
  mutating func resetCounts() {
    for k in counts.indices { counts[k] = 0 }
  }

  /// Adds `n` records to a field's count by name.
  mutating func add(_ name: String, records n: Int) {
    guard n > 0 else { return }
    counts[index(of: name)] += n
  }

  /// Adds another counter's fields.
  mutating func merge(_ other: UnreadFieldCounter) {
    for (k, name) in other.names.enumerated() { add(name, records: other.counts[k]) }
  }

  /// Each field with its count, by name.
  var fields: [(name: String, records: Int)] {
    var fields = zip(names, counts).filter { $0.1 > 0 }.map { (name: $0.0, records: $0.1) }
    fields.sortByUTF8(\.name)
    return fields
  }
}
