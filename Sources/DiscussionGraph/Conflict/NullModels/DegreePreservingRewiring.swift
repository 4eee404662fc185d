import Discussion

/// A Markov chain of double-edge swaps over a simple undirected graph: every swap keeps each
/// node's degree, so its samples form the degree-preserving null model of Maslov & Sneppen
/// (2002, doi:10.1126/science.1065103).
///
/// A swap picks two edges (a, b) and (c, d) at random and, with equal chance, rewires them to
/// (a, d), (c, b) or to (a, c), (b, d); a swap that would make a self-loop or a parallel edge
/// is rejected (the chain stays put, which keeps it uniform over simple graphs with the
/// degree sequence).
///
/// - Complexity: O(1) expected per swap attempt (``EdgeKeySet``); O(E) memory.
struct DegreePreservingRewiring {
  /// The current edges, each with its smaller endpoint first.
  private(set) var edges: [(Int32, Int32)]
  private var present: EdgeKeySet
  private var rng: SplitMix64

  init(edges: [(Int, Int)], seed: UInt64) {
    self.edges = edges.map { (Int32(min($0.0, $0.1)), Int32(max($0.0, $0.1))) }
    present = EdgeKeySet(capacity: edges.count)
    for (a, b) in self.edges { present.insert(Self.key(a, b)) }
    rng = SplitMix64(seed: seed)
  }

  @inline(__always) static func key(_ a: Int32, _ b: Int32) -> UInt64 {
    UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b)))
  }

  /// Makes `attempts` swap attempts; returns how many were accepted.
  @discardableResult mutating func swap(attempts: Int) -> Int {
    let m = edges.count
    guard m >= 2 else { return 0 }
    var accepted = 0
    for _ in 0..<attempts {
      let i = rng.below(m)
      let j = rng.below(m)
      guard i != j else { continue }
      let (a, b) = edges[i]
      var (c, d) = edges[j]
      if rng.next() & 1 == 1 { (c, d) = (d, c) }
      // Rewire to (a, d) and (c, b).
      guard a != d, c != b, !present.contains(Self.key(a, d)), !present.contains(Self.key(c, b))
      else { continue }
      present.remove(Self.key(a, b))
      present.remove(Self.key(c, d))
      present.insert(Self.key(a, d))
      present.insert(Self.key(c, b))
      edges[i] = (min(a, d), max(a, d))
      edges[j] = (min(c, b), max(c, b))
      accepted += 1
    }
    return accepted
  }
}
