/// The out-adjacency of the simple graph underneath a ``Graph``: parallel edges merged,
/// self-loops dropped. Shortest-path counts are taken on it, as NetworkX's `DiGraph`/`Graph`
/// (which cannot hold parallel edges) would; igraph would count each parallel edge as a
/// separate shortest path.
///
/// Nodes are renumbered for the searches' memory traffic: by degree, highest first (ties by
/// id), so the hubs every search touches share cache lines and isolated nodes are out of the
/// way. Each node keeps its neighbours in the original order, so every search visits nodes and
/// adds up floating-point sums in the same order as on the original numbering: the results
/// are bit for bit the same.
struct PathEngineAdjacency: Sendable {
  /// In internal numbering.
  let offsets: [Int]
  let neighbors: [Int32]
  /// Internal number of each original node, and original node of each internal number.
  let internalNode: [Int32]
  let originalNode: [Int32]

  init(_ graph: Graph) {
    let n = graph.nodeCount
    var degree = [Int](repeating: 0, count: n)
    for v in 0..<n { degree[v] = graph.outDegree(v) + graph.inDegree(v) }
    let original = (0..<n).sorted { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : $0 < $1 }
    var internalNode = [Int32](repeating: 0, count: n)
    for (u, v) in original.enumerated() { internalNode[v] = Int32(u) }
    var offsets = [Int](repeating: 0, count: n + 1)
    var neighbors = [Int32]()
    neighbors.reserveCapacity(graph.outNeighbors.count)
    var lastSeenFrom = [Int](repeating: -1, count: n)
    for (u, v) in original.enumerated() {
      for i in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
        let w = Int(graph.outNeighbors[i])
        if w == v || lastSeenFrom[w] == v { continue }
        lastSeenFrom[w] = v
        neighbors.append(internalNode[w])
      }
      offsets[u + 1] = neighbors.count
    }
    self.offsets = offsets
    self.neighbors = neighbors
    self.internalNode = internalNode
    self.originalNode = original.map(Int32.init)
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
    var reached: [Int] = []
    var distanceSum: [Int] = []
    var harmonicOut: [Double] = []
    var eccentricity: [Int] = []
    reached.reserveCapacity(sources.count)
    distanceSum.reserveCapacity(sources.count)
    harmonicOut.reserveCapacity(sources.count)
    eccentricity.reserveCapacity(sources.count)
    let work = PathEngineWork(nodeCount: n)
    defer { work.deallocate() }
    // Per-target sums, interleaved so that a target costs one cache line a search.
    let targets = UnsafeMutableBufferPointer<PathEngineTargetTotals>.allocate(capacity: n)
    targets.initialize(repeating: PathEngineTargetTotals())
    defer { targets.deallocate() }
    // Raw buffers in the hot loops: no bounds checks, and no reference counting on arrays
    // shared between workers (atomic counts on one cache line would serialise the threads).
    adjacency.offsets.withUnsafeBufferPointer { offsets in
      adjacency.neighbors.withUnsafeBufferPointer { neighbors in
        for s in sources {
          let r = work.search(
            from: Int(adjacency.internalNode[s]), offsets: offsets, neighbors: neighbors,
            into: targets, directed: directed)
          reached.append(r.reached)
          distanceSum.append(r.distanceSum)
          harmonicOut.append(r.harmonicOut)
          eccentricity.append(r.eccentricity)
        }
      }
    }
    for v in 0..<n {
      let t = targets[Int(adjacency.internalNode[v])]
      dependency[v] = t.dependency
      harmonicIn[v] = t.harmonicIn
      if directed {
        reachedIn[v] = t.reachedIn
        distanceIn[v] = t.distanceIn
      }
    }
    self.reached = reached
    self.distanceSum = distanceSum
    self.harmonicOut = harmonicOut
    self.eccentricity = eccentricity
  }
}

/// What a chunk's searches add up at one target v.
struct PathEngineTargetTotals {
  /// Σ_s δ_s(v) over sources s ≠ v.
  var dependency = 0.0
  /// Σ_s 1/d(s, v) over sources that reach v.
  var harmonicIn = 0.0
  /// Number of sources s ≠ v that reach v, and Σ d(s, v) over them (directed graphs only).
  var reachedIn = 0
  var distanceIn = 0
}

/// The working memory of one worker's breadth-first searches, O(V), reused for every source.
///
/// Between searches every buffer is back at its initial state (distance −1, the rest 0).
struct PathEngineWork {
  /// Distance from the source, −1 when not reached.
  let distance: UnsafeMutableBufferPointer<Int32>
  /// σ: number of shortest paths from the source.
  let sigma: UnsafeMutableBufferPointer<Double>
  /// (1 + δ(w)) / σ(w) (δ: Brandes' dependency), two slots a node: slot `d % 2` for a node
  /// at distance d. An edge from a node at distance d leads to distance d + 1 at most, and
  /// levels are accumulated deepest first, so when level d is summed, slot `(d + 1) % 2` holds
  /// the values of level d + 1 and zeros at every neighbour of level d that is not a successor
  /// (levels d − 1, d − 3, … are not written yet): summing the slot over all out-neighbours of
  /// v sums it over v's successors only, without testing distances.
  let share: UnsafeMutableBufferPointer<Double>
  /// Nodes in order of discovery (so by distance); one spare slot for branch-free appends.
  let order: UnsafeMutableBufferPointer<Int32>
  /// Level d is `order[levels[d]..<levels[d + 1]]`.
  let levels: UnsafeMutableBufferPointer<Int>
  /// 1/d by distance d (index 0 unused): the values `1 / Double(d)` gives, without dividing.
  let inverse: UnsafeMutableBufferPointer<Double>

  init(nodeCount n: Int) {
    distance = .allocate(capacity: n)
    distance.initialize(repeating: -1)
    sigma = .allocate(capacity: n)
    sigma.initialize(repeating: 0)
    share = .allocate(capacity: 2 * n)
    share.initialize(repeating: 0)
    order = .allocate(capacity: n + 1)
    order.initialize(repeating: 0)
    levels = .allocate(capacity: n + 2)
    levels.initialize(repeating: 0)
    inverse = .allocate(capacity: n + 1)
    inverse.initialize(repeating: 0)
    for d in stride(from: 1, through: n, by: 1) { inverse[d] = 1 / Double(d) }
  }

  func deallocate() {
    distance.deallocate()
    sigma.deallocate()
    share.deallocate()
    order.deallocate()
    levels.deallocate()
    inverse.deallocate()
  }

  /// One source: breadth-first search level by level, distance statistics, dependency
  /// accumulation (Brandes 2001); leaves the work buffers as it found them.
  ///
  /// Floating-point sums are formed in the same order as the textbook loop — σ in discovery
  /// order, δ(v) over v's out-neighbours in adjacency order, Σ 1/d in discovery order — with
  /// `+0.0` added where the textbook skips a term, which changes no bit. The hot loops are
  /// branch-free: which neighbours are new or successors is unpredictable.
  @inline(__always)
  func search(
    from s: Int, offsets: UnsafeBufferPointer<Int>, neighbors: UnsafeBufferPointer<Int32>,
    into targets: UnsafeMutableBufferPointer<PathEngineTargetTotals>, directed: Bool
  ) -> (reached: Int, distanceSum: Int, harmonicOut: Double, eccentricity: Int) {
    // Breadth-first search, one level at a time: distances, shortest-path counts.
    distance[s] = 0
    sigma[s] = 1
    order[0] = Int32(s)
    levels[0] = 0
    var count = 1
    var levelCount = 0
    var lower = 0
    var depth: Int32 = 0
    while lower < count {
      let upper = count
      levelCount += 1
      levels[levelCount] = upper
      let next = depth + 1
      for k in lower..<upper {
        let v = Int(order[k])
        let sv = sigma[v]
        for i in offsets[v]..<offsets[v + 1] {
          let w = Int(neighbors[i])
          let dw = distance[w]
          let isNew = dw < 0
          order[count] = Int32(truncatingIfNeeded: w)
          count &+= isNew ? 1 : 0
          distance[w] = isNew ? next : dw
          sigma[w] += isNew || dw == next ? sv : 0
        }
      }
      lower = upper
      depth = next
    }
    // Distance statistics at the source: Σ d and Σ 1/d in discovery order.
    var sum = 0
    var inverseSum = 0.0
    for d in stride(from: 1, to: levelCount, by: 1) {
      let inv = inverse[d]
      let size = levels[d + 1] - levels[d]
      sum += d * size
      for _ in 0..<size { inverseSum += inv }
    }
    // Dependencies, deepest level first: δ(v) = σ(v) · Σ_{w : v ∈ P(w)} (1 + δ(w))/σ(w);
    // and each target's sums. The source (level 0) needs none.
    for d in stride(from: levelCount - 1, through: 1, by: -1) {
      let inv = inverse[d]
      let (reach, hops) = directed ? (1, d) : (0, 0)
      let read = (d + 1) & 1
      let write = d & 1
      for i in levels[d]..<levels[d + 1] {
        let v = Int(order[i])
        var sum = 0.0
        for j in offsets[v]..<offsets[v + 1] { sum += share[2 &* Int(neighbors[j]) &+ read] }
        let sv = sigma[v]
        let dv = sum * sv
        share[2 &* v &+ write] = (1 + dv) / sv
        targets[v].dependency += dv
        targets[v].harmonicIn += inv
        targets[v].reachedIn &+= reach
        targets[v].distanceIn &+= hops
      }
    }
    for i in 0..<count {
      let v = Int(order[i])
      distance[v] = -1
      sigma[v] = 0
      share[2 &* v] = 0
      share[2 &* v &+ 1] = 0
    }
    return (count - 1, sum, inverseSum, levelCount - 1)
  }
}
