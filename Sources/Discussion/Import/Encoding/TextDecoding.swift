/// Turns the bytes of a text file into clean UTF-8: strips a byte-order mark, detects
/// Windows-1251 (the usual legacy encoding of Bulgarian text) and converts it, and replaces
/// invalid UTF-8 sequences with U+FFFD, reporting each line where it did so.
public enum TextDecoding {
  /// The decoded bytes and what was done to them.
  public struct Result: Sendable {
    public var utf8: [UInt8]
    public var issues: [IntegrityReport.Issue]
  }

  /// Decodes `bytes` read from `file`.
  ///
  /// - Throws: ``InputError`` when the file is empty or binary (it holds NUL bytes).
  /// - Complexity: O(n), one pass to validate and, only when needed, one to convert.
  public static func decode(_ bytes: [UInt8], file: String) throws(InputError) -> Result {
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    if bytes.count - start == 0
      || bytes[start...].allSatisfy({ $0 == 0x20 || ($0 >= 9 && $0 <= 13) })
    {
      throw InputError(file: file, message: "the file is empty")
    }
    let scan = bytes.withUnsafeBufferPointer { scanUTF8($0, from: start) }
    if let nulLine = scan.firstNULLine {
      throw InputError(
        file: file, line: nulLine, message: "binary data (a NUL byte): not a text file of comments")
    }
    if scan.invalidCount == 0 {
      return Result(utf8: start == 0 ? bytes : Array(bytes[start...]), issues: [])
    }
    if scan.validMultibyteCount == 0 {
      return Result(
        utf8: windows1251ToUTF8(bytes[start...]),
        issues: [
          .init(
            kind: .encoding, file: file, line: 0,
            message: "not UTF-8: decoded as Windows-1251 (\(scan.invalidCount) non-ASCII bytes)")
        ])
    }
    var issues: [IntegrityReport.Issue] = []
    for line in scan.invalidLines.prefix(100) {
      issues.append(
        .init(
          kind: .encoding, file: file, line: line,
          message: "invalid UTF-8 bytes replaced with U+FFFD"))
    }
    if scan.invalidLines.count > 100 {
      issues.append(
        .init(
          kind: .encoding, file: file, line: 0,
          message: "invalid UTF-8 on \(scan.invalidLines.count - 100) more lines"))
    }
    let repaired = String(decoding: bytes[start...], as: UTF8.self)
    return Result(utf8: Array(repaired.utf8), issues: issues)
  }

  struct Scan {
    var invalidCount = 0
    var validMultibyteCount = 0
    var invalidLines: [Int] = []
    var firstNULLine: Int?
  }

  /// One pass over the bytes: valid multi-byte sequences, invalid bytes and their lines, and
  /// the line of the first NUL byte. Written for speed on Cyrillic text (mostly 2-byte
  /// sequences): about five instructions a byte.
  static func scanUTF8(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Scan {
    var scan = Scan()
    guard let p = buffer.baseAddress, start < buffer.count else { return scan }
    var line = 1
    var i = start
    let n = buffer.count
    while i < n {
      let c = p[i]
      if c < 0x80 {
        if c <= 10 {
          if c == 10 {
            line += 1
          } else if c == 0 {
            scan.firstNULLine = line
            return scan
          }
        }
        i += 1
        continue
      }
      // The common case in Cyrillic text: a 2-byte sequence.
      if c >= 0xC2 && c <= 0xDF && i + 1 < n && p[i + 1] & 0xC0 == 0x80 {
        scan.validMultibyteCount += 1
        i += 2
        continue
      }
      var len = 0
      if c >= 0xE0 && c <= 0xEF {
        if i + 2 < n && p[i + 1] & 0xC0 == 0x80 && p[i + 2] & 0xC0 == 0x80 {
          let c1 = p[i + 1]
          let overlong = c == 0xE0 && c1 < 0xA0
          let surrogate = c == 0xED && c1 >= 0xA0
          len = overlong || surrogate ? 0 : 3
        }
      } else if c >= 0xF0 && c <= 0xF4 {
        if i + 3 < n && p[i + 1] & 0xC0 == 0x80 && p[i + 2] & 0xC0 == 0x80
          && p[i + 3] & 0xC0 == 0x80
        {
          let c1 = p[i + 1]
          len = (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90) ? 0 : 4
        }
      }
      if len == 0 {
        scan.invalidCount += 1
        if scan.invalidLines.last != line { scan.invalidLines.append(line) }
        i += 1
      } else {
        scan.validMultibyteCount += 1
        i += len
      }
    }
    return scan
  }

  /// Windows-1251 → UTF-8.
  static func windows1251ToUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count * 2)
    for b in bytes {
      if b < 0x80 {
        out.append(b)
        continue
      }
      let scalar: UInt32 = b >= 0xC0 ? 0x0410 + UInt32(b - 0xC0) : UInt32(cp1251High[Int(b - 0x80)])
      out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
    }
    return out
  }

  /// Windows-1251 bytes 0x80–0xBF (0xC0–0xFF are А–я in order).
  static let cp1251High: [UInt16] = [
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409,
    0x2039, 0x040A, 0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0,
    0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB,
    0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6,
    0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
  ]
}
