import Discussion

/// A comment's text as the set of its word 3-shingles (three consecutive words after
/// ``NameFolding`` folding, hashed), the unit of near-duplicate detection (Broder, "On the
/// resemblance and containment of documents", 1997).
enum TextShingles {
  /// Words in a shingle.
  static let width = 3

  /// The sorted, distinct shingle hashes of `text`, or `nil` when it has fewer than
  /// `minWords` words: a short stock phrase ("Браво!", "Срамота!") is no evidence.
  static func of(_ text: ArraySlice<UInt8>, minWords: Int) -> [UInt64]? {
    let words = text.withUnsafeBufferPointer { NameFolding.foldedWordHashes(utf8: $0) }
    guard words.count >= max(minWords, width) else { return nil }
    var shingles: [UInt64] = []
    shingles.reserveCapacity(words.count - width + 1)
    for i in 0...(words.count - width) {
      shingles.append(
        mix(words[i] &* 0x9E37_79B9_7F4A_7C15 ^ mix(words[i + 1]) ^ words[i + 2] << 1))
    }
    shingles.sort()
    var unique: [UInt64] = []
    unique.reserveCapacity(shingles.count)
    for s in shingles where unique.last != s { unique.append(s) }
    return unique
  }

  /// |A ∩ B| / |A ∪ B| of two sorted sets.
  static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
    var i = 0
    var j = 0
    var common = 0
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        common += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    let union = a.count + b.count - common
    return union == 0 ? 0 : Double(common) / Double(union)
  }

  /// A 64-bit finaliser (SplitMix64's), so that similar inputs give unrelated hashes.
  @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
