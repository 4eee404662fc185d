import DiscussionGraph

/// The order a list of commenters takes: by one metric, largest first, undefined values
/// last, ties by commenter id (so the order is the same on every run and machine). `replynet
/// stats --sort` and the report's commenter table read it.
public enum CommenterRanking {
  /// Commenter indices of `stats` sorted by the column `metric` (unknown metric: id order).
  /// - Complexity: O(*n* log *n*).
  public static func rows(_ stats: CommenterStatistics, sortedBy metric: String) -> [Int] {
    let values = stats.column(metric)?.values ?? []
    return stats.commenters.indices.sorted { a, b in
      let x = values.isEmpty ? .nan : values[a]
      let y = values.isEmpty ? .nan : values[b]
      if x.isNaN != y.isNaN { return y.isNaN }
      if !x.isNaN && x != y { return x > y }
      return stats.commenters[a].id < stats.commenters[b].id
    }
  }
}
