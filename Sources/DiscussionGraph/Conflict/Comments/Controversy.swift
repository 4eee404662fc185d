import Foundation

/// Vote-based measures of one comment: how divided its readers were.
public enum Controversy {
  /// Reddit's controversy score: (up + down)^(min(up, down) / max(up, down)), 0 when either
  /// count is 0.
  ///
  /// Many votes evenly split score highest: 5 likes and 9 dislikes give 14^(5/9) ≈ 4.33, 50
  /// and 50 give 100. From Reddit's ranking code (`_controversy` in `r2/lib/db/_sorts.pyx`,
  /// reddit/reddit, 2015); README, "replynet conflict".
  ///
  /// - Complexity: O(1).
  public static func reddit(likes: Int, dislikes: Int) -> Double {
    guard likes > 0, dislikes > 0 else { return 0 }
    let magnitude = Double(likes + dislikes)
    let balance = Double(min(likes, dislikes)) / Double(max(likes, dislikes))
    return pow(magnitude, balance)
  }

  /// The share of likes among the votes, likes / (likes + dislikes); NaN without votes.
  ///
  /// - Complexity: O(1).
  public static func voteShare(likes: Int, dislikes: Int) -> Double {
    let total = likes + dislikes
    return total > 0 ? Double(likes) / Double(total) : .nan
  }
}
