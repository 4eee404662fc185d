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
  /// ``Comment/textUTF8``), decoded here: ASCII (by a table) and the two-byte Cyrillic letters
  /// U+0400–U+045F, almost every byte of the texts, are folded in line; other scalars go
  /// through ``forEachFolded(_:_:)``. A sequence cut short at the end ends the text.
  public static func foldedWordHashes(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
    var hashes: [UInt64] = []
    var hash: UInt64 = fnvOffset
    var inWord = false
    var i = 0
    let n = bytes.count
    return asciiFoldedWord.withUnsafeBufferPointer { ascii in
      while i < n {
        let b = bytes[i]
        // The folded scalar of a word scalar on the fast paths, 0 for a scalar outside words.
        var folded: UInt32
        if b < 0x80 {
          folded = ascii[Int(b)]
          i &+= 1
        } else if b & 0xFE == 0xD0, i + 1 < n, b == 0xD0 || bytes[i + 1] < 0xA0 {
          // U+0400–U+045F: upper case to lower case, as forEachFolded does.
          let v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
          folded = v >= 0x430 ? v : v >= 0x410 ? v + 0x20 : v + 0x50
          i &+= 2
        } else {
          let b = UInt32(b)
          let length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
          guard i + length <= n else { break }
          var v = b & (0xFF >> (length + 1))
          for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
          i += length
          if let u = Unicode.Scalar(v), isWordScalar(u) {
            inWord = true
            forEachFolded(u) { hash = fnv(hash, $0) }
            continue
          }
          folded = 0
        }
        if folded != 0 {
          hash = fnv(hash, folded)
          inWord = true
        } else if inWord {
          hashes.append(hash)
          hash = fnvOffset
          inWord = false
        }
      }
      if inWord { hashes.append(hash) }
      return hashes
    }
  }

  /// Per ASCII code, its folded value when it is a letter or digit (``forEachFolded(_:_:)``),
  /// else 0: ``foldedWordHashes(utf8:)``'s fast path.
  private static let asciiFoldedWord: [UInt32] = (0..<128).map { v -> UInt32 in
    guard isWordScalar(Unicode.Scalar(v)!) else { return 0 }
    var folded: UInt32 = 0
    forEachFolded(Unicode.Scalar(v)!) { folded = $0 }
    return folded
  }

  /// The hash ``foldedWordHashes(_:)`` gives a word that is already folded.
  public static func hash(ofFoldedWord word: String) -> UInt64 {
    word.unicodeScalars.reduce(fnvOffset) { fnv($0, $1.value) }
  }

  private static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325

  private static let fnvPrime: UInt64 = 0x100_0000_01B3

  /// FNV-1a over the scalar's three low bytes. A zero byte's step is a bare multiplication by
  /// the prime, so the steps of the high zero bytes (two for ASCII, one for the rest of the
  /// Basic Multilingual Plane, Cyrillic included) are one multiplication by a power of it:
  /// the same hash in fewer dependent multiplications.
  @inline(__always) private static func fnv(_ hash: UInt64, _ value: UInt32) -> UInt64 {
    let p = fnvPrime
    let first = (hash ^ UInt64(value & 0xFF)) &* (value < 0x100 ? p &* p &* p : p)
    if value < 0x100 { return first }
    let second = (first ^ UInt64(value >> 8 & 0xFF)) &* (value < 0x1_0000 ? p &* p : p)
    if value < 0x1_0000 { return second }
    return (second ^ UInt64(value >> 16 & 0xFF)) &* p
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
