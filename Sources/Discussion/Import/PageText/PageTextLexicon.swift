/// The fixed words of the fakti.bg page-text format (README, "Page text").
enum PageTextLexicon {
  /// The marks a copy may put before each comment's number: "•" (U+2022) as the page shows
  /// it and browsers copy it; "*" and "-" as text browsers and Markdown converters write list
  /// items; other list bullets. A copy that drops list markers has none (see
  /// ``PageTextLayout``).
  static let bullets: [String] = ["•", "*", "-", "·", "◦", "▪", "●", "‣", "–", "—"]
  static let bulletBytes: [[UInt8]] = bullets.map { Array($0.utf8) }
  /// "Отговор", the reply button after the votes.
  static let reply: [UInt8] = Array("Отговор".utf8)
  /// The notice that replaces a comment removed by a moderator.
  static let removedNotice = "Този коментар е премахнат от модератор."
  static let removed: [UInt8] = Array("Този коментар е премахнат".utf8)
  /// "До коментар #": the start of a reply header.
  static let replyHeader: [UInt8] = Array("До коментар #".utf8)
  static let from: [UInt8] = Array("от ".utf8)
  /// "Коментиран от ": the start of a back-reference line.
  static let commentedBy: [UInt8] = Array("Коментиран от ".utf8)
  /// Quotes that may open the name in a reply header: straight, „…“, “…”, «…», ‘…’, ‚…‘.
  static let openingQuotes: [[UInt8]] = ["\"", "„", "“", "”", "«", "'", "‘", "‚"].map {
    Array($0.utf8)
  }
  /// Quotes that may close it.
  static let closingQuotes: [[UInt8]] = ["\"", "“", "”", "»", "'", "’", "‘"].map { Array($0.utf8) }
  /// Month names as the date line prints them, January first.
  static let months = [
    "Януари", "Февруари", "Март", "Април", "Май", "Юни", "Юли", "Август", "Септември",
    "Октомври", "Ноември", "Декември",
  ]
}
