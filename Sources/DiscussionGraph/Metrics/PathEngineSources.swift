import Discussion

/// The sources the path engine searches from.
public enum PathSources: Sendable, Equatable {
  /// Every node: exact values.
  case all
  /// `count` distinct nodes drawn uniformly with a seeded generator (SplitMix64 and a partial
  /// Fisher–Yates shuffle), so the same seed gives the same sample on every platform. `count`
  /// is clamped to `2...n` (one source cannot estimate betweenness; see ``PathMetrics``).
  case sample(count: Int, seed: UInt64)
  /// The given nodes (out-of-range ones dropped, duplicates merged). One source leaves its own
  /// betweenness undefined and none leaves all of it undefined (`NaN`, as NetworkX).
  case explicit([Int])

  /// The sorted source list for a graph of `n` nodes, and whether it is a proper sample.
  func resolve(nodeCount n: Int) -> (sources: [Int], sampled: Bool) {
    switch self {
    case .all:
      return (Array(0..<n), false)
    case .sample(let count, let seed):
      let k = min(n, max(count, 2))
      guard k < n else { return (Array(0..<n), false) }
      var generator = SplitMix64(seed: seed)
      var pool = Array(0..<n)
      for i in 0..<k {
        let j = i + Int(generator.next() % UInt64(n - i))
        pool.swapAt(i, j)
      }
      return (pool[0..<k].sorted(), true)
    case .explicit(let nodes):
      let sources = Set(nodes.filter { $0 >= 0 && $0 < n }).sorted()
      return (sources, sources.count < n)
    }
  }
}
