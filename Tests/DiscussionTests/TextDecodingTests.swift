import PropertyBased
import Testing

@testable import Discussion

/// The word-at-a-time UTF-8 check against the standard library's validator.
@Suite struct TextDecodingTests {
  /// Text with every sequence length: ASCII, Cyrillic (2 bytes), typographic quotes and a
  /// dash (3 bytes), a musical symbol (4 bytes), and a non-breaking space.
  static let sample = Array(
    "Здравей, свят! „цитат“ — 𝄞 ok\u{00A0}край. До коментар #5 от \"Иван\":".utf8)

  /// The oracle: valid UTF-8 for the standard library and no NUL byte.
  func isCleanByStandardLibrary(_ bytes: [UInt8]) -> Bool {
    String(validating: bytes, as: UTF8.self) != nil && !bytes.contains(0)
  }

  func isClean(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { TextDecoding.isCleanUTF8($0) }
  }

  @Test func agreesWithTheStandardLibraryOnDamagedText() async {
    await propertyCheck(count: 3_000, input: Gen.int(in: 0...Int(Int32.max))) { seed in
      var rng = SplitMix64(seed: UInt64(seed))
      // Start anywhere (every alignment of the 8-byte words), damage up to three bytes.
      var bytes = Array(Self.sample[Int.random(in: 0..<Self.sample.count, using: &rng)...])
      bytes += Self.sample.prefix(Int.random(in: 0...Self.sample.count, using: &rng))
      for _ in 0..<Int.random(in: 0...3, using: &rng) where !bytes.isEmpty {
        let k = Int.random(in: 0..<bytes.count, using: &rng)
        bytes[k] =
          [0x00, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xD0, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xFF][
            Int.random(in: 0..<13, using: &rng)]
      }
      #expect(isClean(bytes) == isCleanByStandardLibrary(bytes), "\(bytes)")
    }
  }

  @Test func edgeCasesOfTheRules() {
    let cases: [[UInt8]] = [
      [], [0x41], [0x00], [0xD0], [0xD0, 0x9F], [0x80], [0xC0, 0x80], [0xC1, 0xBF],
      [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
      [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
      [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
      // A 2-byte sequence split across two words, valid and cut short.
      Array("abcdefgЖ".utf8) + Array("bcdefghi".utf8),
      Array("abcdefg".utf8) + [0xD0] + Array("bcdefghi".utf8),
      Array("abcdefgh".utf8) + [0x96] + Array("bcdefgh".utf8),
    ]
    for bytes in cases {
      #expect(isClean(bytes) == isCleanByStandardLibrary(bytes), "\(bytes)")
    }
  }

  /// The scans of comment texts read through ``TextDecoding/withValidUTF8(_:_:)``: they must
  /// see exactly the bytes of the String the standard library makes, clean or not (a NUL, a
  /// bad lead, a cut sequence, a surrogate, an overlong form), also from a slice that does
  /// not start at index 0, as the importer's texts do.
  @Test func validUTF8IsTheStandardLibrarysDecoding() {
    let cases: [[UInt8]] = [
      [], Array("Хей, тролче!".utf8), [0x41, 0x00, 0x42], [0xD0], [0x80, 0x41],
      Array("край".utf8) + [0xD0], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xFF, 0xFE],
      Array("ab".utf8) + [0xF0, 0x9F, 0x98] + Array("cd".utf8),
    ]
    for bytes in cases {
      let padded = [0x58, 0x59] + bytes + [0x5A]
      let slice = padded[2..<(2 + bytes.count)]
      let seen = TextDecoding.withValidUTF8(slice) { Array($0) }
      #expect(seen == Array(String(decoding: bytes, as: UTF8.self).utf8), "\(bytes)")
    }
  }
}
