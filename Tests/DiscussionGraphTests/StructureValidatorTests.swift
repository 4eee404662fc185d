import Discussion
import Testing

@testable import DiscussionGraph

/// Implementation-independent checks: k-cores, components, degenerate inputs, large inputs.
@Suite("Structure validators")
struct StructureValidatorTests {
  /// Every node of the k-core (coreness ≥ k) has at least k edges inside it, and no node of
  /// coreness exactly k would survive in the (k+1)-core check, for every k.
  static func validateCores(_ graph: Graph, _ core: [Int]) -> Bool {
    guard let top = core.max() else { return true }
    for k in 0...top {
      var degreeInside = [Int](repeating: 0, count: graph.nodeCount)
      for e in 0..<graph.edgeCount {
        let s = Int(graph.edgeSources[e])
        let t = Int(graph.edgeTargets[e])
        guard core[s] >= k, core[t] >= k else { continue }
        degreeInside[s] += 1
        degreeInside[t] += 1
      }
      for v in 0..<graph.nodeCount where core[v] >= k && degreeInside[v] < k { return false }
    }
    return true
  }

  @Test("k-core validator on the golden graphs", arguments: StructureGolden.names)
  func kCoreValidator(name: String) {
    let graph = StructureGolden.graph(name).graph
    #expect(Self.validateCores(graph, graph.coreness(mode: .all)))
  }

  /// Coreness by naive peeling: for each k, delete nodes of degree < k until none is left.
  static func naiveCoreness(_ graph: Graph) -> [Int] {
    var core = [Int](repeating: 0, count: graph.nodeCount)
    var alive = [Bool](repeating: true, count: graph.nodeCount)
    var k = 1
    while alive.contains(true) {
      var changed = true
      while changed {
        changed = false
        var degree = [Int](repeating: 0, count: graph.nodeCount)
        for e in 0..<graph.edgeCount {
          let s = Int(graph.edgeSources[e])
          let t = Int(graph.edgeTargets[e])
          guard alive[s], alive[t] else { continue }
          degree[s] += 1
          degree[t] += 1
        }
        for v in 0..<graph.nodeCount where alive[v] && degree[v] < k {
          alive[v] = false
          changed = true
        }
      }
      for v in 0..<graph.nodeCount where alive[v] { core[v] = k }
      k += 1
    }
    return core
  }

  @Test("coreness equals naive peeling on random multigraphs with loops")
  func kCoreRandom() {
    var random = SplitMix64(seed: 7)
    for directed in [false, true] {
      let n = 300
      let edges = (0..<1500).map { _ in (random.below(n), random.below(n)) }
      let graph = Graph(nodeCount: n, directed: directed, edges: edges)
      let core = graph.coreness(mode: .all)
      #expect(Self.validateCores(graph, core))
      #expect(core == Self.naiveCoreness(graph))
    }
  }

  @Test("components survive deep graphs without recursion")
  func deepPath() {
    let n = 200_000
    let path = Graph(
      nodeCount: n, directed: true, edges: (0..<(n - 1)).map { ($0, $0 + 1) })
    #expect(path.stronglyConnectedComponents().count == n)
    #expect(path.weaklyConnectedComponents().count == 1)
    let cycle = Graph(
      nodeCount: n, directed: true, edges: (0..<n).map { ($0, ($0 + 1) % n) })
    #expect(cycle.stronglyConnectedComponents().count == 1)
    #expect(cycle.coreness(mode: .all).allSatisfy { $0 == 2 })
  }

  @Test("strong components are mutually reachable and label order is by smallest id")
  func strongComponentsReachability() {
    var random = SplitMix64(seed: 11)
    let n = 120
    let edges = (0..<220).map { _ in (random.below(n), random.below(n)) }
    let graph = Graph(nodeCount: n, directed: true, edges: edges)
    let scc = graph.stronglyConnectedComponents()
    func reach(_ from: Int) -> Set<Int> {
      var seen: Set<Int> = [from]
      var stack = [from]
      while let v = stack.popLast() {
        for i in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
          let u = Int(graph.outNeighbors[i])
          if seen.insert(u).inserted { stack.append(u) }
        }
      }
      return seen
    }
    let reachable = (0..<n).map(reach)
    for a in 0..<n {
      for b in 0..<n {
        let same = reachable[a].contains(b) && reachable[b].contains(a)
        #expect(same == (scc.labels[a] == scc.labels[b]))
      }
    }
    var nextNew = 0
    for v in 0..<n where scc.labels[v] >= nextNew {
      #expect(scc.labels[v] == nextNew)
      nextNew += 1
    }
  }

  @Test("modularity rejects malformed partitions")
  func partitionErrors() {
    let graph = Graph(nodeCount: 3, directed: true, edges: [(0, 1), (1, 2)])
    #expect(throws: PartitionError.wrongLength(count: 2, nodeCount: 3)) {
      try graph.modularity(membership: [0, 0])
    }
    #expect(throws: PartitionError.negativeLabel(node: 1)) {
      try graph.modularity(membership: [0, -1, 0])
    }
  }

  @Test("reciprocity matches parallel edges one to one")
  func reciprocityMultiEdges() {
    let graph = Graph(nodeCount: 2, directed: true, edges: [(0, 1), (0, 1), (1, 0), (1, 1)])
    #expect(abs(graph.reciprocity() - 2.0 / 3.0) < 1e-12)
    #expect(Graph(nodeCount: 3, directed: false, edges: [(0, 1)]).reciprocity() == 1)
  }
}
