/// Sources searched together: one lane of a SIMD vector each (multi-source breadth-first
/// search, Then et al. 2014, doi:10.14778/2735496.2735507). Sixteen rather than eight: batches
/// of sources with the same hub share most entries, so twice the lanes read each edge about half
/// as often a source (benchmark reply network: 15% less CPU in `stats`; 32 lanes, which Swift's
/// SIMD32 does not lower to vector code here, were 20 times slower).
typealias PathEngineLanes = SIMD16<Double>

/// Which lanes of a batch an entry concerns: bit b for lane b.
typealias PathEngineLaneSet = UInt16

/// The working memory of one worker's batched searches, reused for every batch.
///
/// A batch searches from up to ``lanes`` sources at once, level by level: a node reached at
/// distance d from several of them is one *entry* of level d for all of them, its edges are
/// read once for all of them, and each edge carries every such source's shortest-path count in
/// one vector. On a small-world graph the sources of a batch reach most nodes at a few common
/// distances, so edges are read a few times a batch instead of once a source. The search
/// records the edges of the shortest-path DAG (entry to successor entry), so the dependency
/// pass reads only those, in order, and its per-entry values sit side by side.
///
/// Between batches the per-node buffers are back at their initial state (zeros; -1 in
/// ``laneOf``); the per-entry ones are written before they are read. A worker makes one for
/// the whole run and reuses it for every chunk it searches: a work made afresh for each chunk
/// left glibc's arenas holding the pages each had touched (``PathEngineTotals``).
///
/// `@unchecked Sendable`: raw buffers, handed to one worker at a time.
struct PathEngineBatchWork: @unchecked Sendable {
  static let lanes = PathEngineLanes.scalarCount

  /// Per node: the lanes that reach it at a distance up to the level being expanded.
  let seen: UnsafeMutableBufferPointer<PathEngineLaneSet>
  /// Per node: the lanes that reach it at the level being built, and its entry there.
  let next: UnsafeMutableBufferPointer<PathEngineLaneSet>
  let nextEntry: UnsafeMutableBufferPointer<Int32>
  /// Per entry, in breadth-first order: the node, the lanes that reach it at that level, and
  /// σ per lane (0 in other lanes), which the dependency pass replaces with (1 + δ)/σ per lane
  /// (an entry's σ is read only where its share is written; its predecessors read the share).
  /// A node has at most one entry a level and one a lane.
  let entryNode: UnsafeMutableBufferPointer<Int32>
  let entryLanes: UnsafeMutableBufferPointer<PathEngineLaneSet>
  let entrySigma: UnsafeMutableBufferPointer<PathEngineLanes>
  /// The successor entries of entry k (DAG edges, in adjacency order) are
  /// `successors[successorStart[k]..<successorStart[k + 1]]`.
  let successorStart: UnsafeMutableBufferPointer<Int>
  let successors: UnsafeMutableBufferPointer<Int32>
  /// Level d is entries `levels[d]..<levels[d + 1]`.
  let levels: UnsafeMutableBufferPointer<Int>
  /// 1/d by distance d (index 0 unused): the values `1 / Double(d)` gives, without dividing.
  let inverse: UnsafeMutableBufferPointer<Double>
  /// For each set of eight lanes (a byte of a lane set), the bit mask that keeps those lanes of
  /// eight and zeroes the rest; ``keeping(_:of:)`` puts two together.
  let keep: UnsafeMutableBufferPointer<SIMD8<UInt64>>
  /// Pendant sources (see ``PathEnginePendants``), copied for this worker: per node the source
  /// it hangs on or -1, and the pendants of node u at `pendantList[pendantStart[u]..<…[u + 1]]`.
  let pendantOf: UnsafeMutableBufferPointer<Int32>
  let pendantStart: UnsafeMutableBufferPointer<Int>
  let pendantList: UnsafeMutableBufferPointer<Int32>
  let hasPendants: Bool
  /// Per node: its lane while it is a source of the batch, else -1.
  let laneOf: UnsafeMutableBufferPointer<Int8>
  /// Per pendant: its distance from its source in the batch, 0 when not reached.
  let pendantDistance: UnsafeMutableBufferPointer<Int32>
  /// Nodes reached at distance d in lane l: `levelSize[d * lanes + l]`.
  let levelSize: UnsafeMutableBufferPointer<Int>
  /// Per node (internal numbering), a chunk's sums; zero between chunks (``PathEngineChunk``
  /// reads and clears them). Interleaved so that a target costs one cache line a search.
  let targets: UnsafeMutableBufferPointer<PathEngineTargetTotals>

  /// Buffers for a graph of `n` nodes and `m` edges (entry buffers are sized for the worst
  /// case, every node at a different distance in every lane, but only the entries a batch
  /// makes are ever touched).
  init(nodeCount n: Int, edgeCount m: Int, pendants: PathEnginePendants) {
    seen = .allocate(capacity: n)
    seen.initialize(repeating: 0)
    next = .allocate(capacity: n)
    next.initialize(repeating: 0)
    nextEntry = .allocate(capacity: n)
    nextEntry.initialize(repeating: 0)
    let entries = n * Self.lanes + 1
    entryNode = .allocate(capacity: entries)
    entryLanes = .allocate(capacity: entries)
    entrySigma = .allocate(capacity: entries)
    successorStart = .allocate(capacity: entries + 1)
    successors = .allocate(capacity: m * Self.lanes + 1)
    levels = .allocate(capacity: n + 2)
    inverse = .allocate(capacity: n + 1)
    inverse.initialize(repeating: 0)
    for d in stride(from: 1, through: n, by: 1) { inverse[d] = 1 / Double(d) }
    keep = .allocate(capacity: 256)
    for set in 0..<256 {
      var mask = SIMD8<UInt64>()
      for lane in 0..<8 where set & (1 << lane) != 0 { mask[lane] = ~0 }
      keep[set] = mask
    }
    pendantOf = .allocate(capacity: n)
    _ = pendantOf.initialize(from: pendants.of.lazy.map { Int32($0) })
    pendantStart = .allocate(capacity: n + 1)
    _ = pendantStart.initialize(from: pendants.byNode.start)
    pendantList = .allocate(capacity: max(pendants.byNode.members.count, 1))
    _ = pendantList.initialize(from: pendants.byNode.members.lazy.map { Int32($0) })
    hasPendants = !pendants.byNode.members.isEmpty
    laneOf = .allocate(capacity: n)
    laneOf.initialize(repeating: -1)
    pendantDistance = .allocate(capacity: n)
    pendantDistance.initialize(repeating: 0)
    levelSize = .allocate(capacity: (n + 2) * Self.lanes)
    targets = .allocate(capacity: n)
    targets.initialize(repeating: PathEngineTargetTotals())
  }

  func deallocate() {
    seen.deallocate()
    next.deallocate()
    nextEntry.deallocate()
    entryNode.deallocate()
    entryLanes.deallocate()
    entrySigma.deallocate()
    successorStart.deallocate()
    successors.deallocate()
    levels.deallocate()
    inverse.deallocate()
    keep.deallocate()
    pendantOf.deallocate()
    pendantStart.deallocate()
    pendantList.deallocate()
    laneOf.deallocate()
    pendantDistance.deallocate()
    levelSize.deallocate()
    targets.deallocate()
  }

  /// The lane whose source node `v` is a pendant of, when that lane is among `lanes`; else -1.
  @inline(__always)
  func pendantLane(of v: Int, in lanes: PathEngineLaneSet) -> Int {
    let u = pendantOf[v]
    guard u >= 0 else { return -1 }
    let lane = Int(laneOf[Int(u)])
    return lane >= 0 && lanes & (1 << lane) != 0 ? lane : -1
  }

  /// Per lane: how many pendants its source has.
  func pendantCounts(of batch: UnsafeBufferPointer<Int32>) -> [Int] {
    batch.map { pendantStart[Int($0) + 1] - pendantStart[Int($0)] }
  }

  /// `vector` with the lanes outside `lanes` set to 0.
  @inline(__always)
  func keeping(_ lanes: PathEngineLaneSet, of vector: PathEngineLanes) -> PathEngineLanes {
    unsafeBitCast(
      unsafeBitCast(vector, to: SIMD16<UInt64>.self)
        & SIMD16(lowHalf: keep[Int(lanes & 0xFF)], highHalf: keep[Int(lanes >> 8)]),
      to: PathEngineLanes.self)
  }

  /// One batch of distinct sources: breadth-first search level by level for all of them at
  /// once, distance statistics per source, dependency accumulation (Brandes 2001) per lane;
  /// leaves the per-node buffers as it found them.
  ///
  /// Per source, σ and δ are the textbook's (σ sums integers, exact below 2⁵³; δ(v) sums over
  /// v's successors in adjacency order), so each source's dependencies do not depend on the
  /// batch it is in. A target's totals add the lanes of a level together. The pendants of the
  /// batch's sources are accounted for too, and their totals appended to `derived`.
  func search(
    from batch: UnsafeBufferPointer<Int32>, offsets: UnsafeBufferPointer<Int>,
    neighbors: UnsafeBufferPointer<Int32>,
    into targets: UnsafeMutableBufferPointer<PathEngineTargetTotals>, directed: Bool,
    results: UnsafeMutableBufferPointer<PathEngineSourceTotals>,
    derived: inout [PathEngineSourceTotals]
  ) {
    for (lane, s) in batch.enumerated() {
      laneOf[Int(s)] = Int8(lane)
      results[lane].node = s
    }
    let (count, levelCount) = breadthFirst(from: batch, offsets: offsets, neighbors: neighbors)
    addDistances(levelCount: levelCount, lanes: batch.count, into: results)
    accumulate(
      levelCount: levelCount, batch: batch, into: targets, directed: directed, results: results)
    if hasPendants {
      addPendantTotals(levelCount: levelCount, batch: batch, results: results, to: &derived)
    }
    for k in 0..<count { seen[Int(entryNode[k])] = 0 }
    for s in batch { laneOf[Int(s)] = -1 }
  }

  // The three phases below run once a batch; kept out of line so that a profile shows them
  // apart.

  /// Distances, shortest-path counts and the shortest-path DAG from every source of the
  /// batch, level by level; returns the number of entries and of levels.
  @inline(never) private func breadthFirst(
    from batch: UnsafeBufferPointer<Int32>, offsets: UnsafeBufferPointer<Int>,
    neighbors: UnsafeBufferPointer<Int32>
  ) -> (count: Int, levelCount: Int) {
    // Level 0: each source in its own lane.
    var count = 0
    for (lane, s) in batch.enumerated() {
      entryNode[count] = s
      entryLanes[count] = 1 << lane
      seen[Int(s)] = 1 << lane
      var sigma = PathEngineLanes()
      sigma[lane] = 1
      entrySigma[count] = sigma
      count += 1
    }
    levels[0] = 0
    successorStart[0] = 0
    var edges = 0
    var levelCount = 0
    var lower = 0
    while lower < count {
      let upper = count
      levelCount += 1
      levels[levelCount] = upper
      for k in lower..<upper {
        let v = Int(entryNode[k])
        let lanes = entryLanes[k]
        let sv = entrySigma[k]
        for i in offsets[v]..<offsets[v + 1] {
          let w = Int(neighbors[i])
          // The lanes in which w is a successor of v: v's lanes that have not reached w yet.
          let fresh = lanes & ~seen[w]
          if fresh == 0 { continue }
          let nw = next[w]
          let added = keeping(fresh, of: sv)
          let entry: Int
          if nw == 0 {
            entry = count
            entryNode[entry] = Int32(truncatingIfNeeded: w)
            entrySigma[entry] = added
            nextEntry[w] = Int32(truncatingIfNeeded: entry)
            count &+= 1
          } else {
            entry = Int(nextEntry[w])
            entrySigma[entry] += added
          }
          next[w] = nw | fresh
          successors[edges] = Int32(truncatingIfNeeded: entry)
          edges &+= 1
        }
        successorStart[k + 1] = edges
      }
      for k in upper..<count {
        let w = Int(entryNode[k])
        let lanes = next[w]
        entryLanes[k] = lanes
        seen[w] |= lanes
        next[w] = 0
      }
      lower = upper
    }
    return (count, levelCount)
  }

  /// Each source's distance statistics: Σ d and Σ 1/d level by level (size · 1/d, the sum
  /// ``addPendantTotals`` makes for a pendant, so a search and a derivation agree to the bit);
  /// the level sizes and the pendants' distances for ``addPendantTotals``.
  @inline(never) private func addDistances(
    levelCount: Int, lanes laneCount: Int,
    into results: UnsafeMutableBufferPointer<PathEngineSourceTotals>
  ) {
    for d in stride(from: 1, to: levelCount, by: 1) {
      let size = UnsafeMutableBufferPointer(rebasing: levelSize[(d * Self.lanes)...])
      for lane in 0..<Self.lanes { size[lane] = 0 }
      for k in levels[d]..<levels[d + 1] {
        var lanes = entryLanes[k]
        if hasPendants {
          let v = Int(entryNode[k])
          if pendantLane(of: v, in: lanes) >= 0 { pendantDistance[v] = Int32(d) }
        }
        while lanes != 0 {
          size[lanes.trailingZeroBitCount] += 1
          lanes &= lanes &- 1
        }
      }
      let inv = inverse[d]
      for lane in 0..<laneCount where size[lane] > 0 {
        results[lane].reached += size[lane]
        results[lane].distanceSum += d * size[lane]
        results[lane].harmonicOut += Double(size[lane]) * inv
        results[lane].eccentricity = d
      }
    }
  }

  /// Dependencies, deepest level first: δ(v) = σ(v) · Σ_{w : v ∈ P(w)} (g(w) + δ(w))/σ(w), lane
  /// by lane over the recorded successors, with target weight g(w) = 1 + m − [w is a pendant
  /// of the lane's source] for a source with m pendants (1 without pendants: Brandes' δ); and
  /// each target's sums. The sources (level 0) need none.
  @inline(never) private func accumulate(
    levelCount: Int, batch: UnsafeBufferPointer<Int32>,
    into targets: UnsafeMutableBufferPointer<PathEngineTargetTotals>, directed: Bool,
    results: UnsafeMutableBufferPointer<PathEngineSourceTotals>
  ) {
    let pendants = pendantCounts(of: batch)
    var multiplier = PathEngineLanes()
    for (lane, m) in pendants.enumerated() { multiplier[lane] = Double(m) }
    let weight = 1 + multiplier
    var pendantsReached = [Int](repeating: 0, count: batch.count)
    for d in stride(from: levelCount - 1, through: 1, by: -1) {
      let inv = inverse[d]
      for k in levels[d]..<levels[d + 1] {
        var sum = PathEngineLanes()
        for e in successorStart[k]..<successorStart[k + 1] {
          sum += entrySigma[Int(successors[e])]  // its share by now
        }
        let lanes = entryLanes[k]
        let sv = entrySigma[k]
        let v = Int(entryNode[k])
        let dv = keeping(lanes, of: sum * sv)
        let sources = lanes.nonzeroBitCount
        targets[v].dependency += dv.sum()
        targets[v].harmonicIn += Double(sources) * inv
        if directed {
          targets[v].reachedIn &+= sources
          targets[v].distanceIn &+= sources &* d
        }
        guard hasPendants else {
          entrySigma[k] = keeping(lanes, of: (1 + dv) / sv)
          continue
        }
        var g = weight
        let own = pendantLane(of: v, in: lanes)
        if own >= 0 {
          g[own] -= 1
          pendantsReached[own] += 1
        }
        entrySigma[k] = keeping(lanes, of: (g + dv) / sv)
        // The lanes' pendants reach v one step further (v itself excepted).
        let further = Int(keeping(lanes, of: multiplier).sum()) - (own >= 0 ? 1 : 0)
        if further > 0 {
          targets[v].harmonicIn += Double(further) * inverse[d + 1]
          if directed {
            targets[v].reachedIn &+= further
            targets[v].distanceIn &+= further &* (d + 1)
          }
        }
      }
    }
    // Each source u is one step from its m pendants, and lies on the paths from each of them to
    // every node u reaches (but the pendant itself).
    for (lane, m) in pendants.enumerated() where m > 0 {
      let u = Int(batch[lane])
      targets[u].dependency += Double(m * results[lane].reached - pendantsReached[lane])
      targets[u].harmonicIn += Double(m)
      if directed {
        targets[u].reachedIn &+= m
        targets[u].distanceIn &+= m
      }
    }
  }

  /// The totals of each pendant s of the batch's sources, from its source u's search: the
  /// distances are u's plus one, u itself at distance 1, and s left out.
  @inline(never) private func addPendantTotals(
    levelCount: Int, batch: UnsafeBufferPointer<Int32>,
    results: UnsafeMutableBufferPointer<PathEngineSourceTotals>,
    to derived: inout [PathEngineSourceTotals]
  ) {
    for (lane, u) in batch.enumerated() {
      let source = results[lane]
      for p in pendantStart[Int(u)]..<pendantStart[Int(u) + 1] {
        let s = Int(pendantList[p])
        let ds = Int(pendantDistance[s])
        pendantDistance[s] = 0
        let x = ds > 0 ? 1 : 0  // u reaches s
        var totals = PathEngineSourceTotals()
        totals.node = Int32(s)
        totals.reached = source.reached - x + 1
        totals.distanceSum = 1 + (source.reached - x) + source.distanceSum - x * ds
        var harmonic = 1.0
        for d in stride(from: 1, to: levelCount, by: 1) {
          let size = levelSize[d * Self.lanes + lane] - (d == ds ? 1 : 0)
          if size > 0 { harmonic += Double(size) * inverse[d + 1] }
        }
        totals.harmonicOut = harmonic
        let e = source.eccentricity
        if source.reached - x == 0 {
          totals.eccentricity = 1
        } else if ds == e && levelSize[e * Self.lanes + lane] == 1 {
          totals.eccentricity = e  // s alone at u's last level: the level before, plus one
        } else {
          totals.eccentricity = e + 1
        }
        derived.append(totals)
      }
    }
  }
}

/// What one search adds up at its source: nodes reached (itself excluded), Σ d, Σ 1/d, max d.
struct PathEngineSourceTotals {
  /// The source (internal numbering in a chunk's searches, original in its result).
  var node: Int32 = 0
  var reached = 0
  var distanceSum = 0
  var harmonicOut = 0.0
  var eccentricity = 0
}
