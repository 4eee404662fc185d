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
  /// - Complexity: O(n): one fast pass to validate and, only when a file needs it, one to
  ///   find its problems and one to convert.
  public static func decode(_ bytes: [UInt8], file: String) throws(InputError) -> Result {
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    if bytes.count - start == 0
      || bytes[start...].allSatisfy({ $0 == 0x20 || ($0 >= 9 && $0 <= 13) })
    {
      throw InputError(file: file, message: "the file is empty")
    }
    let clean = bytes.withUnsafeBufferPointer {
      isCleanUTF8(UnsafeBufferPointer(rebasing: $0[start...]))
    }
    if clean {
      return Result(utf8: start == 0 ? bytes : Array(bytes[start...]), issues: [])
    }
    let scan = bytes.withUnsafeBufferPointer { scanUTF8($0, from: start) }
    if let nulLine = scan.firstNULLine {
      throw InputError(
        file: file, line: nulLine, message: "binary data (a NUL byte): not a text file of comments")
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

  /// A comment table's bytes made clean UTF-8 as ``decode(_:file:)`` makes a page's — a
  /// byte-order mark dropped, Windows-1251 converted, invalid sequences replaced with U+FFFD
  /// and reported by line — except that an empty table is no error (it holds no records) and
  /// NUL bytes are left to the table's parser (a CSV cell may hold one).
  static func decodeTable(_ bytes: [UInt8], file: String) -> Result {
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    let body = start == 0 ? bytes : Array(bytes[start...])
    if body.withUnsafeBufferPointer({ isCleanUTF8($0) })
      || String(validating: body, as: UTF8.self) != nil
    {
      return Result(utf8: body, issues: [])
    }
    if let decoded = try? decode(bytes, file: file) { return decoded }
    // NUL bytes and invalid sequences together: repaired without the NUL check.
    let repaired = Array(String(decoding: body, as: UTF8.self).utf8)
    return Result(
      utf8: repaired,
      issues: [
        .init(
          kind: .encoding, file: file, line: 0, message: "invalid UTF-8 bytes replaced with U+FFFD")
      ])
  }

  /// `bytes` handed to `body` as valid UTF-8: in place when they are valid without a NUL
  /// (``isCleanUTF8(_:)``, which reads a word at a time), else the UTF-8 of
  /// `String(decoding:as:)`, with U+FFFD for each bad sequence. Either way `body` sees the
  /// bytes of `String(decoding: bytes, as: UTF8.self)`, and for clean text no String is made
  /// (making one validates and copies the bytes again: the scans of every comment's text for
  /// hostility, accusations and loudness spent about a tenth of their time doing so).
  /// - Complexity: O(n) for n bytes.
  public static func withValidUTF8<R>(
    _ bytes: ArraySlice<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> R
  ) rethrows -> R {
    try bytes.withUnsafeBufferPointer { buffer in
      if buffer.isEmpty || isCleanUTF8(buffer) { return try body(buffer) }
      var text = String(decoding: buffer, as: UTF8.self)
      return try text.withUTF8(body)
    }
  }

  /// `true` when `buffer` is valid UTF-8 without a NUL byte: the fast path for the files
  /// that need nothing done, so ``scanUTF8(_:from:)`` runs only to explain a problem.
  ///
  /// It reads eight bytes at a time as one word (SWAR, "SIMD within a register"): a word of
  /// ASCII and 2-byte sequences (all of Cyrillic) is checked with a dozen word operations,
  /// about 4 GB/s against 1 GB/s byte by byte. A word holding a 3- or 4-byte lead is checked
  /// sequence by sequence with the full rules (overlong forms, surrogates, > U+10FFFF).
  public static func isCleanUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let p = buffer.baseAddress else { return true }
    let n = buffer.count
    let high: UInt64 = 0x8080_8080_8080_8080
    let ones: UInt64 = 0x0101_0101_0101_0101
    var i = 0
    // 0x80 when the previous word ended with a 2-byte lead: this word must start with its
    // continuation byte.
    var carry: UInt64 = 0
    while i + 8 <= n {
      let w = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
      let shifted = w << 1  // bit 6 of each byte moved to bit 7
      let lead = w & shifted & high  // 11xxxxxx
      let continuation = w & ~shifted & high  // 10xxxxxx
      let nul = (w &- ones) & ~w & high  // nonzero exactly when some byte is 0
      let wide = lead & (w << 2)  // 111xxxxx: a 3- or 4-byte lead, or an invalid byte
      // 0xC0 and 0xC1 (overlong 2-byte forms) have bits 1–4 clear.
      let overlong = lead & ~((w & 0x1E1E_1E1E_1E1E_1E1E) &+ 0x7F7F_7F7F_7F7F_7F7F)
      if nul | wide | overlong == 0 {
        // Each 2-byte lead is followed by a continuation byte, and only by one.
        if continuation != (lead << 8) | carry { return false }
        carry = lead >> 56
        i += 8
        continue
      }
      if nul != 0 || overlong & ~wide != 0 { return false }
      var j = carry != 0 ? i - 1 : i
      while j < i + 8 {
        let k = sequenceLength(p, at: j, count: n)
        if k == 0 { return false }
        j += k
      }
      carry = 0
      i = j
    }
    var j = carry != 0 ? i - 1 : i
    while j < n {
      let k = sequenceLength(p, at: j, count: n)
      if k == 0 { return false }
      j += k
    }
    return true
  }

  /// The length of the valid UTF-8 sequence at `i`, or 0 when it is invalid or a NUL byte.
  @inline(__always)
  static func sequenceLength(_ p: UnsafePointer<UInt8>, at i: Int, count n: Int) -> Int {
    let c = p[i]
    if c < 0x80 { return c == 0 ? 0 : 1 }
    if c >= 0xC2 && c <= 0xDF { return i + 1 < n && p[i + 1] & 0xC0 == 0x80 ? 2 : 0 }
    if c >= 0xE0 && c <= 0xEF {
      guard i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 else { return 0 }
      let c1 = p[i + 1]
      return (c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) ? 0 : 3
    }
    if c >= 0xF0 && c <= 0xF4 {
      guard i + 3 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80
      else { return 0 }
      let c1 = p[i + 1]
      return (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90) ? 0 : 4
    }
    return 0
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
      let len = sequenceLength(p, at: i, count: n)
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
