import Discussion

extension Graph {
  /// PageRank (Brin & Page 1998, doi:10.1016/S0169-7552(98)00110-X) of every node, as igraph's
  /// `pagerank(damping=0.85, weights=...)` (PRPACK) and NetworkX's `pagerank` compute it.
  ///
  /// The stationary distribution of a walk that with probability `damping` follows an edge out
  /// of the current node, chosen in proportion to its weight, and otherwise jumps to a node
  /// chosen uniformly; from a node with no usable out-edge (dangling) it always jumps uniformly:
  ///
  ///     PR(v) = (1 − d)/n + d · (Σ_{u→v} PR(u)·w(u,v)/W(u) + Σ_{u dangling} PR(u)/n)
  ///
  /// where `W(u)` is the total weight leaving `u`. Parallel edges add their weights. A directed
  /// self-loop is an ordinary edge; an undirected self-loop counts twice (both of its ends, as
  /// in igraph; NetworkX's `Graph` counts it once). Undirected edges are walked both ways.
  /// Edges whose weight is not a positive finite number are ignored; with `weighted == false`
  /// every edge weighs 1. The result sums to 1 (empty graph: `[]`).
  ///
  /// Solved by power iteration from the uniform vector until the L1 change is below
  /// `tolerance` (agrees with PRPACK's direct solution to about 1e-12).
  ///
  /// - Complexity: O((V + E) · k) time for k ≈ log(tolerance)/log(damping) iterations
  ///   (about 184 for the defaults, whatever the number of nodes: the sums over all nodes are
  ///   compensated, so rounding never holds the step above the tolerance), O(V + E) memory.
  public func pageRank(
    damping: Double = 0.85, weighted: Bool = true, tolerance: Double = 1e-13,
    maxIterations: Int = 10_000
  ) -> [Double] {
    pageRankIterating(
      damping: damping, weighted: weighted, tolerance: tolerance, maxIterations: maxIterations
    ).rank
  }

  /// ``pageRank(damping:weighted:tolerance:maxIterations:)`` and the number of iterations it
  /// took (tests check that it stops near the expected count).
  func pageRankIterating(
    damping: Double, weighted: Bool, tolerance: Double, maxIterations: Int
  ) -> (rank: [Double], iterations: Int) {
    let n = nodeCount
    guard n > 0 else { return ([], 0) }
    let d = damping.isFinite ? min(max(damping, 0), 1) : 0.85
    // Weight leaving each node, counting an undirected loop at both of its ends.
    var outWeight = [Double](repeating: 0, count: n)
    for e in 0..<edgeCount {
      let w = centralityWeight(Int32(e), weighted: weighted)
      let s = Int(edgeSources[e])
      let t = Int(edgeTargets[e])
      outWeight[s] += w
      if !isDirected { outWeight[t] += w }
    }
    // Coefficient of each in-adjacency slot: the share of its neighbour's walk it carries.
    var coefficient = [Double](repeating: 0, count: inEdges.count)
    for v in 0..<n {
      for i in inOffsets[v]..<inOffsets[v + 1] {
        let e = inEdges[i]
        let u = Int(inNeighbors[i])
        var w = centralityWeight(e, weighted: weighted)
        if !isDirected && u == v { w *= 2 }
        coefficient[i] = outWeight[u] > 0 ? w / outWeight[u] : 0
      }
    }
    let dangling = (0..<n).filter { !(outWeight[$0] > 0) }
    let invN = 1 / Double(n)
    var rank = [Double](repeating: invN, count: n)
    var next = rank
    var iterations = 0
    while iterations < max(1, maxIterations) {
      iterations += 1
      // Sums over many nodes are compensated: a plain one is off by about n rounding errors,
      // which on tens of thousands of nodes exceeds the tolerance, so the step never got
      // below it and every iteration up to the limit ran.
      var danglingMass = CompensatedSum()
      for u in dangling { danglingMass.add(rank[u]) }
      let base = (1 - d) * invN + d * danglingMass.value * invN
      var total = CompensatedSum()
      for v in 0..<n {
        var sum = 0.0
        for i in inOffsets[v]..<inOffsets[v + 1] {
          sum += rank[Int(inNeighbors[i])] * coefficient[i]
        }
        let value = base + d * sum
        next[v] = value
        total.add(value)
      }
      // Renormalise against rounding drift, then measure the step.
      let scale = total.value
      var change = CompensatedSum()
      for v in 0..<n {
        next[v] /= scale
        change.add(abs(next[v] - rank[v]))
      }
      swap(&rank, &next)
      if change.value < tolerance { break }
    }
    return (rank, iterations)
  }
}
