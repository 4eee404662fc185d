/// Kleinberg's hub and authority scores of every node.
public struct HITSScores: Sendable, Equatable {
  /// Hub score: high when the node points to good authorities.
  public var hubs: [Double]
  /// Authority score: high when good hubs point to the node.
  public var authorities: [Double]
}

extension Graph {
  /// Hub and authority scores (Kleinberg 1999, doi:10.1145/324133.324140), as igraph's
  /// `hub_score(weights=...)` and `authority_score(weights=...)` with `scale=True`.
  ///
  /// With `A` the weighted adjacency matrix (`A[u][v]` the total weight of edges u→v, parallel
  /// edges added; unweighted, their count), hubs are the principal eigenvector of `A·Aᵀ` and
  /// authorities that of `Aᵀ·A`, `a = Aᵀh`, each scaled so that its largest entry is 1. A
  /// directed self-loop is an ordinary entry `A[v][v]`. In an undirected graph `A` is symmetric,
  /// a self-loop counts twice (`A[v][v] = 2w`, igraph's convention), and both scores equal
  /// igraph's eigenvector centrality scaled to max 1 (igraph says so too). A graph
  /// without usable edges gives all ones (igraph). Edges whose weight is not a positive finite
  /// number are ignored.
  ///
  /// Power iteration `a ← Aᵀh, h ← A·a` from the all-ones vector until the largest change of
  /// the max-scaled `h` is below `tolerance`. When the dominant eigenvalue of `A·Aᵀ` is not
  /// simple (e.g. a directed cycle, a star) the scores are not unique: this returns the
  /// all-ones vector's projection, igraph (ARPACK) some other vector of that eigenspace.
  ///
  /// - Throws: ``CentralityError/notConverged(iterations:)`` after `maxIterations` steps.
  /// - Complexity: O((V + E) · k) for k iterations, about log(tolerance)/(2·log(σ₂/σ₁)).
  public func hubsAndAuthorities(
    weighted: Bool = true, tolerance: Double = 1e-13, maxIterations: Int = 100_000
  ) throws(CentralityError) -> HITSScores {
    let n = nodeCount
    // An undirected self-loop is one adjacency slot but two edge ends: A[v][v] = 2w (igraph).
    func slotWeight(_ e: Int32) -> Double {
      let w = centralityWeight(e, weighted: weighted)
      return !isDirected && edgeSources[Int(e)] == edgeTargets[Int(e)] ? 2 * w : w
    }
    let inWeight = inEdges.map(slotWeight)
    let outWeight = outEdges.map(slotWeight)
    let ones = [Double](repeating: 1, count: n)
    guard inWeight.contains(where: { $0 > 0 }) else {
      return HITSScores(hubs: ones, authorities: ones)
    }
    /// `Aᵀh`: authority of v sums the hub scores of the nodes pointing to it.
    func authorities(from hubs: [Double]) -> [Double] {
      (0..<n).map { v in
        var sum = 0.0
        for i in inOffsets[v]..<inOffsets[v + 1] { sum += hubs[Int(inNeighbors[i])] * inWeight[i] }
        return sum
      }
    }
    func scaledToMax(_ x: [Double]) -> [Double] {
      let top = x.max() ?? 0
      return top > 0 ? x.map { $0 / top } : x
    }
    var hubs = ones
    for _ in 0..<max(1, maxIterations) {
      let a = authorities(from: hubs)
      let next = scaledToMax(
        (0..<n).map { u in
          var sum = 0.0
          for i in outOffsets[u]..<outOffsets[u + 1] {
            sum += a[Int(outNeighbors[i])] * outWeight[i]
          }
          return sum
        })
      var change = 0.0
      for v in 0..<n { change = max(change, abs(next[v] - hubs[v])) }
      hubs = next
      if change < tolerance {
        return HITSScores(hubs: hubs, authorities: scaledToMax(authorities(from: hubs)))
      }
    }
    throw .notConverged(iterations: maxIterations)
  }
}
