import Discussion

/// A table as CSV (RFC 4180): UTF-8 without a byte-order mark, a header row, CRLF line ends,
/// fields quoted only when they hold a comma, quote, CR or LF. A missing number or flag is
/// `NA` (read as missing by pandas, R and the data dictionary's `missingValues`); missing
/// text is empty. Text that a spreadsheet would run as a formula is neutralised
/// (``CSVText``). Times are ISO 8601 with the UTC offset.
///
/// - Complexity: O(size of the table); memory O(chunk) when written in chunks.
enum CSVWriter {
  static let missingNumber = "NA"

  /// The whole table's bytes.
  static func write(_ table: ExportTable) -> [UInt8] {
    var all: [UInt8] = []
    write(table) { all += $0 }
    return all
  }

  /// The table's bytes handed to `emit` a few megabytes at a time, so that a table of every
  /// comment is never held as text whole.
  static func write<Failure: Error>(
    _ table: ExportTable, chunkSize: Int = 1 << 22, _ emit: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    var out: [UInt8] = []
    out.reserveCapacity(chunkSize + (chunkSize >> 2))
    for (k, c) in table.columns.enumerated() {
      if k > 0 { out.append(UInt8(ascii: ",")) }
      CSVCell.appendText(c.name, to: &out)
    }
    out.append(contentsOf: [0x0D, 0x0A])
    let bare = table.columns.map(\.isBare)
    let values = table.columns.map(\.values)
    for row in 0..<table.rowCount {
      for k in values.indices {
        if k > 0 { out.append(UInt8(ascii: ",")) }
        let written: Void? = values[k].withUTF8(at: row) { text in
          if bare[k] {
            out.append(contentsOf: text)
          } else {
            CSVCell.appendText(utf8: text, to: &out)
          }
        }
        if written == nil && bare[k] {
          out.append(contentsOf: missingNumber.utf8)
        }
      }
      out.append(contentsOf: [0x0D, 0x0A])
      try out.emitChunk(ifAtLeast: chunkSize, emit)
    }
    if !out.isEmpty { try emit(out) }
  }
}
