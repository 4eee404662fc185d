/// Why a membership vector is not a partition of a graph's nodes.
public enum PartitionError: Error, Sendable, Equatable {
  /// The membership vector has `count` entries for a graph of `nodeCount` nodes.
  case wrongLength(count: Int, nodeCount: Int)
  /// Node `node` has a negative community label.
  case negativeLabel(node: Int)
}

extension Graph {
  /// Newman modularity of a partition, weighted, with resolution γ.
  ///
  /// Undirected (Newman & Girvan 2004, doi:10.1103/PhysRevE.69.026113; resolution as in
  /// Reichardt & Bornholdt 2006, doi:10.1103/PhysRevE.74.016110):
  ///
  ///     Q = Σ_c [ e_c / (2m) − γ (K_c / 2m)² ],
  ///
  /// with m the total edge weight, e_c twice the weight inside community c and K_c the total
  /// strength of c. A self-loop of weight w adds 2w to e_c and 2w to K_c.
  ///
  /// Directed (Leicht & Newman 2008, doi:10.1103/PhysRevLett.100.118703), used when the
  /// graph is directed and `directed` is true:
  ///
  ///     Q = Σ_c [ w_c / m − γ K_c^out K_c^in / m² ],
  ///
  /// with w_c the weight of edges inside c and K_c^out, K_c^in its out- and in-strength.
  /// With `directed: false` a directed graph is read as undirected (each edge once).
  ///
  /// Parallel edges add up. Matches igraph `modularity(membership, weights, resolution,
  /// directed)`; labels need not be contiguous. NaN when the total weight is 0. Weights are
  /// expected to be non-negative (igraph rejects negative ones; here they enter the formula
  /// as given).
  ///
  /// - Parameter membership: community label of each node (any non-negative integers).
  /// - Throws: ``PartitionError`` when `membership` does not label every node once with a
  ///   non-negative integer.
  /// - Complexity: O(V + E) time, O(V) memory.
  public func modularity(
    membership: [Int], resolution: Double = 1, directed: Bool = true
  ) throws(PartitionError) -> Double {
    guard membership.count == nodeCount else {
      throw .wrongLength(count: membership.count, nodeCount: nodeCount)
    }
    if let bad = membership.firstIndex(where: { $0 < 0 }) { throw .negativeLabel(node: bad) }
    // Dense relabelling keeps the per-community arrays O(V) whatever the labels are.
    var dense = [Int: Int]()
    let label = membership.map { raw in
      if let known = dense[raw] { return known }
      dense[raw] = dense.count
      return dense.count - 1
    }
    let k = dense.count
    var inside = [Double](repeating: 0, count: k)
    var outStrength = [Double](repeating: 0, count: k)
    var inStrength = [Double](repeating: 0, count: k)
    var total = 0.0
    for e in 0..<edgeCount {
      let w = edgeWeights[e]
      let a = label[Int(edgeSources[e])]
      let b = label[Int(edgeTargets[e])]
      if a == b { inside[a] += w }
      outStrength[a] += w
      inStrength[b] += w
      total += w
    }
    guard total != 0 else { return .nan }
    var q = 0.0
    if directed && isDirected {
      for c in 0..<k {
        q += inside[c] / total - resolution * outStrength[c] * inStrength[c] / (total * total)
      }
    } else {
      for c in 0..<k {
        let strength = (outStrength[c] + inStrength[c]) / (2 * total)
        q += 2 * inside[c] / (2 * total) - resolution * strength * strength
      }
    }
    return q
  }
}
