/// Byte-level pieces of reading JSON shared by the record scanner and its value decoder.
enum JSONScanning {
  /// The index of the first byte from `i` (before `end`) that ends the plain run of a string:
  /// a quote, a backslash or a control character (< 0x20); `end` when there is none. Reads
  /// eight bytes at a time (SWAR): the text of a comment is most of a table's bytes.
  @inline(__always)
  static func firstSpecial(_ p: UnsafePointer<UInt8>, from i: Int, to end: Int) -> Int {
    var i = i
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    while i + 8 <= end {
      let w = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
      let quote = w ^ (ones &* 0x22)
      let backslash = w ^ (ones &* 0x5C)
      // A byte is zero in `x` exactly when (x - 1) sets its high bit and x's is clear; bytes
      // below 0x20 are caught by subtracting 0x20 from each (bytes ≥ 0x80 never match).
      let hits =
        ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        | ((w &- ones &* 0x20) & ~w)
      let found = hits & high
      if found != 0 { return i + found.trailingZeroBitCount / 8 }
      i += 8
    }
    while i < end {
      let b = p[i]
      if b == 0x22 || b == 0x5C || b < 0x20 { return i }
      i += 1
    }
    return end
  }

  /// A string's end: from its opening quote at `start`, the index after its closing quote
  /// and whether it holds escapes. Escapes are checked; control characters are errors (RFC
  /// 8259). Returns the error's message instead when the string is not valid.
  static func scanString(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> Result<(next: Int, escaped: Bool), StringError> {
    var i = start + 1
    var escaped = false
    guard let base = bytes.baseAddress else { return .failure(StringError("unterminated string")) }
    while true {
      i = firstSpecial(base, from: i, to: end)
      guard i < end else { return .failure(StringError("unterminated string")) }
      let b = bytes[i]
      if b == UInt8(ascii: "\"") { return .success((i + 1, escaped)) }
      if b == UInt8(ascii: "\\") {
        escaped = true
        guard i + 1 < end else { return .failure(StringError("unterminated string")) }
        switch bytes[i + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
          UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          i += 2
        case UInt8(ascii: "u"):
          guard i + 6 <= end, (i + 2..<i + 6).allSatisfy({ isHexDigit(bytes[$0]) }) else {
            return .failure(StringError("invalid \\u escape"))
          }
          i += 6
        default:
          let e = bytes[i + 1]
          let shown = e >= 0x21 && e < 0x7F ? String(UnicodeScalar(e)) : "byte \(e)"
          return .failure(StringError("invalid escape '\\\(shown)' in a string"))
        }
        continue
      }
      return .failure(StringError("control character U+\(hex4(UInt32(b))) in a string"))
    }
  }

  /// Why a string is not valid JSON.
  struct StringError: Error {
    var message: String
    init(_ message: String) { self.message = message }
  }

  static func isHexDigit(_ b: UInt8) -> Bool {
    (b >= 48 && b <= 57) || (b | 0x20 >= 97 && b | 0x20 <= 102)
  }

  static func hexValue(_ b: UInt8) -> UInt32 {
    b <= 57 ? UInt32(b - 48) : UInt32((b | 0x20) - 87)
  }

  static func hex4(_ v: UInt32) -> String {
    let s = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
  }

  /// The contents of a string (between its quotes, already checked by the scanner) with its
  /// escapes decoded; an unpaired surrogate becomes U+FFFD.
  static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var i = 0
    let n = raw.count
    while i < n {
      let b = raw[i]
      guard b == 0x5C, i + 1 < n else {
        out.append(b)
        i += 1
        continue
      }
      let e = raw[i + 1]
      i += 2
      switch e {
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = hex(raw, i)
        i += 4
        if (0xD800...0xDBFF).contains(scalar) {
          if i + 6 <= n, raw[i] == 0x5C, raw[i + 1] == UInt8(ascii: "u"),
            case let low = hex(raw, i + 2), (0xDC00...0xDFFF).contains(low)
          {
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            i += 6
          } else {
            scalar = 0xFFFD
          }
        } else if (0xDC00...0xDFFF).contains(scalar) {
          scalar = 0xFFFD
        }
        UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { out.append($0) }
      default: out.append(e)  // \" \\ \/
      }
    }
    return out
  }

  private static func hex(_ raw: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32 {
    guard i + 4 <= raw.count else { return 0xFFFD }
    var v: UInt32 = 0
    for k in i..<(i + 4) { v = v << 4 | hexValue(raw[k]) }
    return v
  }
}
