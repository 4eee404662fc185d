/// Fields of RFC 4180 CSV for spreadsheets and data frames.
enum CSVText {
  /// Appends one field: a text that starts with `=`, `+`, `-` or `@` (or a tab or CR, which
  /// some spreadsheets skip before a formula) gets a leading `'`, so a spreadsheet shows it
  /// instead of running it (OWASP, "CSV Injection"); a field holding a comma, quote, CR or LF
  /// is quoted, with `""` for a quote. Numbers are written by the caller, never neutralised.
  static func appendText(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in
      let risky: Bool =
        if let first = bytes.first {
          first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
            || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
        } else { false }
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
  }

  /// The text `appendText` would write, without quoting: what a reader gets back.
  static func neutralised(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    return "=+-@\t\r".unicodeScalars.contains(first) ? "'" + text : text
  }
}
