extension Graph {
  /// Reciprocity r = L↔ / L: the share of non-loop edges u→v matched by an edge v→u.
  ///
  /// Self-loops are left out of both counts. Parallel edges are matched one to one: with
  /// c(u→v) copies one way and c(v→u) the other, the pair contributes 2·min(c(u→v), c(v→u))
  /// reciprocated edges. Weights are ignored. Undirected graphs have r = 1 (as in igraph). NaN
  /// when a directed graph has no non-loop edge. Matches igraph
  /// `reciprocity(ignore_loops=True, mode="default")`.
  ///
  /// - Complexity: O(V + E) time, O(V) memory.
  public func reciprocity() -> Double {
    guard isDirected else { return 1 }
    let pairs = directedPairCounts()
    guard pairs.nonLoop > 0 else { return .nan }
    return Double(pairs.reciprocated) / Double(pairs.nonLoop)
  }

  /// Garlaschelli–Loffredo reciprocity ρ = (r − ā) / (1 − ā), with r from ``reciprocity()``
  /// and ā = L / (n(n − 1)) the density of non-loop edges. ρ > 0: more reciprocal than a
  /// random graph of the same density; ρ < 0: less (Garlaschelli & Loffredo 2004,
  /// doi:10.1103/PhysRevLett.93.268701).
  ///
  /// NaN for undirected graphs, for fewer than two nodes, for no non-loop edge and for ā = 1
  /// (the complete graph, where ρ is undefined).
  ///
  /// - Complexity: as ``reciprocity()``.
  public func reciprocityRho() -> Double {
    let n = Double(nodeCount)
    guard isDirected, nodeCount >= 2 else { return .nan }
    let pairs = directedPairCounts()
    guard pairs.nonLoop > 0 else { return .nan }
    let r = Double(pairs.reciprocated) / Double(pairs.nonLoop)
    let abar = Double(pairs.nonLoop) / (n * (n - 1))
    return abar == 1 ? .nan : (r - abar) / (1 - abar)
  }

  /// Edge density without self-loops in the denominator: m / (n(n − 1)) for directed graphs
  /// and 2m / (n(n − 1)) for undirected ones, where m counts every edge (self-loops and
  /// parallel copies included). Matches igraph `density(loops=False)`; NaN for n < 2.
  ///
  /// - Complexity: O(1).
  public func density() -> Double {
    guard nodeCount >= 2 else { return .nan }
    let n = Double(nodeCount)
    let pairs = isDirected ? n * (n - 1) : n * (n - 1) / 2
    return Double(edgeCount) / pairs
  }

  /// Non-loop edges and reciprocated edges (parallel copies matched one to one): at each
  /// node u, the out-edges u→v are counted per v, then each in-edge v→u uses up one of them.
  /// Every pair is met at both ends, so the matches add up to 2·min(c(u→v), c(v→u)).
  private func directedPairCounts() -> (nonLoop: Int, reciprocated: Int) {
    var unmatched = [Int32](repeating: 0, count: nodeCount)
    var nonLoop = 0
    var reciprocated = 0
    for u in 0..<nodeCount {
      let outs = outOffsets[u]..<outOffsets[u + 1]
      for i in outs where Int(outNeighbors[i]) != u {
        unmatched[Int(outNeighbors[i])] += 1
        nonLoop += 1
      }
      for i in inOffsets[u]..<inOffsets[u + 1] where Int(inNeighbors[i]) != u {
        let v = Int(inNeighbors[i])
        if unmatched[v] > 0 {
          unmatched[v] -= 1
          reciprocated += 1
        }
      }
      for i in outs { unmatched[Int(outNeighbors[i])] = 0 }
    }
    return (nonLoop, reciprocated)
  }
}
