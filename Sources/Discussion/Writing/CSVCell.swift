/// The one writer of CSV cells for every CSV replynet writes (comment tables, `stats
/// --format csv`, the exports), and its reader's inverse.
///
/// A text cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return — after
/// any leading `'` — gets one more leading `'`, so that a spreadsheet shows it instead of
/// running it as a formula (OWASP, "CSV Injection"); a cell holding a comma, a quote, CR or LF
/// is quoted, with `""` for a quote (RFC 4180). The added quote is exactly what
/// ``reading(_:)`` removes, so a text survives a round trip unchanged, even one that really
/// begins with `'=`. Numbers and booleans are written by the caller as they are, never
/// neutralised (`-5` stays a number).
public enum CSVCell {
  /// Appends a text cell.
  /// - Complexity: O(*n*) for *n* UTF-8 bytes.
  public static func appendText(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { appendText(utf8: $0, to: &out) }
  }

  /// Appends a text cell given as UTF-8.
  public static func appendText(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    let risky = isRisky(bytes)
    let needsQuotes = bytes.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
    }
    if needsQuotes { out.append(UInt8(ascii: "\"")) }
    if risky { out.append(UInt8(ascii: "'")) }
    if needsQuotes {
      for b in bytes {
        out.append(b)
        if b == UInt8(ascii: "\"") { out.append(b) }
      }
      out.append(UInt8(ascii: "\""))
    } else {
      out.append(contentsOf: bytes)
    }
  }

  /// A whole CSV document (RFC 4180, CRLF): the header, then each row, every cell through
  /// ``appendText(_:to:)``.
  public static func document(header: [String], rows: [[String]]) -> String {
    var out: [UInt8] = []
    for row in [header] + rows {
      for (k, cell) in row.enumerated() {
        if k > 0 { out.append(UInt8(ascii: ",")) }
        appendText(cell, to: &out)
      }
      out += Array("\r\n".utf8)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The text a cell stands for: `'=1+1` → `=1+1`, `''=x` → `'=x`; any other cell as it is.
  public static func reading(_ cell: String) -> String {
    guard cell.utf8.first == UInt8(ascii: "'") else { return cell }
    var cell = cell
    return cell.withUTF8 { isRisky(UnsafeBufferPointer(rebasing: $0[1...])) }
      ? String(cell.dropFirst()) : cell
  }

  /// Whether the text, after its leading `'`s, starts as a formula would.
  static func isRisky(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < bytes.count && bytes[i] == UInt8(ascii: "'") { i += 1 }
    guard i < bytes.count else { return false }
    switch bytes[i] {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
      return true
    default:
      return false
    }
  }
}
