import Discussion

/// Random Walk Controversy (Garimella, De Francisci Morales, Gionis & Mathioudakis 2018,
/// doi:10.1145/3140565) of a two-sided split of an undirected graph:
///
///     RWC = P_XX · P_YY − P_XY · P_YX,
///
/// where P_AB is the probability that a random walk ending in side A started in side B.
/// Walks start at a node drawn uniformly from one side (each side equally likely) and end
/// when they reach one of the k highest-degree nodes of either side (ties by node index), with
/// k = min(`hubs`, ⌈side size / 10⌉).
/// RWC is near 1 when walks rarely cross from one side to the other, near 0 when the sides
/// mix.
///
/// Solved from the walks' absorption probabilities for graphs of up to ``exactLimit`` non-hub
/// nodes, and estimated by sampling walks above
/// (``sampled(offsets:neighbors:side:isHub:reaches:hubCount:)``): the probability a(v) that a
/// walk from v is absorbed at a hub of X solves a(v) = mean of a(w) over the neighbours w of v,
/// with a = 1 at X's hubs and 0 at Y's; it is approached by preconditioned conjugate
/// gradients until every node's equation holds to 1e-10 of its degree
/// (``solveAbsorption(offsets:neighbors:isHub:free:a:)``: an iterative solution, not an exact
/// one). Nodes
/// that reach no hub are left out. Then, with ā_X(S) the mean of a over side S,
/// P_XX = ā_X(X) / (ā_X(X) + ā_X(Y)), P_XY = ā_X(Y) / (ā_X(X) + ā_X(Y)), and the same for Y
/// with 1 − a.
enum RandomWalkControversy {
  /// RWC of a graph given as neighbour lists (see
  /// ``compute(offsets:neighbors:side:hubs:connected:)``).
  static func compute(adjacency: [[Int32]], side: [UInt8], hubs: Int) -> (
    rwc: Double, absorption: [Double]
  ) {
    var offsets = [0]
    for list in adjacency { offsets.append(offsets[offsets.count - 1] + list.count) }
    return compute(
      offsets: offsets, neighbors: Array(adjacency.joined()), side: side, hubs: hubs)
  }

  /// The `count` nodes of `nodes` with the highest degree (ties: the smaller index first), in
  /// that order: the prefix of the nodes sorted so, without sorting them all.
  /// - Complexity: O(n · count) in the worst case, O(n) when few nodes enter the top.
  static func highestDegree(_ nodes: [Int], count: Int, degree: (Int) -> Int) -> [Int] {
    guard count > 0 else { return [] }
    var top: [Int] = []
    top.reserveCapacity(count + 1)
    func precedes(_ a: Int, _ b: Int) -> Bool { (degree(a), -a) > (degree(b), -b) }
    for v in nodes {
      guard top.count < count || precedes(v, top[top.count - 1]) else { continue }
      var i = top.count
      top.append(v)
      while i > 0, precedes(v, top[i - 1]) {
        top[i] = top[i - 1]
        i -= 1
      }
      top[i] = v
      if top.count > count { top.removeLast() }
    }
    return top
  }

  /// - Parameters:
  ///   - offsets, neighbors: the undirected simple graph in compressed sparse rows (the
  ///     neighbours of v are `neighbors[offsets[v]..<offsets[v + 1]]`).
  ///   - side: 0 or 1 for each node.
  ///   - hubs: k, the absorbing nodes per side.
  ///   - connected: the caller knows the graph is connected, so every node reaches a hub and
  ///     the sampled estimate needs no search for them (the polarisation null model's split
  ///     graphs are one component each).
  /// - Returns: RWC (NaN when a side has no hub or no node that reaches one) and a.
  /// - Complexity: O(√κ · E) for the solve (κ the system's condition number), or O(W · L)
  ///   for W sampled walks of up to L steps above ``exactLimit``.
  static func compute(
    offsets: [Int], neighbors: [Int32], side: [UInt8], hubs: Int, connected: Bool = false
  ) -> (rwc: Double, absorption: [Double]) {
    let n = side.count
    func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }
    var isHub = [Bool](repeating: false, count: n)
    var hubCount = [0, 0]
    for s in [UInt8(0), 1] {
      let members = (0..<n).filter { side[$0] == s && degree($0) > 0 }
      // At most a tenth of the side absorbs, so small sides still have walks to measure.
      let k = min(hubs, max(1, (members.count + 9) / 10))
      for v in Self.highestDegree(members, count: k, degree: degree) { isHub[v] = true }
      hubCount[Int(s)] = min(k, members.count)
    }
    assert(!connected || (0..<n).allSatisfy { degree($0) > 0 }, "connected: no isolated node")
    if connected, hubCount[0] + hubCount[1] > 0, n - hubCount[0] - hubCount[1] > exactLimit {
      return sampled(
        offsets: offsets, neighbors: neighbors, side: side, isHub: isHub,
        reaches: [Bool](repeating: true, count: n), hubCount: hubCount)
    }
    var a = [Double](repeating: 0.5, count: n)
    for v in 0..<n where isHub[v] { a[v] = side[v] == 0 ? 1 : 0 }
    // Nodes that reach a hub (breadth-first search from all hubs).
    var reaches = isHub
    var queue = (0..<n).filter { isHub[$0] }
    var head = 0
    while head < queue.count {
      let v = queue[head]
      head += 1
      for i in offsets[v]..<offsets[v + 1] where !reaches[Int(neighbors[i])] {
        reaches[Int(neighbors[i])] = true
        queue.append(Int(neighbors[i]))
      }
    }
    let free = queue.filter { !isHub[$0] }  // breadth-first order converges faster
    if free.count > exactLimit {
      return sampled(
        offsets: offsets, neighbors: neighbors, side: side, isHub: isHub, reaches: reaches,
        hubCount: hubCount)
    }
    solveAbsorption(offsets: offsets, neighbors: neighbors, isHub: isHub, free: free, a: &a)
    var total = [0.0, 0.0]
    var count = [0, 0]
    for v in 0..<n where reaches[v] {
      total[Int(side[v])] += a[v]
      count[Int(side[v])] += 1
    }
    guard count[0] > 0, count[1] > 0, hubCount[0] > 0, hubCount[1] > 0 else { return (.nan, a) }
    let endXFromX = total[0] / Double(count[0])
    let endXFromY = total[1] / Double(count[1])
    let endYFromX = 1 - endXFromX
    let endYFromY = 1 - endXFromY
    let pXX = endXFromX / (endXFromX + endXFromY)
    let pXY = endXFromY / (endXFromX + endXFromY)
    let pYY = endYFromY / (endYFromX + endYFromY)
    let pYX = endYFromX / (endYFromX + endYFromY)
    return (pXX * pYY - pXY * pYX, a)
  }

  /// The absorption probabilities of the free nodes: the solution of L_ff · a_f = b, the
  /// graph Laplacian restricted to the free nodes (a symmetric positive definite system:
  /// every free node reaches a hub) with b_v the sum of a over v's hub neighbours, by
  /// conjugate gradients preconditioned with the degrees (Jacobi). It takes O(√κ) iterations
  /// where Gauss–Seidel sweeps take O(κ), κ growing with the walks' absorption time: on a
  /// dense network with few hubs, a tenth of the work. Stops when every free node's equation
  /// holds to 1e-10 of its degree (the old sweeps stopped at a change below 1e-7).
  /// - Complexity: O(√κ · E), at most 10,000 iterations.
  static func solveAbsorption(
    offsets: [Int], neighbors: [Int32], isHub: [Bool], free: [Int], a: inout [Double]
  ) {
    let m = free.count
    guard m > 0 else { return }
    let n = a.count
    var slot = [Int](repeating: -1, count: n)
    for (k, v) in free.enumerated() { slot[v] = k }
    var degree = [Double](repeating: 0, count: m)
    var b = [Double](repeating: 0, count: m)
    var x = [Double](repeating: 0, count: m)
    for (k, v) in free.enumerated() {
      degree[k] = Double(offsets[v + 1] - offsets[v])
      x[k] = a[v]
      for i in offsets[v]..<offsets[v + 1] where isHub[Int(neighbors[i])] {
        b[k] += a[Int(neighbors[i])]
      }
    }
    /// L_ff · y for the free nodes.
    func multiply(_ y: [Double], into out: inout [Double]) {
      for (k, v) in free.enumerated() {
        var sum = degree[k] * y[k]
        for i in offsets[v]..<offsets[v + 1] {
          let w = slot[Int(neighbors[i])]
          if w >= 0 { sum -= y[w] }
        }
        out[k] = sum
      }
    }
    var r = [Double](repeating: 0, count: m)
    multiply(x, into: &r)
    for k in 0..<m { r[k] = b[k] - r[k] }
    var z = (0..<m).map { r[$0] / degree[$0] }
    var p = z
    var rz = zip(r, z).reduce(0) { $0 + $1.0 * $1.1 }
    var q = [Double](repeating: 0, count: m)
    for _ in 0..<10_000 {
      let worst = (0..<m).reduce(0.0) { max($0, abs(r[$1]) / degree[$1]) }
      if worst < 1e-10 { break }
      multiply(p, into: &q)
      let pq = zip(p, q).reduce(0) { $0 + $1.0 * $1.1 }
      guard pq > 0 else { break }
      let alpha = rz / pq
      for k in 0..<m {
        x[k] += alpha * p[k]
        r[k] -= alpha * q[k]
        z[k] = r[k] / degree[k]
      }
      let next = zip(r, z).reduce(0) { $0 + $1.0 * $1.1 }
      let beta = next / rz
      rz = next
      for k in 0..<m { p[k] = z[k] + beta * p[k] }
    }
    for (k, v) in free.enumerated() { a[v] = min(1, max(0, x[k])) }
  }

  /// Above this many non-hub nodes RWC is estimated from sampled walks; up to it, solved
  /// iteratively.
  static let exactLimit = 5_000
  /// Walks started from each side when sampling, and the longest walk followed.
  static let walksPerSide = 1_000
  static let longestWalk = 100_000

  /// RWC from sampled walks (Garimella et al.'s own method): ``walksPerSide`` walks from
  /// uniformly drawn nodes of each side (among those that reach a hub), each followed until
  /// it reaches a hub; seeded by the graph's size, so the same graph gives the same value.
  static func sampled(
    offsets: [Int], neighbors: [Int32], side: [UInt8], isHub: [Bool], reaches: [Bool],
    hubCount: [Int]
  ) -> (rwc: Double, absorption: [Double]) {
    let n = side.count
    let starts = [UInt8(0), 1].map { s in (0..<n).filter { side[$0] == s && reaches[$0] } }
    guard !starts[0].isEmpty, !starts[1].isEmpty, hubCount[0] > 0, hubCount[1] > 0 else {
      return (.nan, [])
    }
    var rng = SplitMix64(seed: UInt64(n) &* 0x9E37_79B9 &+ UInt64(neighbors.count))
    // ends[start side][end side]
    var ends = [[0.0, 0.0], [0.0, 0.0]]
    for s in 0..<2 {
      for _ in 0..<walksPerSide {
        var v = starts[s][rng.below(starts[s].count)]
        var steps = 0
        while !isHub[v] && steps < longestWalk {
          let d = offsets[v + 1] - offsets[v]
          v = Int(neighbors[offsets[v] + rng.below(d)])
          steps += 1
        }
        if isHub[v] { ends[s][Int(side[v])] += 1 }
      }
    }
    let pXX = ends[0][0] / (ends[0][0] + ends[1][0])
    let pXY = ends[1][0] / (ends[0][0] + ends[1][0])
    let pYY = ends[1][1] / (ends[0][1] + ends[1][1])
    let pYX = ends[0][1] / (ends[0][1] + ends[1][1])
    return (pXX * pYY - pXY * pYX, [])
  }
}
