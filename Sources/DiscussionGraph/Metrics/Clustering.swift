extension Graph {
  /// Local clustering coefficient of every node on the undirected simple projection (edge
  /// directions, weights, multiplicities and self-loops ignored):
  ///
  ///     C(v) = 2 T(v) / (d(v) (d(v) − 1)),   C(v) = 0 when d(v) < 2,
  ///
  /// where d(v) is the number of distinct neighbours of v other than v and T(v) the number of
  /// triangles through v (Watts & Strogatz 1998, doi:10.1038/30918). Matches igraph
  /// `transitivity_local_undirected(mode="zero")` and NetworkX `clustering` on
  /// `nx.Graph(G.to_undirected())`.
  ///
  /// - Complexity: O(E log E) to build the projection plus O(E^1.5) for the triangles (edges
  ///   are oriented from lower to higher degree, Schank & Wagner 2005); O(V + E) memory.
  public func localClustering() -> [Double] {
    let counts = triangleCounts()
    return (0..<nodeCount).map { v in
      let d = Double(counts.degree[v])
      return counts.degree[v] < 2 ? 0 : 2 * Double(counts.triangles[v]) / (d * (d - 1))
    }
  }

  /// Global transitivity on the undirected simple projection (directions, weights,
  /// multiplicities and self-loops ignored):
  ///
  ///     T = 3 × triangles / connected triples = Σ_v T(v) / Σ_v d(v)(d(v) − 1)/2.
  ///
  /// Newman, Strogatz & Watts 2001, doi:10.1103/PhysRevE.64.026118. Matches igraph
  /// `transitivity_undirected()`: NaN when the graph has no connected triple (NetworkX
  /// `transitivity` returns 0 there instead).
  ///
  /// - Complexity: as ``localClustering()``.
  public func transitivity() -> Double {
    let counts = triangleCounts()
    var closed = 0.0
    var triples = 0.0
    for v in 0..<nodeCount {
      let d = Double(counts.degree[v])
      closed += Double(counts.triangles[v])
      triples += d * (d - 1) / 2
    }
    return triples == 0 ? .nan : closed / triples
  }

  /// Degree in the simple undirected projection and triangles through each node.
  private func triangleCounts() -> (degree: [Int], triangles: [Int]) {
    let n = nodeCount
    // Simple undirected adjacency: both directions, sorted, deduplicated, no loops.
    var offsets = [Int](repeating: 0, count: n + 1)
    var neighbors = [Int32]()
    neighbors.reserveCapacity(2 * edgeCount)
    var scratch = [Int32]()
    for v in 0..<n {
      scratch.removeAll(keepingCapacity: true)
      for i in outOffsets[v]..<outOffsets[v + 1] { scratch.append(outNeighbors[i]) }
      if isDirected {
        for i in inOffsets[v]..<inOffsets[v + 1] { scratch.append(inNeighbors[i]) }
      }
      scratch.sort()
      var last: Int32 = -1
      for u in scratch where u != last && Int(u) != v {
        neighbors.append(u)
        last = u
      }
      offsets[v + 1] = neighbors.count
    }
    let degree = (0..<n).map { offsets[$0 + 1] - offsets[$0] }
    // Orient each edge towards the endpoint of higher (degree, id) rank.
    func ranksBelow(_ a: Int, _ b: Int) -> Bool {
      degree[a] != degree[b] ? degree[a] < degree[b] : a < b
    }
    var forwardOffsets = [Int](repeating: 0, count: n + 1)
    var forward = [Int32]()
    forward.reserveCapacity(neighbors.count / 2)
    for v in 0..<n {
      for i in offsets[v]..<offsets[v + 1] where ranksBelow(v, Int(neighbors[i])) {
        forward.append(neighbors[i])
      }
      forwardOffsets[v + 1] = forward.count
    }
    var triangles = [Int](repeating: 0, count: n)
    var mark = [Int32](repeating: -1, count: n)
    for v in 0..<n {
      let range = forwardOffsets[v]..<forwardOffsets[v + 1]
      for i in range { mark[Int(forward[i])] = Int32(v) }
      for i in range {
        let u = Int(forward[i])
        for j in forwardOffsets[u]..<forwardOffsets[u + 1] {
          let w = Int(forward[j])
          if mark[w] == Int32(v) {
            triangles[v] += 1
            triangles[u] += 1
            triangles[w] += 1
          }
        }
      }
    }
    return (degree, triangles)
  }
}
