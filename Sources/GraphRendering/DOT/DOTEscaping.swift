/// Escaping for the three kinds of text a diagram puts into DOT: labels, tooltips and the text
/// of HTML-like labels.
///
/// Each must survive three readers: the DOT lexer (quotes, backslashes, line ends), Graphviz's
/// own label processing (`\N`, `\G`, `\n` escapes and HTML entities), and the XML of the SVG
/// that Graphviz writes (control characters are not allowed in XML 1.0, so no escaping can
/// carry them: they become spaces). What Graphviz 2.42 does with each, as measured:
///
/// | written in DOT       | label shows | tooltip shows |
/// |----------------------|-------------|---------------|
/// | `\\N`                | `\N`        | the node name |
/// | `\\\\N`              | `\\N`       | `\N`          |
/// | `&amp;`              | `&`         | `&`           |
///
/// So a backslash is doubled in labels and quadrupled in tooltips, and `&` is always written
/// as `&amp;` (Graphviz decodes entities in both, and would turn `&lt;` typed by a commenter
/// into `<`).
public enum DOTEscaping {
  /// A DOT quoted string for a label: `"` and `\` escaped, each line break a centred `\n`,
  /// `&` as an entity, control characters as spaces.
  ///
  /// - Complexity: O(n) in the length of `text`.
  public static func label(_ text: String) -> String {
    quoted(text, backslash: "\\\\", lineBreak: "\\n", ampersand: "&amp;")
  }

  /// A DOT quoted string for a `tooltip` (or any attribute Graphviz expands `\N` in, and does
  /// not break into lines): as ``label(_:)``, but a backslash is written four times and a
  /// line break becomes a space.
  public static func tooltip(_ text: String) -> String {
    quoted(text, backslash: "\\\\\\\\", lineBreak: " ", ampersand: "&amp;")
  }

  /// A DOT quoted string for an identifier or a plain attribute value (colours, names): only
  /// `"` and `\` escaped, control characters as spaces.
  public static func identifier(_ text: String) -> String {
    quoted(text, backslash: "\\\\", lineBreak: " ", ampersand: "&")
  }

  /// Text for the inside of an HTML-like label (`label=<…>`): `&`, `<`, `>`, `"` and `'` as
  /// entities, line breaks as `<br/>`, control characters as spaces.
  public static func html(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 8)
    forEachCleanScalar(text) { scalar in
      switch scalar {
      case "&": out += Array("&amp;".utf8)
      case "<": out += Array("&lt;".utf8)
      case ">": out += Array("&gt;".utf8)
      case "\"": out += Array("&quot;".utf8)
      case "'": out += Array("&#39;".utf8)
      case "\n": out += Array("<br/>".utf8)
      default: out.append(contentsOf: scalar.utf8)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether a scalar can appear in XML 1.0 text (the SVG Graphviz writes).
  static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// Calls `body` with the scalars of `text`, line ends normalised to "\n" (CR LF, CR, NEL,
  /// U+2028, U+2029), and tabs, other control characters, DEL, C1 controls and
  /// non-characters replaced by a space.
  ///
  /// - Complexity: O(n) in the length of `text`.
  static func forEachCleanScalar(_ text: String, _ body: (Unicode.Scalar) -> Void) {
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar.value {
      case 0x0A where previousWasCR: continue
      case 0x0A, 0x0D, 0x2028, 0x2029, 0x85: body("\n")
      case 0x20..<0x7F: body(scalar)
      case 0x7F...0x9F: body(" ")
      default: body(isXMLCharacter(scalar) && scalar.value >= 0x20 ? scalar : " ")
      }
    }
  }

  /// The cleaned text (see ``forEachCleanScalar(_:_:)``).
  static func cleaned(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    forEachCleanScalar(text) { out.append($0) }
    return String(out)
  }

  private static func quoted(
    _ text: String, backslash: String, lineBreak: String, ampersand: String
  ) -> String {
    let backslash = Array(backslash.utf8)
    let lineBreak = Array(lineBreak.utf8)
    let ampersand = Array(ampersand.utf8)
    var out: [UInt8] = [UInt8(ascii: "\"")]
    out.reserveCapacity(text.utf8.count + 8)
    forEachCleanScalar(text) { scalar in
      switch scalar {
      case "\"": out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case "\\": out += backslash
      case "&": out += ampersand
      case "\n": out += lineBreak
      default: out.append(contentsOf: scalar.utf8)
      }
    }
    out.append(UInt8(ascii: "\""))
    return String(decoding: out, as: UTF8.self)
  }
}
