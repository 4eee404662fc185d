extension Graph {
  /// Degree assortativity: the Pearson correlation, over edges, between the degrees at the
  /// two ends (Newman 2003, doi:10.1103/PhysRevE.67.026126).
  ///
  /// With `directed: true` on a directed graph, each edge s→t pairs the out-degree of s
  /// (x) with the in-degree of t (y):
  ///
  ///     r = (Σ x y / m − (Σ x / m)(Σ y / m)) / (σ_x σ_y),  σ_x² = Σ x² / m − (Σ x / m)².
  ///
  /// With `directed: false` (or on an undirected graph) each edge is counted in both
  /// directions with total degrees d (in + out):
  ///
  ///     r = (Σ d_s d_t / m − μ²) / (Σ (d_s² + d_t²) / 2m − μ²),  μ = Σ (d_s + d_t) / 2m.
  ///
  /// Degrees are unweighted and count multiplicity; a self-loop is an edge (it adds 1 to out-
  /// and in-degree, or 2 to an undirected degree). Using degree or "remaining degree"
  /// (degree − 1) gives the same r. Matches igraph `assortativity_degree(directed=...)`;
  /// NaN when a variance is zero (regular graphs, no edges).
  ///
  /// - Complexity: O(V + E) time, O(V) memory.
  public func degreeAssortativity(directed: Bool = true) -> Double {
    guard edgeCount > 0 else { return .nan }
    var outDeg = [Double](repeating: 0, count: nodeCount)
    var inDeg = [Double](repeating: 0, count: nodeCount)
    for e in 0..<edgeCount {
      outDeg[Int(edgeSources[e])] += 1
      inDeg[Int(edgeTargets[e])] += 1
    }
    let m = Double(edgeCount)
    if directed && isDirected {
      var sxy = 0.0
      var sx = 0.0
      var sy = 0.0
      var sxx = 0.0
      var syy = 0.0
      for e in 0..<edgeCount {
        let x = outDeg[Int(edgeSources[e])]
        let y = inDeg[Int(edgeTargets[e])]
        sxy += x * y
        sx += x
        sy += y
        sxx += x * x
        syy += y * y
      }
      let numerator = sxy - sx * sy / m
      let denominator = (sxx - sx * sx / m).squareRoot() * (syy - sy * sy / m).squareRoot()
      return denominator == 0 ? .nan : numerator / denominator
    }
    var sxy = 0.0
    var sum = 0.0
    var squares = 0.0
    for e in 0..<edgeCount {
      let s = Int(edgeSources[e])
      let t = Int(edgeTargets[e])
      let x = outDeg[s] + inDeg[s]
      let y = outDeg[t] + inDeg[t]
      sxy += x * y
      sum += x + y
      squares += x * x + y * y
    }
    let mean = sum / (2 * m)
    let numerator = sxy / m - mean * mean
    let denominator = squares / (2 * m) - mean * mean
    return denominator == 0 ? .nan : numerator / denominator
  }
}
