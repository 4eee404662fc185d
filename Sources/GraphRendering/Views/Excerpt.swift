import Discussion

/// Short forms of comments and times for labels and tooltips.
enum Excerpt {
  /// The first `limit` Unicode scalars of `text` with runs of white space (line breaks
  /// included) as one space, and "…" when cut. (Scalars, not characters: counting grapheme
  /// clusters costs more than the rest of a diagram; a cut inside a cluster only loses a mark.)
  ///
  /// - Complexity: O(limit) plus the white space skipped.
  static func of(_ text: String, limit: Int = 160) -> String {
    var out = String.UnicodeScalarView()
    var count = 0
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if isSpace(scalar) {
        pendingSpace = count > 0
        continue
      }
      if count >= limit {
        out.append("…")
        break
      }
      if pendingSpace {
        out.append(" ")
        count += 1
        pendingSpace = false
      }
      out.append(scalar)
      count += 1
    }
    return String(out)
  }

  /// A name, id or title as labels and tooltips show it: unchanged up to `limit` Unicode
  /// scalars, else its first `limit − 1` and "…" (a commenter may be called anything, and a
  /// 100,000-character name must not make a node wider than the diagram). Data formats keep
  /// the whole name.
  /// - Complexity: O(limit).
  static func name(_ text: String, limit: Int = 48) -> String {
    let scalars = text.unicodeScalars
    guard let end = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex),
      end != scalars.endIndex
    else { return text }
    let cut = scalars.index(scalars.startIndex, offsetBy: limit - 1)
    return String(String.UnicodeScalarView(scalars[..<cut])) + "…"
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      true
    default: false
    }
  }

  /// `HH:MM` in the comment's own local time.
  static func clock(_ time: CommentTime) -> String {
    let f = time.localFields
    return two(f.hour) + ":" + two(f.minute)
  }

  /// `YYYY-MM-DD HH:MM` in the comment's own local time.
  static func dateTime(_ time: CommentTime) -> String {
    let f = time.localFields
    return "\(f.year)-\(two(f.month))-\(two(f.day)) \(two(f.hour)):\(two(f.minute))"
  }

  private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
