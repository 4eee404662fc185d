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

  /// `s` with spaces before it up to `width` (numbers).
  static func padLeft(_ s: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - s.count)) + s
  }
}
