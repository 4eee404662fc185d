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

  /// The folded key of a name.
  public static func fold(_ name: String) -> String {
    var out = ""
    out.reserveCapacity(name.utf8.count)
    for ch in name.lowercased() {
      if ch.isWhitespace { continue }
      out.append(lookAlikes[ch] ?? ch)
    }
    return out
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
