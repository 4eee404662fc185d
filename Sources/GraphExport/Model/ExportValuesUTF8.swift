import Discussion

extension ExportValues {
  /// Whether the value at `row` is present (``text(at:)`` is not `nil`), without making its
  /// text.
  func hasValue(at row: Int) -> Bool {
    let (part, row) = locate(row)
    return switch part {
    case .integers(let v): v[row] != nil
    case .numbers(let v): v[row].isFinite
    case .strings(let v): v[row] != nil
    case .utf8(let v): v[row] != nil
    case .stringsByRow(_, let text): text(row) != nil
    case .booleans(let v): v[row] != nil
    case .stacked: preconditionFailure("located above")
    }
  }

  /// The UTF-8 of ``text(at:)`` handed to `body`, or `nil` without calling it when the value
  /// is missing. Integers and flags are written on the stack and text the importer read is
  /// handed over in place when it is valid UTF-8 without a NUL
  /// (``TextDecoding/withValidUTF8(_:_:)``; otherwise it is decoded as ``text(at:)`` decodes
  /// it, with U+FFFD for a bad sequence):
  /// the writers that go through every cell (CSV, XML, JSON) make no String for those.
  func withUTF8<R>(at row: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
    // The part of a stacked holding that has the row, and the row in it.
    let (part, row) = locate(row)
    switch part {
    case .integers(let v):
      guard let x = v[row] else { return nil }
      return Self.withDecimal(x, body)
    case .booleans(let v):
      guard let x = v[row] else { return nil }
      let text: StaticString = x ? "true" : "false"
      return body(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    case .utf8(let v):
      guard let x = v[row] else { return nil }
      return TextDecoding.withValidUTF8(x, body)
    case .numbers, .strings, .stringsByRow:
      guard var text = part.text(at: row) else { return nil }
      return text.withUTF8(body)
    case .stacked: preconditionFailure("located above")
    }
  }

  /// `String(x)`'s bytes, made in a stack buffer.
  private static func withDecimal<R>(_ x: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
      // Digits from the end: Int.min's magnitude has 19 digits, and the sign makes 20.
      var magnitude = x.magnitude
      var start = 20
      repeat {
        start -= 1
        buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      if x < 0 {
        start -= 1
        buffer[start] = UInt8(ascii: "-")
      }
      return body(UnsafeBufferPointer(rebasing: buffer[start..<20]))
    }
  }
}
