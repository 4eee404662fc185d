import Discussion
import Testing

@testable import DiscussionGraph

/// PageRank stops after about log(tolerance)/log(damping) iterations on large graphs too: a
/// plain sum over tens of thousands of nodes is off by more than the tolerance, which once
/// kept the iteration going to its limit of 10,000 (seconds on the mention network of a
/// corpus without mentions).
@Suite struct PageRankConvergenceTests {
  static let defaults = (damping: 0.85, tolerance: 1e-13, limit: 10_000)

  static func iterations(_ g: Graph) -> (rank: [Double], iterations: Int) {
    g.pageRankIterating(
      damping: defaults.damping, weighted: true, tolerance: defaults.tolerance,
      maxIterations: defaults.limit)
  }

  /// Every node dangling, the worst case for the sums: each step redistributes all of the
  /// mass uniformly, so the uniform vector is the answer at once.
  @Test func isolatedNodesConvergeAtOnce() {
    for n in [35_000, 100_000] {
      let (rank, iterations) = Self.iterations(
        Graph(nodeCount: n, directed: true, edges: [(Int, Int)]()))
      #expect(iterations <= 3, "n = \(n)")
      #expect(rank.allSatisfy { abs($0 - 1 / Double(n)) < 1e-18 })
    }
  }

  /// A sparse random graph the size of a corpus's reply network (many dangling nodes).
  @Test func largeSparseGraphStopsNearTheExpectedCount() {
    var rng = SplitMix64(seed: 2025)
    let n = 40_000
    let edges = (0..<120_000).map { _ in (rng.below(n / 2), rng.below(n)) }
    let (rank, iterations) = Self.iterations(Graph(nodeCount: n, directed: true, edges: edges))
    // 0.85^k < 1e-13 needs k ≥ 185; the L1 change shrinks at least that fast.
    #expect(iterations <= 250)
    var total = CompensatedSum()
    for r in rank { total.add(r) }
    #expect(abs(total.value - 1) < 1e-12)
  }
}
