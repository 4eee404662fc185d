import DiscussionGraph
import Testing

/// Properties of the path engine that do not need a reference library: determinism across
/// thread counts, sampling, and indifference to parallel edges and self-loops.
@Suite("Path engine")
struct PathEngineTests {
  /// A seeded random directed graph with parallel edges and self-loops.
  static func randomGraph(nodes: Int, edges: Int, directed: Bool, seed: UInt64) -> Graph {
    var state = seed
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let list = (0..<edges).map { _ in (next(nodes), next(nodes), Double(1 + next(5))) }
    return Graph(nodeCount: nodes, directed: directed, edges: list)
  }

  /// Bit patterns, so NaN compares equal to NaN and results must agree to the last bit.
  static func bits(_ m: PathMetrics) -> [[UInt64]] {
    [
      m.betweenness, m.betweennessNormalized, m.closeness, m.closenessWassermanFaust,
      m.harmonic, m.harmonicOut, m.eccentricity,
    ].map { $0.map(\.bitPattern) } + [[UInt64(m.diameter)], m.sources.map { UInt64($0) }]
  }

  @Test(arguments: [true, false])
  func parallelEqualsSerialBitForBit(directed: Bool) {
    let g = Self.randomGraph(nodes: 800, edges: 3200, directed: directed, seed: 3)
    let serial = Self.bits(g.pathMetrics(threads: 1))
    for threads in [2, 3, 8, 64] {
      #expect(Self.bits(g.pathMetrics(threads: threads)) == serial, "threads: \(threads)")
    }
    #expect(Self.bits(g.pathMetrics()) == serial)
    let sample = PathSources.sample(count: 200, seed: 11)
    #expect(
      Self.bits(g.pathMetrics(sources: sample, threads: 1))
        == Self.bits(g.pathMetrics(sources: sample, threads: 4)))
  }

  @Test func samplingIsSeededAndClamped() {
    let g = Self.randomGraph(nodes: 300, edges: 1200, directed: true, seed: 5)
    let a = g.pathMetrics(sources: .sample(count: 50, seed: 1))
    let b = g.pathMetrics(sources: .sample(count: 50, seed: 1))
    let c = g.pathMetrics(sources: .sample(count: 50, seed: 2))
    #expect(a.isSampled && a.sources.count == 50 && a.sources == a.sources.sorted())
    #expect(Self.bits(a) == Self.bits(b))
    #expect(a.sources != c.sources)
    #expect(g.pathMetrics(sources: .sample(count: 1, seed: 1)).sources.count == 2)
    let full = g.pathMetrics(sources: .sample(count: 1000, seed: 1))
    #expect(!full.isSampled && Self.bits(full) == Self.bits(g.pathMetrics()))
  }

  @Test func sampledPerSourceValuesAreExactOrNaN() {
    let g = Self.randomGraph(nodes: 200, edges: 900, directed: false, seed: 9)
    let exact = g.pathMetrics()
    let s = g.pathMetrics(sources: .sample(count: 40, seed: 4))
    let sources = Set(s.sources)
    for v in 0..<g.nodeCount {
      if sources.contains(v) {
        #expect(s.closeness[v].bitPattern == exact.closeness[v].bitPattern)
        #expect(s.harmonicOut[v] == exact.harmonicOut[v])
        #expect(s.eccentricity[v] == exact.eccentricity[v])
        #expect(s.closenessWassermanFaust[v] == exact.closenessWassermanFaust[v])
      } else {
        #expect(s.closeness[v].isNaN && s.harmonicOut[v].isNaN && s.eccentricity[v].isNaN)
        #expect(s.closenessWassermanFaust[v].isNaN)
      }
    }
    #expect(s.diameter <= exact.diameter)
  }

  @Test func sampledBetweennessEstimatesTheExactValue() {
    let g = Self.randomGraph(nodes: 400, edges: 1600, directed: true, seed: 21)
    let exact = g.pathMetrics().betweenness.reduce(0, +)
    let estimate = g.pathMetrics(sources: .sample(count: 200, seed: 8)).betweenness
      .reduce(0, +)
    #expect(abs(estimate - exact) < 0.1 * exact)
  }

  @Test(arguments: [true, false])
  func parallelEdgesAndSelfLoopsDoNotChangeThePaths(directed: Bool) {
    let g = Self.randomGraph(nodes: 120, edges: 400, directed: directed, seed: 13)
    var simple = [(Int, Int, Double)]()
    var seen = Set<[Int]>()
    for e in 0..<g.edgeCount {
      let s = Int(g.edgeSources[e])
      let t = Int(g.edgeTargets[e])
      let key = directed ? [s, t] : [min(s, t), max(s, t)]
      if s != t && seen.insert(key).inserted { simple.append((s, t, 1)) }
    }
    let h = Graph(nodeCount: g.nodeCount, directed: directed, edges: simple)
    #expect(h.edgeCount < g.edgeCount)
    #expect(Self.bits(g.pathMetrics()) == Self.bits(h.pathMetrics()))
  }

  /// A directed graph where many nodes reply to one other only (pendant sources, derived from
  /// their target's search in an exact run), some of them reached back by their target.
  static func pendantGraph(seed: UInt64) -> Graph {
    var state = seed
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var edges: [(Int, Int)] = []
    for v in 0..<300 {
      let outDegree = v < 120 ? 1 : (v < 150 ? 0 : 2 + next(4))
      for _ in 0..<outDegree { edges.append((v, next(300))) }
    }
    return Graph(nodeCount: 300, directed: true, edges: edges)
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func pendantTotalsEqualTheirOwnSearches(seed: UInt64) {
    let g = Self.pendantGraph(seed: seed)
    let exact = g.pathMetrics()
    // Not every node: a sample, so every listed source is searched itself.
    let searched = g.pathMetrics(sources: .explicit(Array(0..<299)))
    #expect(searched.isSampled)
    for v in 0..<299 {
      #expect(searched.closeness[v].bitPattern == exact.closeness[v].bitPattern, "\(v)")
      #expect(searched.harmonicOut[v].bitPattern == exact.harmonicOut[v].bitPattern, "\(v)")
      #expect(searched.eccentricity[v] == exact.eccentricity[v], "\(v)")
    }
  }

  @Test func pendantAloneAtTheEndOfItsSourcesSearch() {
    // 3 → 0 only (a pendant of 0), and 0 reaches 3 last: 0 → 1 → 3, 0 → 2.
    let g = Graph(nodeCount: 4, directed: true, edges: [(0, 1), (0, 2), (1, 3), (3, 0)])
    let m = g.pathMetrics()
    #expect(m.eccentricity == [2, 3, 0, 2])
    #expect(m.closeness[3] == 3.0 / 5.0)  // 0 at 1, 1 and 2 at 2
    #expect(m.harmonicOut[3] == (1 + 0.5 + 0.5) / 3)
    // 0 lies on 3 → 1, 3 → 2 and 1 → 2; 1 on 0 → 3; 3 on 1 → 0 and 1 → 2.
    #expect(m.betweenness == [3, 1, 0, 2])
  }

  @Test func explicitSourcesAreCleaned() {
    let g = Graph(nodeCount: 4, directed: true, edges: [(0, 1), (1, 2), (2, 3)])
    let m = g.pathMetrics(sources: .explicit([3, -1, 1, 1, 9]))
    #expect(m.sources == [1, 3] && m.isSampled)
    // No source, no estimate.
    #expect(g.pathMetrics(sources: .explicit([])).betweenness.allSatisfy { $0.isNaN })
  }

  @Test func pathGraphByHand() {
    // 0 → 1 → 2 → 3: node 1 lies on (0,2), (0,3); node 2 on (0,3), (1,3).
    let g = Graph(nodeCount: 4, directed: true, edges: [(0, 1), (1, 2), (2, 3)])
    let m = g.pathMetrics()
    #expect(m.betweenness == [0, 2, 2, 0])
    #expect(m.eccentricity == [3, 2, 1, 0])
    #expect(m.diameter == 3)
    #expect(m.closeness[0] == 3.0 / 6.0 && m.closeness[3].isNaN)
    #expect(m.harmonic == [0, 1, 1.5, 1 + 0.5 + 1.0 / 3])
  }

  /// The worst case of the batch buffers (``Graph/pathMetrics(sources:threads:)``'s
  /// O(16 · (V + E)) a worker): on a long path every source of a batch reaches every node at
  /// a distance of its own, so a batch makes about 16 entries a node and 16 DAG edges an
  /// edge, the most its buffers hold. Tests run unoptimised, where each buffer access is
  /// bounds-checked; the values are the path's closed forms, not the engine's.
  @Test(arguments: [true, false])
  func longPathFillsTheBatchBuffersAndKeepsItsClosedForms(directed: Bool) {
    let n = 800
    let g = Graph(
      nodeCount: n, directed: directed, edges: (0..<(n - 1)).map { ($0, $0 + 1, 1.0) })
    let m = g.pathMetrics()
    #expect(m.diameter == n - 1)
    for i in 0..<n {
      let before = i
      let after = n - 1 - i
      // Pairs (s, t) with s before i and t after it: ordered in a directed path, unordered
      // in an undirected one, one pair each way.
      #expect(m.betweenness[i] == Double(before * after), "node \(i)")
      let distances = after * (after + 1) / 2 + (directed ? 0 : before * (before + 1) / 2)
      let reached = after + (directed ? 0 : before)
      if reached == 0 {
        #expect(m.closeness[i].isNaN)
      } else {
        #expect(m.closeness[i] == Double(reached) / Double(distances), "node \(i)")
      }
      #expect(m.eccentricity[i] == Double(directed ? after : max(before, after)))
      // Incoming distances: the nodes before i in a directed path, both sides otherwise.
      func harmonicNumber(_ k: Int) -> Double { (1...max(k, 1)).reduce(0) { $0 + 1 / Double($1) } }
      let harmonic =
        (before > 0 ? harmonicNumber(before) : 0)
        + (directed ? 0 : (after > 0 ? harmonicNumber(after) : 0))
      #expect(abs(m.harmonic[i] - harmonic) <= 1e-12 * max(1, harmonic), "node \(i)")
    }
  }
}
