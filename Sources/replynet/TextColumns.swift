/// Column layout for terminal tables: cells padded to a width, long names shortened with an
/// ellipsis. Widths count characters (grapheme clusters), as a terminal shows them.
enum TextColumns {
  /// `s` cut to `width` characters, the last one an ellipsis when anything was cut.
  static func truncate(_ s: String, _ width: Int) -> String {
    s.count <= width ? s : String(s.prefix(width - 1)) + "…"
  }

  /// `s` with spaces after it up to `width`.
  static func pad(_ s: String, _ width: Int) -> String {
    s + String(repeating: " ", count: max(0, width - s.count))
  }

  /// The rows of `grid` as aligned lines, cells two spaces apart: the columns in
  /// `textColumns` padded after (names), the others before (numbers).
  static func lines(_ grid: [[String]], textColumns: Set<Int>) -> [String] {
    guard let first = grid.first else { return [] }
    let widths = first.indices.map { c in grid.map { $0[c].count }.max() ?? 0 }
    return grid.map { line in
      line.enumerated().map { c, cell in
        textColumns.contains(c) ? pad(cell, widths[c]) : padLeft(cell, widths[c])
      }.joined(separator: "  ")
    }
  }

  /// `s` with spaces before it up to `width` (numbers).
  static func padLeft(_ s: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - s.count)) + s
  }
}
