/// Which edges count towards a node's degree in ``Graph/coreness(mode:)``.
public enum CorenessMode: Sendable, Equatable {
  /// In-degree plus out-degree (for undirected graphs: the degree).
  case all
  /// In-degree only (directed graphs; undirected graphs use the degree).
  case `in`
  /// Out-degree only (directed graphs; undirected graphs use the degree).
  case out
}

extension Graph {
  /// Coreness (k-core number) of every node: the largest k such that the node belongs to the
  /// k-core, the maximal subgraph in which every node has degree ≥ k (Seidman 1983,
  /// doi:10.1016/0378-8733(83)90028-X). For `.in`/`.out` on directed graphs the degree is
  /// the in-/out-degree inside the subgraph.
  ///
  /// Degrees are unweighted and count multiplicity, like igraph `coreness(mode=...)`:
  /// a parallel edge counts once per copy, and a self-loop adds 2 to the degree of an
  /// undirected graph (and 1 to in- and 1 to out-degree of a directed one) and never goes
  /// away, so a node with a self-loop has coreness ≥ 2 under `.all`. Weights are ignored.
  ///
  /// Batagelj–Zaversnik bucket algorithm (Batagelj & Zaversnik 2011,
  /// doi:10.1007/s11634-010-0079-y): nodes sorted by degree in bins; removing the node of
  /// smallest current degree lowers each neighbour whose degree is larger.
  ///
  /// - Complexity: O(V + E) time and memory.
  public func coreness(mode: CorenessMode = .all) -> [Int] {
    let n = nodeCount
    guard n > 0 else { return [] }
    let useOut = !isDirected || mode != .in  // out-edges count towards the degree
    let useIn = isDirected && mode != .out  // in-edges count towards the degree
    var degree = [Int](repeating: 0, count: n)
    for v in 0..<n {
      var d = 0
      if useOut { d += outDegree(v) }
      if useIn { d += inDegree(v) }
      degree[v] = d
    }
    if !isDirected {
      // The undirected index lists a self-loop once; igraph counts it twice.
      for e in 0..<edgeCount where edgeSources[e] == edgeTargets[e] {
        degree[Int(edgeSources[e])] += 1
      }
    }
    let maxDegree = degree.max() ?? 0
    // Bin sort by degree: binStart[d] is the first position of degree d in `order`.
    var binStart = [Int](repeating: 0, count: maxDegree + 2)
    for d in degree { binStart[d + 1] += 1 }
    for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
    var order = [Int](repeating: 0, count: n)
    var position = [Int](repeating: 0, count: n)
    var fill = binStart
    for v in 0..<n {
      position[v] = fill[degree[v]]
      order[position[v]] = v
      fill[degree[v]] += 1
    }
    // Removing v lowers the degree of the nodes whose counted edges touch v: for `.out`
    // those are v's in-neighbours (their out-edges into v vanish), for `.in` its
    // out-neighbours, for `.all` both.
    for i in 0..<n {
      let v = order[i]
      if useOut {
        lower(
          around: v, offsets: isDirected ? inOffsets : outOffsets,
          neighbors: isDirected ? inNeighbors : outNeighbors,
          degree: &degree, binStart: &binStart, order: &order, position: &position)
      }
      if useIn {
        lower(
          around: v, offsets: outOffsets, neighbors: outNeighbors,
          degree: &degree, binStart: &binStart, order: &order, position: &position)
      }
    }
    return degree
  }

  /// One Batagelj–Zaversnik step: each neighbour `u` of `v` with a larger current degree
  /// moves to the front of its bin and loses one degree.
  private func lower(
    around v: Int, offsets: [Int], neighbors: [Int32], degree: inout [Int],
    binStart: inout [Int], order: inout [Int], position: inout [Int]
  ) {
    for k in offsets[v]..<offsets[v + 1] {
      let u = Int(neighbors[k])
      let du = degree[u]
      guard du > degree[v] else { continue }
      let pu = position[u]
      let pw = binStart[du]
      let w = order[pw]
      if u != w {
        order[pu] = w
        position[w] = pu
        order[pw] = u
        position[u] = pw
      }
      binStart[du] += 1
      degree[u] = du - 1
    }
  }
}
