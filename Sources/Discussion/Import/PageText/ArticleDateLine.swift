/// The article's date line: `17 Октомври, 2025 17:16 1 087 22` — day, Bulgarian month name,
/// year, time (Sofia), then the view count and the comment count, both written with spaces as
/// thousands separators.
///
/// The numbers are ambiguous ("1 087 22" could be 1 087 views and 22 comments, or 1 views
/// and 087 22…); only splits where both numbers are well-formed (first group 1–3 digits, the
/// others 3) are considered, and of those the one whose comment count is closest to the
/// comments found in the copy wins (ties: the shorter comment count).
struct ArticleDateLine {
  var published: CommentTime?
  var views: Int?
  var commentCount: Int?

  /// The month names lowercased once, not at every date line.
  private static let lowercasedMonths = PageTextLexicon.months.map { $0.lowercased() }

  init?(_ line: String, commentsInCopy: Int) {
    let tokens = line.split(whereSeparator: { $0.isWhitespace || $0 == "," })
    guard tokens.count >= 4, let day = Int(tokens[0]), let year = Int(tokens[2]) else { return nil }
    let monthName = tokens[1].lowercased()
    guard let month = Self.lowercasedMonths.firstIndex(of: monthName) else { return nil }
    let clock = tokens[3].split(separator: ":")
    guard clock.count == 2, let hour = Int(clock[0]), let minute = Int(clock[1]) else { return nil }
    published = CommentTime.sofia(
      year: year, month: month + 1, day: day, hour: hour, minute: minute)
    guard published != nil else { return nil }
    let groups = tokens.dropFirst(4).map(String.init)
    guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }) else {
      return nil
    }
    func number(_ g: ArraySlice<String>) -> Int? {
      guard let first = g.first, (1...3).contains(first.count),
        g.dropFirst().allSatisfy({ $0.count == 3 })
      else { return nil }
      return Int(g.joined())
    }
    var best: (views: Int, count: Int)? = nil
    if groups.count >= 2 {
      for split in stride(from: groups.count - 1, through: 1, by: -1) {
        guard let v = number(groups[..<split]), let c = number(groups[split...]) else { continue }
        if best == nil || abs(c - commentsInCopy) < abs(best!.count - commentsInCopy) {
          best = (v, c)
        }
      }
    }
    if let best {
      views = best.views
      commentCount = best.count
    } else if let v = number(groups[...]) {
      views = v
    }
  }
}
