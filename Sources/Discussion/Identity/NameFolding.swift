/// Folds the spellings of a name that readers take for the same name.
///
/// Commenters on Bulgarian sites write Cyrillic names with Latin look-alike letters
/// ("Съветският пeHиc" has a Latin e, H and c), change case, or add and drop spaces. Folding
/// lower-cases the name, maps every Latin letter that looks like a Cyrillic one to that
/// Cyrillic letter, and removes all whitespace, so "Kозел" (Latin K) and "козел" are one.
///
/// The map is one-to-one (a, b←B, c, e, h←H, k, m, o, p, t, x, y), so two names that differ
/// in any other letter stay apart. Digits are kept: in names they are usually meant
/// ("Иван 1985").
public enum NameFolding {
  /// Latin letter (lower case) → the Cyrillic letter it imitates (lower case).
  static let lookAlikes: [Character: Character] = [
    "a": "а", "b": "в", "c": "с", "e": "е", "h": "н", "k": "к", "m": "м", "o": "о",
    "p": "р", "t": "т", "x": "х", "y": "у",
  ]

  /// The same map on scalars, indexed by ASCII code (0 = no look-alike).
  private static let asciiLookAlike: [UInt32] = {
    var table = [UInt32](repeating: 0, count: 128)
    for (latin, cyrillic) in lookAlikes {
      table[Int(latin.asciiValue!)] = cyrillic.unicodeScalars.first!.value
    }
    return table
  }()

  /// The folded key of a name: lower-cased, look-alikes mapped, whitespace removed.
  public static func fold(_ name: String) -> String {
    var out = String.UnicodeScalarView()
    for u in name.unicodeScalars where !isSpace(u) { appendFolded(u, to: &out) }
    return String(out)
  }

  /// The words of a text or name after folding: maximal runs of letters and digits.
  /// `"Съветският пeHиc!"` → `["съветският", "пенис"]`.
  public static func foldedWords(_ text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for u in text.unicodeScalars {
      if isWordScalar(u) {
        appendFolded(u, to: &current)
      } else if !current.isEmpty {
        words.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    return words
  }

  /// The words of a text after folding, each as a 64-bit FNV-1a hash of its folded scalars:
  /// ``foldedWords(_:)`` without building a String per word, for scanning long texts
  /// (mention detection compares names to every word of every comment).
  ///
  /// - Complexity: O(n) for n scalars, no allocation but the result.
  public static func foldedWordHashes(_ text: String) -> [UInt64] {
    var text = text
    return text.withUTF8 { foldedWordHashes(utf8: $0) }
  }

  /// ``foldedWordHashes(_:)`` of a text given as valid UTF-8 (a comment's
  /// ``Comment/textUTF8``), decoded here: ASCII and Cyrillic, almost every byte of the texts,
  /// need no Unicode property lookup. A sequence cut short at the end ends the text.
  public static func foldedWordHashes(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
    var hashes: [UInt64] = []
    var hash: UInt64 = fnvOffset
    var inWord = false
    var i = 0
    let n = bytes.count
    while i < n {
      let b = UInt32(bytes[i])
      let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
      guard i + length <= n else { break }
      var v = length == 1 ? b : b & (0xFF >> (length + 1))
      for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
      i += length
      if let u = Unicode.Scalar(v), isWordScalar(u) {
        inWord = true
        forEachFolded(u) { hash = fnv(hash, $0) }
      } else if inWord {
        hashes.append(hash)
        hash = fnvOffset
        inWord = false
      }
    }
    if inWord { hashes.append(hash) }
    return hashes
  }

  /// The hash ``foldedWordHashes(_:)`` gives a word that is already folded.
  public static func hash(ofFoldedWord word: String) -> UInt64 {
    word.unicodeScalars.reduce(fnvOffset) { fnv($0, $1.value) }
  }

  private static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325

  @inline(__always) private static func fnv(_ hash: UInt64, _ value: UInt32) -> UInt64 {
    var h = hash
    var v = value
    for _ in 0..<3 {  // scalars fit in 21 bits: three bytes
      h = (h ^ UInt64(v & 0xFF)) &* 0x100_0000_01B3
      v >>= 8
    }
    return h
  }

  /// Appends one scalar folded (``forEachFolded(_:_:)``).
  @inline(__always)
  static func appendFolded(_ u: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
    forEachFolded(u) { out.append(Unicode.Scalar($0)!) }
  }

  /// The scalar values of one scalar folded: lower-cased, a Latin look-alike mapped to its
  /// Cyrillic letter. ASCII and Cyrillic take a fast path; other scripts use Unicode's
  /// lower-case mapping (which can give several scalars).
  @inline(__always)
  static func forEachFolded(_ u: Unicode.Scalar, _ body: (UInt32) -> Void) {
    let v = u.value
    if v < 128 {
      let lower = v >= 65 && v <= 90 ? v + 32 : v
      let mapped = asciiLookAlike[Int(lower)]
      body(mapped != 0 ? mapped : lower)
    } else if v >= 0x410 && v <= 0x42F {
      body(v + 0x20)
    } else if v >= 0x400 && v <= 0x40F {
      body(v + 0x50)
    } else if v >= 0x430 && v <= 0x45F {
      body(v)
    } else {
      for w in u.properties.lowercaseMapping.unicodeScalars { body(w.value) }
    }
  }

  /// Letters and digits: ASCII and Cyrillic by range, other scripts by Unicode properties.
  @inline(__always) public static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
    let v = u.value
    if v < 128 { return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
    if v >= 0x400 && v <= 0x4FF { return true }
    return u.properties.isAlphabetic || u.properties.numericType != nil
  }

  @inline(__always) static func isSpace(_ u: Unicode.Scalar) -> Bool {
    let v = u.value
    if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
    return u.properties.isWhitespace
  }

  /// Trims surrounding whitespace (non-breaking spaces included) and collapses inner runs to
  /// one space.
  public static func normalizeSpacing(_ name: String) -> String {
    if isSpacingNormal(name) { return name }
    return name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// `true` when a name has no leading, trailing or doubled space and no other whitespace.
  /// Checked on bytes (a fast path: page text has millions of names): any byte that can
  /// start a non-ASCII whitespace character (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000)
  /// sends the name to the slow path.
  static func isSpacingNormal(_ name: String) -> Bool {
    var name = name
    return name.withUTF8 { b in
      guard let first = b.first, let last = b.last, first != 0x20, last != 0x20 else {
        return b.isEmpty
      }
      var previousSpace = false
      for c in b {
        if c == 0x20 {
          if previousSpace { return false }
          previousSpace = true
          continue
        }
        previousSpace = false
        if (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) || c == 0xC2 || c == 0xE1
          || c == 0xE2 || c == 0xE3
        {
          return false
        }
      }
      return true
    }
  }
}
