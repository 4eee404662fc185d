import Discussion
import Testing

@testable import DiscussionGraph

@Suite("Conflict: polarisation")
struct PolarisationTests {
  /// Two K5s (0–4, 5–9) joined by the edge 4–5.
  static let barbell: Graph = {
    var edges: [(Int, Int)] = [(4, 5)]
    for base in [0, 5] {
      for i in 0..<5 { for j in (i + 1)..<5 { edges.append((base + i, base + j)) } }
    }
    return Graph(nodeCount: 10, directed: false, edges: edges)
  }()

  @Test func barbellByHand() {
    let p = Polarisation(graph: Self.barbell, options: .init(rewirings: 0, hubsPerSide: 1))
    #expect(p.members(0).count == 5)
    #expect(p.members(1).count == 5)
    #expect(Set(p.members(0)) == Set(0..<5) || Set(p.members(0)) == Set(5..<10))
    // I = 10 + 10 = 20, E = 1, m = 21.
    #expect((p.internalEdges, p.externalEdges) == (20, 1))
    // E-I = (1 − 20) / 21.
    #expect(abs(p.eiIndex - (-19.0 / 21.0)) < 1e-12)
    // Degree sums 4·4 + 5 = 21 a side: Q = 2 (10/21 − (21/42)²) = 20/21 − 1/2.
    #expect(abs(p.modularity - (20.0 / 21.0 - 0.5)) < 1e-12)
    // Hubs 4 and 5 (degree 5); every walk in a K5 reaches its own hub first: RWC = 1·1 − 0·0.
    #expect(abs(p.rwc - 1) < 1e-6)
    #expect(p.modularityP.isNaN)
  }

  @Test func randomWalkControversyByHand() {
    // Triangles 0-1-2 (X) and 3-4-5 (Y), bridges 2–3 and 1–4; hubs (k = 1): node 1 for X
    // (degree 3, the smaller of 1 and 2), node 3 for Y. Absorption at X's hub, a(1) = 1,
    // a(3) = 0: a0 = (1 + a2)/2, a2 = (a0 + 1 + 0)/3 → a2 = 0.6, a0 = 0.8;
    // a4 = (0 + a5 + 1)/3, a5 = (0 + a4)/2 → a4 = 0.4, a5 = 0.2.
    // Means: X (0.8 + 1 + 0.6)/3 = 0.8, Y (0 + 0.4 + 0.2)/3 = 0.2 → P_XX = 0.8, P_XY = 0.2,
    // P_YY = 0.8, P_YX = 0.2; RWC = 0.64 − 0.04 = 0.6.
    let adjacency: [[Int32]] = [[1, 2], [0, 2, 4], [0, 1, 3], [4, 5, 2], [3, 5, 1], [3, 4]]
    let (rwc, a) = RandomWalkControversy.compute(
      adjacency: adjacency, side: [0, 0, 0, 1, 1, 1], hubs: 1)
    #expect(abs(rwc - 0.6) < 1e-6)
    #expect(abs(a[0] - 0.8) < 1e-6)
    #expect(abs(a[4] - 0.4) < 1e-6)
    // The same split measured: I = 6, E = 2 → E-I = (2 − 6)/8 = −0.5;
    // Q = 2 (3/8 − (8/16)²) = 0.25.
    let edges: [(Int32, Int32)] = [(0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (4, 5), (2, 3), (1, 4)]
    let m = SplitCounts(UndirectedRows(nodes: 6, edges: edges), side: [0, 0, 0, 1, 1, 1])
    #expect(m.eiIndex == -0.5)
    #expect(m.modularity == 0.25)
    // Modularity agrees with the library's general formula.
    let g = Graph(nodeCount: 6, directed: false, edges: edges.map { (Int($0.0), Int($0.1)) })
    #expect(abs(try! g.modularity(membership: [0, 0, 0, 1, 1, 1], directed: false) - 0.25) < 1e-12)
  }

  @Test("Absorption probabilities equal a direct solve of the linear system on random graphs")
  func absorptionAgreesWithADirectSolve() {
    for seed in 0..<40 {
      var rng = SplitMix64(seed: UInt64(seed))
      let n = 8 + rng.below(40)
      var neighbors = [Set<Int32>](repeating: [], count: n)
      for v in 1..<n {  // connected: each node linked to an earlier one, then extra edges
        let w = rng.below(v)
        neighbors[v].insert(Int32(w))
        neighbors[w].insert(Int32(v))
      }
      for _ in 0..<(2 * n) {
        let (v, w) = (rng.below(n), rng.below(n))
        if v != w {
          neighbors[v].insert(Int32(w))
          neighbors[w].insert(Int32(v))
        }
      }
      let adjacency = neighbors.map { $0.sorted() }
      let side = (0..<n).map { _ in UInt8(rng.below(2)) }
      guard side.contains(0), side.contains(1) else { continue }
      let (_, a) = RandomWalkControversy.compute(adjacency: adjacency, side: side, hubs: 2)
      // The same system by Gaussian elimination: a(v) d(v) − Σ a(w) = 0 off the hubs.
      let hubs = (0..<n).filter { a[$0] == 1 || a[$0] == 0 }.filter { v in
        // Hubs are the nodes pinned to 0 or 1 that are the top-degree ones of their side.
        let ranked = (0..<n).filter { side[$0] == side[v] }.sorted {
          (adjacency[$0].count, -$0) > (adjacency[$1].count, -$1)
        }
        return ranked.prefix(min(2, max(1, (ranked.count + 9) / 10))).contains(v)
      }
      let free = (0..<n).filter { !hubs.contains($0) }
      var matrix = [[Double]](
        repeating: [Double](repeating: 0, count: free.count + 1), count: free.count)
      let index = Dictionary(uniqueKeysWithValues: free.enumerated().map { ($1, $0) })
      for (r, v) in free.enumerated() {
        matrix[r][r] = Double(adjacency[v].count)
        for w in adjacency[v] {
          if let c = index[Int(w)] {
            matrix[r][c] -= 1
          } else if side[Int(w)] == 0 {
            matrix[r][free.count] += 1
          }
        }
      }
      for c in 0..<free.count {  // elimination with partial pivoting
        let pivot = (c..<free.count).max { abs(matrix[$0][c]) < abs(matrix[$1][c]) }!
        matrix.swapAt(c, pivot)
        for r in 0..<free.count where r != c && matrix[r][c] != 0 {
          let f = matrix[r][c] / matrix[c][c]
          for k in c...free.count { matrix[r][k] -= f * matrix[c][k] }
        }
      }
      for (r, v) in free.enumerated() {
        #expect(abs(a[v] - matrix[r][free.count] / matrix[r][r]) < 1e-8, "seed \(seed) node \(v)")
      }
    }
  }

  /// Two planted groups of 12 with dense insides and two edges across, against the null.
  static let planted: Graph = {
    var rng = SplitMix64(seed: 11)
    var edges: [(Int, Int)] = [(0, 12), (5, 17)]
    for base in [0, 12] {
      for i in 0..<12 {
        for j in (i + 1)..<12 where rng.unit() < 0.5 { edges.append((base + i, base + j)) }
      }
    }
    return Graph(nodeCount: 24, directed: false, edges: edges)
  }()

  /// An Erdős–Rényi graph has no camps: its best bisection is no better than a rewired one's.
  @Test func randomGraphIsNotSignificant() {
    var rng = SplitMix64(seed: 5)
    var edges: [(Int, Int)] = []
    for i in 0..<40 { for j in (i + 1)..<40 where rng.unit() < 0.15 { edges.append((i, j)) } }
    let p = Polarisation(
      graph: Graph(nodeCount: 40, directed: false, edges: edges),
      options: .init(rewirings: 200, seed: 2))
    #expect(p.modularityP > 0.05)
  }

  @Test func plantedSplitIsSignificantAndSeeded() {
    let options = Polarisation.Options(rewirings: 200, seed: 3)
    let p = Polarisation(graph: Self.planted, options: options)
    #expect(p.externalEdges == 2)
    // Fewer than 1 null sample in 20 is as modular or as closed.
    #expect(p.modularityP < 0.05)
    #expect(p.eiIndexP < 0.05)
    #expect(p.rewirings == 200)
    // Same seed, same answer.
    #expect(Polarisation(graph: Self.planted, options: options) == p)
  }

  /// The refinement's own counts of the split it leaves are those of a fresh pass over the
  /// edges, on random graphs and starting splits.
  @Test func refinementCountsItsResult() {
    var rng = SplitMix64(seed: 12)
    for trial in 0..<100 {
      let n = 4 + rng.below(40)
      var present = Set<[Int32]>()
      for v in 1..<n { present.insert([Int32(rng.below(v)), Int32(v)]) }  // a random tree
      for _ in 0..<rng.below(3 * n) {
        let (a, b) = (Int32(rng.below(n)), Int32(rng.below(n)))
        if a != b { present.insert([min(a, b), max(a, b)]) }
      }
      let edges = present.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0[0], $0[1]) }
      let rows = UndirectedRows(nodes: n, edges: edges)
      var side = (0..<n).map { _ in UInt8(rng.below(2)) }
      side[0] = 0
      side[1] = 1
      let counts = TwoWayRefinement.refine(
        offsets: rows.offsets, neighbors: rows.neighbors, side: &side)
      #expect(counts == SplitCounts(rows, side: side), "trial \(trial)")
    }
  }

  /// The refinement's scan of move thresholds makes the moves of the textbook pass, which
  /// evaluates ΔQ at every node in index order: the same sides on random graphs and starting
  /// splits, sparse and dense, and on the worst case for the scan, a star (whose hub's
  /// threshold is the only one near the balance).
  @Test func refinementMovesAsEveryNodeIsEvaluated() {
    /// Newman's ΔQ at each node in index order, moving when it exceeds 1e-12.
    func textbook(_ rows: UndirectedRows, _ side: inout [UInt8], sweeps: Int = 10) {
      let m = Double(rows.edgeCount)
      for _ in 0..<sweeps {
        var moved = false
        for v in 0..<rows.nodeCount {
          let s = side[v]
          guard side.filter({ $0 == s }).count > 1 else { continue }
          var degreeSum = [0.0, 0.0]
          for u in 0..<rows.nodeCount { degreeSum[Int(side[u])] += Double(rows.degree(u)) }
          let k = Double(rows.degree(v))
          let own = Double(
            rows.neighbors[rows.offsets[v]..<rows.offsets[v + 1]].filter { side[Int($0)] == s }
              .count)
          let other = k - own
          let (dS, dT) = (degreeSum[Int(s)], degreeSum[1 - Int(s)])
          if (other - own) / m - k * (dT - dS + k) / (2 * m * m) > 1e-12 {
            side[v] = 1 - s
            moved = true
          }
        }
        if !moved { break }
      }
    }
    var rng = SplitMix64(seed: 14)
    var graphs: [(Int, [(Int32, Int32)])] = []
    for trial in 0..<150 {
      let n = 2 + rng.below(trial < 100 ? 60 : 20)
      var present = Set<[Int32]>()
      for v in 1..<n { present.insert([Int32(rng.below(v)), Int32(v)]) }  // a random tree
      let extra = trial < 100 ? rng.below(3 * n) : n * n  // then dense graphs
      for _ in 0..<extra {
        let (a, b) = (Int32(rng.below(n)), Int32(rng.below(n)))
        if a != b { present.insert([min(a, b), max(a, b)]) }
      }
      graphs.append((n, present.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0[0], $0[1]) }))
    }
    graphs.append((41, (1..<41).map { (Int32(0), Int32($0)) }))  // a star
    var moves = 0
    for (trial, (n, edges)) in graphs.enumerated() {
      let rows = UndirectedRows(nodes: n, edges: edges)
      var start = (0..<n).map { _ in UInt8(rng.below(2)) }
      start[0] = 0
      start[n - 1] = 1
      var expected = start
      textbook(rows, &expected)
      var side = start
      TwoWayRefinement.refine(offsets: rows.offsets, neighbors: rows.neighbors, side: &side)
      #expect(side == expected, "graph \(trial): \(n) nodes, \(edges.count) edges")
      moves += zip(start, side).filter { $0 != $1 }.count
    }
    #expect(moves > 200)  // the splits did move
  }

  /// The starting split's shortcut (one search from the hub, when its component is most of the
  /// graph) gives the split that searching every component gives, on random forests with extra
  /// edges: one giant component, several small ones, a hub in a small one, isolated nodes.
  @Test func startingSplitShortcutAgreesWithTheFullSearch() {
    var rng = SplitMix64(seed: 15)
    var shortcuts = 0
    for trial in 0..<300 {
      let n = 2 + rng.below(50)
      var present = Set<[Int32]>()
      // Nodes 0..<n, in rng.below(4) + 1 blocks, each a random tree; some nodes left alone.
      let blocks = 1 + rng.below(4)
      for v in 1..<n where v % blocks != 0 || rng.below(5) > 0 {
        let u = Int32(rng.below(v))
        if u % Int32(blocks) == Int32(v % blocks) { present.insert([u, Int32(v)]) }
      }
      for _ in 0..<rng.below(n) {
        let (a, b) = (Int32(rng.below(n)), Int32(rng.below(n)))
        if a != b, a % Int32(blocks) == b % Int32(blocks) {
          present.insert([min(a, b), max(a, b)])
        }
      }
      if trial % 7 == 0 {  // a star in a small block: the hub outside the largest component
        for k in 1...6 where k * blocks + 1 < n { present.insert([1, Int32(k * blocks + 1)]) }
      }
      let edges = present.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0[0], $0[1]) }
      let rows = UndirectedRows(nodes: n, edges: edges)
      let full = Polarisation.initialSidesSearchingEveryComponent(rows)
      let fast = Polarisation.initialSides(rows)
      #expect(fast?.members == full?.members && fast?.sides == full?.sides, "trial \(trial)")
      if let full, full.members.count * 2 > (0..<n).filter({ rows.degree($0) > 0 }).count {
        shortcuts += 1
      }
    }
    #expect(shortcuts > 50 && shortcuts < 290)  // both paths were taken
  }

  /// On a connected graph above the exact solver's size, the walks' estimate is the same
  /// whether the nodes that reach a hub are searched for or known to be all of them.
  @Test func connectedGraphsNeedNoHubSearch() {
    var rng = SplitMix64(seed: 13)
    let n = RandomWalkControversy.exactLimit + 1_500
    var edges: [(Int32, Int32)] = []
    for v in 1..<n { edges.append((Int32(rng.below(v)), Int32(v))) }  // a random tree
    let rows = UndirectedRows(nodes: n, edges: edges)
    let side = (0..<n).map { UInt8($0 % 2) }
    let searched = RandomWalkControversy.compute(
      offsets: rows.offsets, neighbors: rows.neighbors, side: side, hubs: 10)
    let known = RandomWalkControversy.compute(
      offsets: rows.offsets, neighbors: rows.neighbors, side: side, hubs: 10, connected: true)
    #expect(!searched.rwc.isNaN)
    #expect(searched.rwc == known.rwc)
  }

  @Test func rewiringKeepsDegreesAndSimplicity() {
    var edges: [(Int, Int)] = []
    for e in 0..<Self.planted.edgeCount {
      edges.append((Int(Self.planted.edgeSources[e]), Int(Self.planted.edgeTargets[e])))
    }
    var chain = DegreePreservingRewiring(edges: edges, seed: 1)
    let accepted = chain.swap(attempts: 10 * edges.count)
    #expect(accepted > 0)
    func degrees(_ list: [(Int, Int)]) -> [Int] {
      var d = [Int](repeating: 0, count: 24)
      for (u, v) in list {
        d[u] += 1
        d[v] += 1
      }
      return d
    }
    let rewired = chain.edges.map { (Int($0.0), Int($0.1)) }
    #expect(degrees(rewired) == degrees(edges))
    #expect(rewired.allSatisfy { $0.0 != $0.1 })
    #expect(Set(rewired.map { "\($0.0)-\($0.1)" }).count == rewired.count)
  }

  @Test func aTriangleHasNoCamps() {
    // The bisection {0, 1} | {2}: Q = 1/3 − (4/6)² − (2/6)² = −2/9, and no move helps.
    let p = Polarisation(
      graph: Graph(nodeCount: 3, directed: false, edges: [(0, 1), (1, 2), (0, 2)]),
      options: .init(rewirings: 10))
    #expect(abs(p.modularity - (-2.0 / 9.0)) < 1e-12)
    #expect(p.members(0) == [0, 1])
    let none: [(Int, Int)] = []
    let empty = Polarisation(graph: Graph(nodeCount: 2, directed: false, edges: none))
    #expect(empty.modularity.isNaN)
    #expect(empty.modularityP.isNaN)
  }

  /// The hubs are the first nodes by degree (ties: the smaller index), chosen without sorting
  /// every node: the same as the prefix of the sorted list, for any count, ties included.
  @Test func highestDegreeIsTheSortedPrefix() {
    var rng = SplitMix64(seed: 4)
    for trial in 0..<200 {
      let n = 1 + Int(rng.next() % 60)
      let degrees = (0..<n).map { _ in Int(rng.next() % UInt64(1 + trial % 7)) }
      let nodes = (0..<n).filter { _ in rng.next() % 4 != 0 }
      let sorted = nodes.sorted { (degrees[$0], -$0) > (degrees[$1], -$1) }
      for count in [0, 1, 3, 10, n + 2] {
        let top = RandomWalkControversy.highestDegree(nodes, count: count) { degrees[$0] }
        #expect(top == Array(sorted.prefix(count)), "trial \(trial), count \(count)")
      }
    }
  }
}
