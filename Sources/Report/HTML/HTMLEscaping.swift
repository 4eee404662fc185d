/// Escaping of user text (commenter names, comment texts, thread titles, file names) for
/// each context of the report, so that no text ever becomes markup or code: a name like
/// `<img src=x onerror=alert(1)>` or `</script><script>…` shows as the characters it is.
enum HTMLEscaping {
  /// Text content of an element (also SVG `<text>` and `<title>`): `&`, `<`, `>`.
  static func text(_ s: String) -> String { escaped(s, quotes: false) }

  /// A double-quoted attribute value: `&`, `<`, `>`, `"` and `'`.
  static func attribute(_ s: String) -> String { escaped(s, quotes: true) }

  private static func escaped(_ s: String, quotes: Bool) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where quotes: out += "&quot;"
      case "'" where quotes: out += "&#39;"
      default: out.unicodeScalars.append(Self.visible(c))
      }
    }
    return out
  }

  /// JSON text made safe inside `<script type="application/json">`: every `<`, `>` and `&`
  /// becomes its `\u` escape (they occur only inside JSON strings, where the escape means the
  /// same character), so no `</script>` or `<!--` can end or change the element; U+2028 and
  /// U+2029 are escaped too.
  static func scriptJSON(_ json: String) -> String {
    var out = ""
    out.reserveCapacity(json.utf8.count)
    for c in json.unicodeScalars {
      switch c {
      case "<": out += "\\u003c"
      case ">": out += "\\u003e"
      case "&": out += "\\u0026"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// Control characters other than tab and line ends are not allowed in HTML text: shown as
  /// U+FFFD, never dropped silently.
  private static func visible(_ c: Unicode.Scalar) -> Unicode.Scalar {
    switch c.value {
    case 0x09, 0x0A, 0x0D: c
    case 0x00...0x1F, 0x7F...0x9F: "\u{FFFD}"
    default: c
    }
  }
}
