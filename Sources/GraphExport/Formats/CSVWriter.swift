import Discussion

/// A table as CSV (RFC 4180): UTF-8 without a byte-order mark, a header row, CRLF line ends,
/// fields quoted only when they hold a comma, quote, CR or LF. A missing number or flag is
/// `NA` (read as missing by pandas, R and the data dictionary's `missingValues`); missing
/// text is empty. Text that a spreadsheet would run as a formula is neutralised
/// (``CSVText``). Times are ISO 8601 with the UTC offset.
///
/// - Complexity: O(size of the table).
enum CSVWriter {
  static let missingNumber = "NA"

  static func write(_ table: ExportTable) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(64 * table.rowCount * max(1, table.columns.count))
    for (k, c) in table.columns.enumerated() {
      if k > 0 { out.append(UInt8(ascii: ",")) }
      CSVCell.appendText(c.name, to: &out)
    }
    out.append(contentsOf: [0x0D, 0x0A])
    let bare = table.columns.map(\.isBare)
    for row in 0..<table.rowCount {
      for (k, c) in table.columns.enumerated() {
        if k > 0 { out.append(UInt8(ascii: ",")) }
        if let text = c.text(at: row) {
          if bare[k] {
            out.append(contentsOf: text.utf8)
          } else {
            CSVCell.appendText(text, to: &out)
          }
        } else if bare[k] {
          out.append(contentsOf: missingNumber.utf8)
        }
      }
      out.append(contentsOf: [0x0D, 0x0A])
    }
    return out
  }
}
