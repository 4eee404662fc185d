/// Text for XML documents (GraphML, GEXF).
///
/// XML 1.0 cannot carry every character: `Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] |
/// [#xE000-#xFFFD] | [#x10000-#x10FFFF]` (W3C XML 1.0, § 2.2), not even escaped. Those
/// outside it (C0 controls but tab, LF and CR; U+FFFE, U+FFFF) are removed, so that every
/// consumer parses the file; the CSV, JSON and SQLite exports keep them.
enum XMLText {
  /// Whether XML 1.0 can carry the scalar.
  @inline(__always) static func isAllowed(_ v: UInt32) -> Bool {
    v >= 0x20 ? (v != 0xFFFE && v != 0xFFFF) : (v == 0x9 || v == 0xA || v == 0xD)
  }

  /// `text` without the characters XML cannot carry.
  static func clean(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { !isAllowed($0.value) }) else { return text }
    var scalars = String.UnicodeScalarView()
    for s in text.unicodeScalars where isAllowed(s.value) { scalars.append(s) }
    return String(scalars)
  }

  /// Appends `text`, cleaned and escaped for element content or a double-quoted attribute:
  /// `& < > "` as entities, and tab, LF and CR as character references so that attribute
  /// normalisation and line-end handling give them back unchanged.
  static func append(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { append(utf8: $0, to: &out) }
  }

  /// ``append(_:to:)`` of valid UTF-8.
  static func append(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    var runStart = 0
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      var replacement: [UInt8]? = nil
      var width = 1
      switch b {
      case UInt8(ascii: "&"): replacement = amp
      case UInt8(ascii: "<"): replacement = lt
      case UInt8(ascii: ">"): replacement = gt
      case UInt8(ascii: "\""): replacement = quot
      case 0x09: replacement = tab
      case 0x0A: replacement = lf
      case 0x0D: replacement = cr
      case 0x00..<0x20: replacement = []
      case 0xEF:
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
        if i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE {
          replacement = []
          width = 3
        }
      default: break
      }
      if let replacement {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
        out.append(contentsOf: replacement)
        runStart = i + width
      }
      i += width
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
  }

  /// Appends, for each column with a value at `row`, its opening `tag` (built once per
  /// column), the value as XML text, and `close`: GraphML's `<data>` and GEXF's `<attvalue>`.
  /// A missing value writes nothing.
  static func appendValues(
    _ columns: [PrefixedValues], row: Int, close: [UInt8], to out: inout [UInt8]
  ) {
    for column in columns {
      _ = column.values.withUTF8(at: row) { text in
        out.append(contentsOf: column.prefix)
        append(utf8: text, to: &out)
        out.append(contentsOf: close)
      }
    }
  }
}

extension ExportFieldType {
  /// The attribute type GraphML (`attr.type`) and GEXF (`type`) both call this field's.
  var xmlTypeName: String {
    switch self {
    case .integer: "long"
    case .number: "double"
    case .boolean: "boolean"
    case .string, .datetime: "string"
    }
  }
}

private let amp = Array("&amp;".utf8)
private let lt = Array("&lt;".utf8)
private let gt = Array("&gt;".utf8)
private let quot = Array("&quot;".utf8)
private let tab = Array("&#9;".utf8)
private let lf = Array("&#10;".utf8)
private let cr = Array("&#13;".utf8)
