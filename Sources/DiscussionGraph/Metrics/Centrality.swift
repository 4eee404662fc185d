/// Why an iterative centrality could not produce a value.
public enum CentralityError: Error, Sendable, Equatable {
  /// The power iteration did not reach its tolerance within `iterations` steps (as NetworkX's
  /// `PowerIterationFailedConvergence`): for eigenvector centrality this happens on graphs
  /// whose adjacency matrix has no dominant eigenvalue, e.g. directed acyclic graphs.
  case notConverged(iterations: Int)
}

extension Graph {
  /// The weight a weighted metric uses for edge `e`: its weight when that is a positive finite
  /// number, otherwise 0 (the edge is ignored). igraph rejects negative weights and NetworkX
  /// computes nonsense with them; library code must not trap, so they count as absent.
  func centralityWeight(_ e: Int32, weighted: Bool) -> Double {
    guard weighted else { return 1 }
    let w = edgeWeights[Int(e)]
    return w.isFinite && w > 0 ? w : 0
  }
}
