/// The out-adjacency of the simple graph underneath a ``Graph``: parallel edges merged,
/// self-loops dropped. Shortest-path counts are taken on it, as NetworkX's `DiGraph`/`Graph`
/// (which cannot hold parallel edges) would; igraph would count each parallel edge as a
/// separate shortest path.
struct PathEngineAdjacency: Sendable {
  let offsets: [Int]
  let neighbors: [Int32]

  init(_ graph: Graph) {
    let n = graph.nodeCount
    var offsets = [Int](repeating: 0, count: n + 1)
    var neighbors = [Int32]()
    neighbors.reserveCapacity(graph.outNeighbors.count)
    var lastSeenFrom = [Int](repeating: -1, count: n)
    for v in 0..<n {
      for i in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
        let w = Int(graph.outNeighbors[i])
        if w == v || lastSeenFrom[w] == v { continue }
        lastSeenFrom[w] = v
        neighbors.append(Int32(w))
      }
      offsets[v + 1] = neighbors.count
    }
    self.offsets = offsets
    self.neighbors = neighbors
  }
}

/// What one chunk of sources contributes: sums over its sources, in source order.
struct PathEngineChunk {
  /// Σ_s δ_s(v) over the chunk's sources s ≠ v (Brandes' dependencies, ordered pairs).
  var dependency: [Double]
  /// Σ_s 1/d(s, v) over the chunk's sources that reach v.
  var harmonicIn: [Double]
  /// Number of the chunk's sources s ≠ v that reach v, and Σ d(s, v) over them
  /// (only for directed graphs; empty otherwise).
  var reachedIn: [Int]
  var distanceIn: [Int]
  /// Per source, in chunk order: nodes reached (itself excluded), Σ d, Σ 1/d, max d.
  var reached: [Int]
  var distanceSum: [Int]
  var harmonicOut: [Double]
  var eccentricity: [Int]

  /// Runs one breadth-first search per source (Brandes 2001, doi:10.1080/0022250X.2001.9990249)
  /// and accumulates every quantity the path engine reports.
  ///
  /// - Complexity: O(|sources| · (V + E)) time; O(V) working memory besides the result.
  init(sources: ArraySlice<Int>, adjacency: PathEngineAdjacency, directed: Bool) {
    let n = adjacency.offsets.count - 1
    dependency = [Double](repeating: 0, count: n)
    harmonicIn = [Double](repeating: 0, count: n)
    reachedIn = directed ? [Int](repeating: 0, count: n) : []
    distanceIn = directed ? [Int](repeating: 0, count: n) : []
    reached = []
    distanceSum = []
    harmonicOut = []
    eccentricity = []
    var distance = [Int32](repeating: -1, count: n)
    var sigma = [Double](repeating: 0, count: n)
    var delta = [Double](repeating: 0, count: n)
    var order = [Int32](repeating: 0, count: n)
    // Raw buffers in the hot loops: no bounds checks, and no reference counting on arrays
    // shared between workers (atomic counts on one cache line would serialise the threads).
    adjacency.offsets.withUnsafeBufferPointer { offsets in
      adjacency.neighbors.withUnsafeBufferPointer { neighbors in
        distance.withUnsafeMutableBufferPointer { distance in
          sigma.withUnsafeMutableBufferPointer { sigma in
            delta.withUnsafeMutableBufferPointer { delta in
              order.withUnsafeMutableBufferPointer { order in
                for s in sources {
                  search(
                    from: s, offsets: offsets, neighbors: neighbors, distance: distance,
                    sigma: sigma, delta: delta, order: order, directed: directed)
                }
              }
            }
          }
        }
      }
    }
  }

  /// One source: breadth-first search, distance statistics, dependency accumulation; leaves
  /// the work buffers as it found them (distance −1, sigma and delta 0).
  private mutating func search(
    from s: Int, offsets: UnsafeBufferPointer<Int>, neighbors: UnsafeBufferPointer<Int32>,
    distance: UnsafeMutableBufferPointer<Int32>, sigma: UnsafeMutableBufferPointer<Double>,
    delta: UnsafeMutableBufferPointer<Double>, order: UnsafeMutableBufferPointer<Int32>,
    directed: Bool
  ) {
    // Breadth-first search: distances, shortest-path counts, nodes in order of distance.
    distance[s] = 0
    sigma[s] = 1
    order[0] = Int32(s)
    var count = 1
    var head = 0
    while head < count {
      let v = Int(order[head])
      head += 1
      let next = distance[v] + 1
      let sv = sigma[v]
      for i in offsets[v]..<offsets[v + 1] {
        let w = Int(neighbors[i])
        if distance[w] < 0 {
          distance[w] = next
          order[count] = Int32(w)
          count += 1
        }
        if distance[w] == next { sigma[w] += sv }
      }
    }
    // Distance statistics, at the source and at each target.
    var sum = 0
    var inverseSum = 0.0
    for i in 1..<count {
      let t = Int(order[i])
      let d = Int(distance[t])
      sum += d
      inverseSum += 1 / Double(d)
      harmonicIn[t] += 1 / Double(d)
      if directed {
        reachedIn[t] += 1
        distanceIn[t] += d
      }
    }
    reached.append(count - 1)
    distanceSum.append(sum)
    harmonicOut.append(inverseSum)
    eccentricity.append(Int(distance[Int(order[count - 1])]))
    // Dependencies, deepest first: δ(v) = Σ_{w : v ∈ P(w)} σ(v)/σ(w) · (1 + δ(w)).
    for i in stride(from: count - 1, through: 0, by: -1) {
      let v = Int(order[i])
      let deeper = distance[v] + 1
      var dv = 0.0
      for j in offsets[v]..<offsets[v + 1] {
        let w = Int(neighbors[j])
        if distance[w] == deeper { dv += (1 + delta[w]) / sigma[w] }
      }
      dv *= sigma[v]
      delta[v] = dv
      if v != s { dependency[v] += dv }
    }
    for i in 0..<count {
      let v = Int(order[i])
      distance[v] = -1
      sigma[v] = 0
      delta[v] = 0
    }
  }
}
