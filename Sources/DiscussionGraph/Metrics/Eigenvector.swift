extension Graph {
  /// Eigenvector centrality (Bonacich 1987, doi:10.1086/228631), as NetworkX's
  /// `eigenvector_centrality(G, weight=...)` computes it: the left Perron eigenvector `x` of the
  /// weighted adjacency matrix, `λ·x(v) = Σ_{u→v} w(u, v)·x(u)`, scaled to Euclidean norm 1.
  ///
  /// Direction: in a directed graph a node is central when central nodes point **to** it
  /// (in-edges, as NetworkX; igraph's `eigenvector_centrality(directed=True)` agrees up to its
  /// max = 1 scaling). Undirected edges count both ways; a self-loop counts once (NetworkX's
  /// `Graph`; igraph counts an undirected loop twice). Parallel edges add their weights;
  /// unweighted, they count once, as in NetworkX's `Graph`/`DiGraph`. Edges whose weight is not
  /// a positive finite number are ignored.
  ///
  /// Computed exactly as NetworkX does: power iteration with the shifted matrix `Aᵀ + I` from
  /// the uniform vector, renormalised each step, stopping when the L1 change is below
  /// `n · tolerance`. The shift makes the iteration converge on every graph that has a
  /// dominant eigenvalue; on graphs without one (a directed acyclic graph, where `A` is
  /// nilpotent) it fails as NetworkX does. On disconnected graphs the result is concentrated on
  /// the components of largest eigenvalue (as in NetworkX, not meaningful there).
  ///
  /// - Returns: one value per node; `[]` for an empty graph (NetworkX raises).
  /// - Throws: ``CentralityError/notConverged(iterations:)`` after `maxIterations` steps.
  /// - Complexity: O((V + E) · k) for k iterations, about log(tolerance)/log(|λ₂+1|/(λ₁+1)).
  public func eigenvectorCentrality(
    weighted: Bool = true, tolerance: Double = 1e-13, maxIterations: Int = 10_000
  ) throws(CentralityError) -> [Double] {
    let n = nodeCount
    guard n > 0 else { return [] }
    // Weight carried by each in-adjacency slot (0 for repeated neighbours when unweighted).
    var coefficient = [Double](repeating: 0, count: inEdges.count)
    var lastSeenAt = [Int](repeating: -1, count: n)
    for v in 0..<n {
      for i in inOffsets[v]..<inOffsets[v + 1] {
        if weighted {
          coefficient[i] = centralityWeight(inEdges[i], weighted: true)
        } else {
          let u = Int(inNeighbors[i])
          coefficient[i] = lastSeenAt[u] == v ? 0 : 1
          lastSeenAt[u] = v
        }
      }
    }
    var x = [Double](repeating: 1 / Double(n), count: n)
    var next = x
    for _ in 0..<max(1, maxIterations) {
      var squares = 0.0
      for v in 0..<n {
        var sum = x[v]
        for i in inOffsets[v]..<inOffsets[v + 1] { sum += x[Int(inNeighbors[i])] * coefficient[i] }
        next[v] = sum
        squares += sum * sum
      }
      let norm = squares > 0 ? squares.squareRoot() : 1
      var change = 0.0
      for v in 0..<n {
        next[v] /= norm
        change += abs(next[v] - x[v])
      }
      swap(&x, &next)
      if change < Double(n) * tolerance { return x }
    }
    throw .notConverged(iterations: maxIterations)
  }
}
