import DiscussionGraph

/// Row order of the stats table: by one metric, largest first, NaN last, ties by commenter id.
enum StatsOrder {
  static func rows(_ stats: CommenterStatistics, sortedBy metric: String) -> [Int] {
    let values = stats.column(metric)?.values ?? []
    return stats.commenters.indices.sorted { a, b in
      let x = values[a]
      let y = values[b]
      if x.isNaN != y.isNaN { return y.isNaN }
      if !x.isNaN && x != y { return x > y }
      return stats.commenters[a].id < stats.commenters[b].id
    }
  }
}
