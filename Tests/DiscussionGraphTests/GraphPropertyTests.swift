import Discussion
import PropertyBased
import Testing

@testable import DiscussionGraph

/// What must hold on any graph, checked on random ones: PageRank is a distribution, a node
/// that no shortest path can pass through has betweenness 0, cores hold in every mode, and
/// no metric depends on the order nodes are numbered in.
@Suite struct GraphPropertyTests {
  /// A random directed multigraph with loops: `n` nodes, about `density · n` edges, weights 1–3.
  static func randomGraph(seed: Int, directed: Bool = true) -> Graph {
    var rng = SplitMix64(seed: UInt64(seed))
    let n = 1 + rng.below(40)
    let m = rng.below(3 * n + 1)
    let edges = (0..<m).map { _ in (rng.below(n), rng.below(n), Double(1 + rng.below(3))) }
    return Graph(nodeCount: n, directed: directed, edges: edges)
  }

  /// The same graph with its nodes renumbered by `order` (node v becomes order[v]).
  static func renumbered(_ g: Graph, _ order: [Int]) -> Graph {
    let edges = (0..<g.edgeCount).map {
      (order[Int(g.edgeSources[$0])], order[Int(g.edgeTargets[$0])], g.edgeWeights[$0])
    }
    return Graph(nodeCount: g.nodeCount, directed: g.isDirected, edges: edges)
  }

  static func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-9) -> Bool {
    a.count == b.count
      && zip(a, b).allSatisfy { x, y in
        (x.isNaN && y.isNaN) || abs(x - y) <= tolerance * max(1, abs(x), abs(y))
      }
  }

  @Test func pageRankIsADistribution() async {
    await propertyCheck(count: 200, input: Gen.int(in: 0...1_000_000)) { seed in
      let g = Self.randomGraph(seed: seed)
      let rank = g.pageRank()
      #expect(abs(rank.reduce(0, +) - 1) < 1e-9)
      #expect(rank.allSatisfy { $0 >= 0 })
    }
  }

  @Test func nodesNoPathCrossesHaveBetweennessZero() async {
    await propertyCheck(count: 200, input: Gen.int(in: 0...1_000_000)) { seed in
      let g = Self.randomGraph(seed: seed)
      let between = g.pathMetrics(sources: .all).betweenness
      for v in 0..<g.nodeCount {
        // A directed path passes through v only if v has an in-edge and an out-edge to
        // others; a leaf of the undirected graph (one neighbour) lies on no shortest path.
        let ins = Set(g.inNeighbors[g.inOffsets[v]..<g.inOffsets[v + 1]]).subtracting([Int32(v)])
        let outs = Set(g.outNeighbors[g.outOffsets[v]..<g.outOffsets[v + 1]]).subtracting([Int32(v)]
        )
        if ins.isEmpty || outs.isEmpty || ins.union(outs).count == 1 {
          #expect(between[v] == 0, "node \(v) of graph \(seed)")
        }
      }
    }
  }

  @Test func coresHoldInEveryMode() async {
    await propertyCheck(count: 150, input: Gen.int(in: 0...1_000_000)) { seed in
      let g = Self.randomGraph(seed: seed)
      for mode in [CorenessMode.all, .in, .out] {
        let core = g.coreness(mode: mode)
        // Every node of the k-core has at least k counted edges inside it.
        for k in 0...(core.max() ?? 0) {
          var degree = [Int](repeating: 0, count: g.nodeCount)
          for e in 0..<g.edgeCount {
            let s = Int(g.edgeSources[e])
            let t = Int(g.edgeTargets[e])
            guard core[s] >= k, core[t] >= k else { continue }
            if mode != .in { degree[s] += 1 }
            if mode != .out { degree[t] += 1 }
          }
          for v in 0..<g.nodeCount where core[v] >= k {
            #expect(degree[v] >= k, "mode \(mode), k \(k), node \(v), graph \(seed)")
          }
        }
      }
      #expect(g.checkInvariants())
    }
  }

  @Test func metricsDoNotDependOnNodeOrder() async {
    await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000)) { seed in
      let g = Self.randomGraph(seed: seed)
      var rng = SplitMix64(seed: UInt64(seed) &+ 99)
      var order = Array(0..<g.nodeCount)
      for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.below(i + 1)) }
      let h = Self.renumbered(g, order)
      func back(_ values: [Double]) -> [Double] { (0..<g.nodeCount).map { values[order[$0]] } }
      #expect(Self.close(g.pageRank(), back(h.pageRank()), 1e-7))
      let p = g.pathMetrics(sources: .all)
      let q = h.pathMetrics(sources: .all)
      #expect(Self.close(p.betweenness, back(q.betweenness)))
      #expect(Self.close(p.closeness, back(q.closeness)))
      #expect(Self.close(p.harmonic, back(q.harmonic)))
      #expect(g.coreness(mode: .all) == (0..<g.nodeCount).map { h.coreness(mode: .all)[order[$0]] })
      #expect(Self.close(g.localClustering(), back(h.localClustering())))
    }
  }
}
