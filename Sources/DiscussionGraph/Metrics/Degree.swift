/// Which edges a degree or strength counts.
public enum DegreeMode: Sendable, Equatable, CaseIterable {
  /// Edges leaving the node.
  case out
  /// Edges entering the node.
  case `in`
  /// Both; in a directed graph a self-loop counts twice (once out, once in).
  case all
}

extension Graph {
  /// Degree of every node: the number of edge ends at it, parallel edges each counted.
  ///
  /// Self-loops count twice in an undirected graph (both ends lie at the node) and, in a
  /// directed graph, once as out- and once as in-edge, so `.all` counts them twice too. This
  /// is igraph's `degree(mode=..., loops=True)` and NetworkX's `degree`. In an undirected graph
  /// all modes agree.
  ///
  /// - Complexity: O(V + number of self-loops).
  public func degrees(_ mode: DegreeMode = .all) -> [Int] {
    strengthLike(mode) { _ in 1 }.map { Int($0) }
  }

  /// Strength (weighted degree) of every node: the sum of the weights of the edges at it,
  /// self-loops counted as in ``degrees(_:)``. igraph's `strength(mode=..., loops=True,
  /// weights=...)` (Barrat et al. 2004, doi:10.1073/pnas.0400087101). Weights are used as
  /// stored, negative ones included.
  ///
  /// - Complexity: O(V + E).
  public func strengths(_ mode: DegreeMode = .all) -> [Double] {
    strengthLike(mode) { edgeWeights[Int($0)] }
  }

  /// Sums `value(e)` over the adjacency lists chosen by `mode`, adding undirected self-loops
  /// a second time (the CSR lists them once).
  private func strengthLike(_ mode: DegreeMode, _ value: (Int32) -> Double) -> [Double] {
    var result = [Double](repeating: 0, count: nodeCount)
    func add(offsets: [Int], edges: [Int32]) {
      for v in 0..<nodeCount {
        var sum = 0.0
        for i in offsets[v]..<offsets[v + 1] { sum += value(edges[i]) }
        result[v] += sum
      }
    }
    if isDirected {
      if mode != .in { add(offsets: outOffsets, edges: outEdges) }
      if mode != .out { add(offsets: inOffsets, edges: inEdges) }
    } else {
      add(offsets: outOffsets, edges: outEdges)
      for e in 0..<edgeCount where edgeSources[e] == edgeTargets[e] {
        result[Int(edgeSources[e])] += value(Int32(e))
      }
    }
    return result
  }
}
