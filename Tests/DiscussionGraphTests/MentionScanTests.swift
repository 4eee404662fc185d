import Discussion
import PropertyBased
import Testing

@testable import DiscussionGraph

/// The shortcuts of mention detection's scan against what they stand in for.
@Suite struct MentionScanTests {
  /// Scalars that may open a comment number or a quoted name, and the bytes around them.
  static let alphabet: [Unicode.Scalar] = [
    "#", "\"", "„", "“", "«", "»", "”", "—", "…", "’", "\u{A0}", "\u{C2}", "\u{E2}", "\u{2000}",
    "\u{2080}", "\u{201D}", "a", "ж", " ", "€", "😀",
  ]

  /// `mayReference` is true exactly when the decoded text holds `#`, `"`, `„`, `“` or `«`,
  /// among decoys that share its bytes (`”`, `»`, U+2080, U+00C2).
  @Test func mayReferenceFindsEveryOpeningQuoteAndNothingElse() async {
    await propertyCheck(count: 3_000, input: Gen.int(in: 0...Int(Int32.max))) { seed in
      var rng = SplitMix64(seed: UInt64(seed))
      var text = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0...40, using: &rng) {
        // Mostly plain letters, so that most texts have none or one opener.
        text.append(
          Int.random(in: 0..<4, using: &rng) == 0
            ? Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &rng)] : "я")
      }
      let expected = text.contains { ["#", "\"", "„", "“", "«"].contains($0) }
      let bytes = Array(String(text).utf8)
      #expect(
        bytes.withUnsafeBufferPointer { MentionDetector.mayReference($0) } == expected,
        "\(bytes)")
    }
  }

  /// No false negatives, and about one false positive in eight at the filter's eight bits a
  /// hash (1 − e^(−1/8) ≈ 11.8 %).
  @Test func wordHashFilterHoldsWhatWasInsertedAndLittleElse() {
    var rng = SplitMix64(seed: 7)
    for count in [0, 1, 5, 120, 3_000] {
      let inserted = (0..<count).map { _ in UInt64.random(in: .min ... .max, using: &rng) }
      var filter = WordHashFilter(capacity: count)
      for hash in inserted { filter.insert(hash) }
      #expect(inserted.allSatisfy(filter.mayContain))
      let probes = 20_000
      let falsePositives = (0..<probes).count { _ in
        filter.mayContain(UInt64.random(in: .min ... .max, using: &rng))
      }
      #expect(Double(falsePositives) / Double(probes) < (count == 0 ? 0.0001 : 0.16), "\(count)")
    }
    // FNV-1a hashes of words that differ in their last letter (low bits alike) spread too.
    let words = (0..<1_000).map { NameFolding.hash(ofFoldedWord: "думата\($0)") }
    var filter = WordHashFilter(capacity: 500)
    for hash in words.prefix(500) { filter.insert(hash) }
    #expect(words.suffix(500).count(where: filter.mayContain) < 80)
  }
}
