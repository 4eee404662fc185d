import Discussion

/// The working graph of Leiden and Louvain: undirected, weighted, without parallel edges,
/// self-loop weights kept apart, in compressed sparse row form. Level 0 is the projection of
/// a ``Graph``; each later level is the aggregate of the one before.
///
/// Quality is modularity written in the node-weight form used by Traag et al. (2019):
/// moving node v into community C changes it in proportion to
/// `w(v, C) − r · k_v · K_C`, with k the node strength (a self-loop counted twice), K_C the
/// strength of C and r = γ / 2m.
struct CommunityNetwork {
  let nodeCount: Int
  /// Neighbours of v (never v itself): `neighbors[offsets[v]..<offsets[v+1]]`.
  let offsets: [Int]
  let neighbors: [Int32]
  let weights: [Double]
  /// Weight of the self-loop of each node (0 when it has none).
  let loops: [Double]
  /// Strength of each node: weights of its edges plus twice its self-loop.
  let nodeWeight: [Double]

  /// Undirected projection of `graph`: a→b and b→a (and parallel copies) become one edge
  /// with the summed weight; self-loops are kept. Edges whose weight is not finite and
  /// positive are left out (modularity is not defined for them).
  /// - Complexity: O(V + E log E).
  init(projecting graph: Graph) {
    let n = graph.nodeCount
    var loops = [Double](repeating: 0, count: n)
    var keyed = [(key: Int64, weight: Double)]()
    keyed.reserveCapacity(graph.edgeCount)
    for e in 0..<graph.edgeCount {
      let w = graph.edgeWeights[e]
      guard w.isFinite, w > 0 else { continue }
      let s = Int64(graph.edgeSources[e])
      let t = Int64(graph.edgeTargets[e])
      if s == t {
        loops[Int(s)] += w
      } else {
        keyed.append((min(s, t) * Int64(n) + max(s, t), w))
      }
    }
    keyed.sort { $0.key < $1.key }
    var pairs = [(a: Int, b: Int, weight: Double)]()
    for item in keyed {
      let a = Int(item.key / Int64(n))
      let b = Int(item.key % Int64(n))
      if let last = pairs.last, last.a == a, last.b == b {
        pairs[pairs.count - 1].weight += item.weight
      } else {
        pairs.append((a, b, item.weight))
      }
    }
    var offsets = [Int](repeating: 0, count: n + 1)
    for p in pairs {
      offsets[p.a + 1] += 1
      offsets[p.b + 1] += 1
    }
    for v in 0..<n { offsets[v + 1] += offsets[v] }
    var cursor = offsets
    var neighbors = [Int32](repeating: 0, count: offsets[n])
    var weights = [Double](repeating: 0, count: offsets[n])
    for p in pairs {
      neighbors[cursor[p.a]] = Int32(p.b)
      weights[cursor[p.a]] = p.weight
      cursor[p.a] += 1
      neighbors[cursor[p.b]] = Int32(p.a)
      weights[cursor[p.b]] = p.weight
      cursor[p.b] += 1
    }
    self.init(offsets: offsets, neighbors: neighbors, weights: weights, loops: loops)
  }

  init(offsets: [Int], neighbors: [Int32], weights: [Double], loops: [Double]) {
    let n = loops.count
    self.nodeCount = n
    self.offsets = offsets
    self.neighbors = neighbors
    self.weights = weights
    self.loops = loops
    var strength = [Double](repeating: 0, count: n)
    for v in 0..<n {
      var k = 2 * loops[v]
      for i in offsets[v]..<offsets[v + 1] { k += weights[i] }
      strength[v] = k
    }
    self.nodeWeight = strength
  }

  /// Total node weight, 2m.
  var totalWeight: Double { nodeWeight.reduce(0, +) }

  /// The aggregate network whose nodes are the groups `label[v] ∈ 0..<groupCount`: edges
  /// between groups summed, edges inside a group (and members' loops) become its self-loop.
  /// - Complexity: O(V + E).
  func aggregated(by label: [Int], groupCount: Int) -> CommunityNetwork {
    let members = IndexGroups(keys: label, groupCount: groupCount)
    var offsets = [Int](repeating: 0, count: groupCount + 1)
    var neighbors = [Int32]()
    var weights = [Double]()
    var loops = [Double](repeating: 0, count: groupCount)
    var accumulated = [Double](repeating: 0, count: groupCount)
    var touched = [Int]()
    for g in 0..<groupCount {
      touched.removeAll(keepingCapacity: true)
      for v in members[g] {
        loops[g] += self.loops[v]
        for i in edgeRange(of: v) {
          let h = label[Int(self.neighbors[i])]
          if h == g {
            loops[g] += self.weights[i] / 2  // seen from both ends
          } else {
            if accumulated[h] == 0 { touched.append(h) }
            accumulated[h] += self.weights[i]
          }
        }
      }
      touched.sort()
      for h in touched {
        neighbors.append(Int32(h))
        weights.append(accumulated[h])
        accumulated[h] = 0
      }
      offsets[g + 1] = neighbors.count
    }
    return CommunityNetwork(offsets: offsets, neighbors: neighbors, weights: weights, loops: loops)
  }

  @inline(__always) func edgeRange(of v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }

  /// Modularity Σ_c [ in_c / 2m − γ (K_c / 2m)² ] of a partition of this network (in_c:
  /// twice the weight inside c, loops included); NaN when 2m = 0.
  func modularity(of label: [Int], groupCount: Int, resolution: Double) -> Double {
    let total = totalWeight
    guard total > 0 else { return .nan }
    var inside = [Double](repeating: 0, count: groupCount)
    var strength = [Double](repeating: 0, count: groupCount)
    for v in 0..<nodeCount {
      let c = label[v]
      strength[c] += nodeWeight[v]
      inside[c] += 2 * loops[v]
      for i in edgeRange(of: v) where label[Int(neighbors[i])] == c { inside[c] += weights[i] }
    }
    var q = 0.0
    for c in 0..<groupCount {
      let share = strength[c] / total
      q += inside[c] / total - resolution * share * share
    }
    return q
  }

  /// Fast local moving (Traag et al. 2019, Algorithm A.2): nodes wait in a queue (random
  /// order at first); each goes to the neighbouring or empty community that raises quality
  /// most (staying wins ties); when a node moves, its neighbours outside its new community
  /// rejoin the queue. `community` labels lie in 0..<nodeCount, unused labels are empty.
  /// Returns whether any node moved.
  /// - Complexity: O(E) per pass over the queue, in practice a few passes.
  func moveNodes(
    community: inout [Int], communityWeight: inout [Double], resolution r: Double,
    random: inout SplitMix64
  ) -> Bool {
    let n = nodeCount
    var size = [Int](repeating: 0, count: n)
    for v in 0..<n { size[community[v]] += 1 }
    var empty = (0..<n).filter { size[$0] == 0 }.reversed().map { $0 }
    var queue = random.permutation(n)
    var queued = [Bool](repeating: true, count: n)
    var head = 0
    var pending = n
    var toCommunity = [Double](repeating: 0, count: n)
    var touched = [Int]()
    var moved = false
    while pending > 0 {
      let v = queue[head]
      head = head + 1 == n ? 0 : head + 1
      pending -= 1
      queued[v] = false
      let current = community[v]
      let k = nodeWeight[v]
      touched.removeAll(keepingCapacity: true)
      for i in edgeRange(of: v) {
        let c = community[Int(neighbors[i])]
        if toCommunity[c] == 0 { touched.append(c) }
        toCommunity[c] += weights[i]
      }
      communityWeight[current] -= k
      size[current] -= 1
      var best = current
      var bestGain = toCommunity[current] - r * k * communityWeight[current]
      for c in touched where c != current {
        let gain = toCommunity[c] - r * k * communityWeight[c]
        if gain > bestGain {
          best = c
          bestGain = gain
        }
      }
      if size[current] > 0, bestGain < 0, let fresh = empty.last {
        best = fresh  // alone in an empty community the gain is 0
        empty.removeLast()
      }
      for c in touched { toCommunity[c] = 0 }
      toCommunity[current] = 0
      community[v] = best
      communityWeight[best] += k
      size[best] += 1
      guard best != current else { continue }
      moved = true
      if size[current] == 0 { empty.append(current) }
      for i in edgeRange(of: v) {
        let u = Int(neighbors[i])
        if !queued[u] && community[u] != best {
          queued[u] = true
          let tail = (head + pending) % n
          queue[tail] = u
          pending += 1
        }
      }
    }
    return moved
  }
}
