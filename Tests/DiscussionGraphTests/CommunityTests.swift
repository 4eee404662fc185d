import Discussion
import Testing

@testable import DiscussionGraph

/// Leiden and Louvain tested by properties and against igraph's best Leiden modularity.
@Suite("Communities")
struct CommunityTests {
  /// Undirected weighted projection built independently of the library: pair → summed
  /// weight (self-loops under (v, v)).
  static func projection(_ graph: Graph) -> [Pair: Double] {
    var weights = [Pair: Double]()
    for e in 0..<graph.edgeCount {
      let s = Int(graph.edgeSources[e])
      let t = Int(graph.edgeTargets[e])
      weights[Pair(min(s, t), max(s, t)), default: 0] += graph.edgeWeights[e]
    }
    return weights
  }

  struct Pair: Hashable {
    let a: Int, b: Int
    init(_ a: Int, _ b: Int) {
      self.a = a
      self.b = b
    }
  }

  /// Modularity straight from the definition, Q = (1/2m) Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j),
  /// with A_ii = 2 × loop weight.
  static func modularity(_ graph: Graph, _ membership: [Int], resolution: Double = 1) -> Double {
    let weights = projection(graph)
    var strength = [Double](repeating: 0, count: graph.nodeCount)
    var twoM = 0.0
    var inside = 0.0
    for (pair, w) in weights {
      strength[pair.a] += w
      strength[pair.b] += w
      twoM += 2 * w
      if membership[pair.a] == membership[pair.b] { inside += 2 * w }
    }
    guard twoM > 0 else { return .nan }
    var byCommunity = [Int: Double]()
    for v in 0..<graph.nodeCount { byCommunity[membership[v], default: 0] += strength[v] }
    let expected = byCommunity.values.reduce(0) { $0 + $1 * $1 } / (twoM * twoM)
    return inside / twoM - resolution * expected
  }

  /// Labels cover every node, are numbered by smallest node id, and sizes agree.
  static func isCanonicalPartition(_ p: CommunityPartition, nodeCount: Int) -> Bool {
    guard p.membership.count == nodeCount else { return false }
    var next = 0
    var sizes = [Int]()
    for c in p.membership {
      guard c >= 0, c <= next else { return false }
      if c == next {
        next += 1
        sizes.append(0)
      }
      sizes[c] += 1
    }
    return sizes == p.sizes
  }

  /// Every community induces a connected subgraph of the undirected projection.
  static func communitiesConnected(_ graph: Graph, _ membership: [Int]) -> Bool {
    var seen = [Bool](repeating: false, count: graph.nodeCount)
    var roots = Set<Int>()
    for root in 0..<graph.nodeCount where !seen[root] {
      guard roots.insert(membership[root]).inserted else { return false }  // second piece
      seen[root] = true
      var stack = [root]
      while let v = stack.popLast() {
        let around =
          (graph.outOffsets[v]..<graph.outOffsets[v + 1]).map { Int(graph.outNeighbors[$0]) }
          + (graph.inOffsets[v]..<graph.inOffsets[v + 1]).map { Int(graph.inNeighbors[$0]) }
        for u in around where !seen[u] && membership[u] == membership[v] {
          seen[u] = true
          stack.append(u)
        }
      }
    }
    return true
  }

  @Test(
    "Leiden: valid, connected, modularity recomputed, ≥ igraph − 0.01",
    arguments: StructureGolden.names)
  func leidenGolden(name: String) {
    let golden = StructureGolden.graph(name)
    let graph = golden.graph
    for seed: UInt64 in 0..<5 {
      let p = graph.leidenCommunities(seed: seed)
      #expect(Self.isCanonicalPartition(p, nodeCount: graph.nodeCount))
      #expect(Self.communitiesConnected(graph, p.membership))
      let recomputed = Self.modularity(graph, p.membership)
      #expect(StructureGolden.close(p.modularity, recomputed.isNaN ? nil : recomputed))
      if let reference = golden.reference.leiden?.modularity {
        #expect(p.modularity >= reference - 0.01, "seed \(seed): \(p.modularity) < \(reference)")
      } else {
        #expect(p.modularity.isNaN)
      }
    }
  }

  @Test(
    "Louvain: valid, modularity recomputed, in igraph multilevel's range",
    arguments: StructureGolden.names)
  func louvainGolden(name: String) {
    let golden = StructureGolden.graph(name)
    let graph = golden.graph
    var best = -Double.infinity
    for seed: UInt64 in 0..<10 {
      let p = graph.louvainCommunities(seed: seed)
      #expect(Self.isCanonicalPartition(p, nodeCount: graph.nodeCount))
      let recomputed = Self.modularity(graph, p.membership)
      #expect(StructureGolden.close(p.modularity, recomputed.isNaN ? nil : recomputed))
      if let igraph = golden.reference.louvain {
        #expect(p.modularity >= igraph.worst - 0.02, "seed \(seed): \(p.modularity)")
        best = max(best, p.modularity)
      } else {
        #expect(p.modularity.isNaN)
      }
    }
    if let igraph = golden.reference.louvain {
      #expect(best >= igraph.best - 0.01)
    }
  }

  @Test("Leiden on random sparse graphs: connected communities, Q ≥ Louvain's − 0.01")
  func leidenRandomGraphs() {
    for seed: UInt64 in 1...4 {
      var random = SplitMix64(seed: seed)
      let n = 1500
      let edges = (0..<4000).map { _ -> (Int, Int, Double) in
        let s = random.below(n)
        let t = random.unit() < 0.8 ? (s / 30) * 30 + random.below(30) : random.below(n)
        return (s, min(t, n - 1), Double(1 + random.below(4)))
      }
      let graph = Graph(nodeCount: n, directed: true, edges: edges)
      let leiden = graph.leidenCommunities(seed: seed)
      let louvain = graph.louvainCommunities(seed: seed)
      #expect(Self.isCanonicalPartition(leiden, nodeCount: n))
      #expect(Self.communitiesConnected(graph, leiden.membership))
      #expect(abs(leiden.modularity - Self.modularity(graph, leiden.membership)) < 1e-9)
      #expect(leiden.modularity >= louvain.modularity - 0.01)
    }
  }

  @Test("the library's modularity agrees on the projection")
  func modularityAgreement() throws {
    let graph = StructureGolden.graph("random300").graph
    let p = graph.leidenCommunities(seed: 3)
    // On an undirected graph built from the projection, Graph.modularity gives the same Q.
    let weights = Self.projection(graph).sorted { ($0.key.a, $0.key.b) < ($1.key.a, $1.key.b) }
    let undirected = Graph(
      nodeCount: graph.nodeCount, directed: false,
      edges: weights.map { ($0.key.a, $0.key.b, $0.value) })
    let q = try undirected.modularity(membership: p.membership)
    #expect(abs(q - p.modularity) < 1e-9)
    let gamma = graph.leidenCommunities(resolution: 2, seed: 3)
    let q2 = try undirected.modularity(membership: gamma.membership, resolution: 2)
    #expect(abs(q2 - gamma.modularity) < 1e-9)
    #expect(gamma.count > p.count)
  }

  @Test("same seed, same partition; karate reaches the known optimum 0.4198")
  func determinism() {
    let karate = StructureGolden.graph("karate").graph
    let a = karate.leidenCommunities(seed: 42)
    let b = karate.leidenCommunities(seed: 42)
    #expect(a == b)
    #expect(karate.communities(algorithm: .louvain, seed: 9) == karate.louvainCommunities(seed: 9))
    let best = (0..<10).map { karate.leidenCommunities(seed: UInt64($0)).modularity }.max()!
    #expect(abs(best - 0.4197896120973044) < 1e-9)
  }

  @Test("degenerate graphs: empty, isolates, non-positive weights")
  func degenerate() {
    let empty = Graph(nodeCount: 0, directed: true, edges: [(Int, Int)]())
    #expect(empty.leidenCommunities().membership.isEmpty)
    #expect(empty.louvainCommunities().count == 0)
    let isolates = Graph(nodeCount: 4, directed: true, edges: [(Int, Int)]())
    #expect(isolates.leidenCommunities().membership == [0, 1, 2, 3])
    #expect(isolates.leidenCommunities().modularity.isNaN)
    let odd = Graph(
      nodeCount: 4, directed: true,
      edges: [(0, 1, 1), (1, 0, -3), (2, 3, .nan), (2, 3, 0), (3, 2, 2)])
    let p = odd.leidenCommunities()
    #expect(p.membership == [0, 0, 1, 1])
    // Projection: 0–1 weight 1, 2–3 weight 2; 2m = 6; Q = 1 − (2/6)² − (4/6)² = 4/9.
    #expect(abs(p.modularity - 4.0 / 9.0) < 1e-12)
  }
}
