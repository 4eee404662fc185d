import Discussion

/// A two-sided split of a commenter network and how polarised it is, each measure with a
/// p-value against a degree-preserving rewired null model.
///
/// The split ("camps") is a bisection of the largest connected component of the undirected
/// simple projection (as Garimella et al. measure it), made by a procedure P: breadth-first
/// search from its highest-degree commenter grows side X until it holds half of the
/// component's degree, the rest of the component is side Y
/// (``initialSides(_:)``), then commenters move between the sides while a move
/// raises the split's modularity (``TwoWayRefinement``), in the manner of Kernighan–Lin
/// bisection, as Garimella et al. split their graphs in two (with METIS). Commenters outside
/// the component are in neither camp. P is cheap (O(sweeps · E)), so the null model can repeat it
/// for every sample. The measures, on the subgraph X ∪ Y induces:
/// - modularity of the split {X, Y} (Newman 2006, doi:10.1073/pnas.0601602103), unweighted;
/// - E-I index (Krackhardt & Stern 1988, doi:10.2307/2786835): (E − I) / (E + I), E the edges
///   between the sides, I those within; −1 when the sides never meet;
/// - Random Walk Controversy (``RandomWalkControversy``), hubs = the `hubsPerSide` highest-
///   degree nodes of each side.
///
/// Null model: the whole projection is rewired by double-edge swaps that keep every degree
/// (``DegreePreservingRewiring``; 10·E swap attempts of burn-in, then E/10 between samples) and P
/// is applied to each sample, so the null gets to fit its split to its graph just as the
/// observed split did: a random graph has modular-looking splits (Guimerà, Sales-Pardo &
/// Amaral 2004, doi:10.1103/PhysRevE.70.025101), and keeping the observed sides fixed would
/// make every split look significant. Samples are measured in parallel.
/// p = (1 + #{samples at least as polarised}) / (1 + rewirings): larger modularity and RWC,
/// smaller E-I count as more polarised.
public struct Polarisation: Sendable, Hashable {
  public struct Options: Sendable, Hashable {
    /// Samples of the null model (0: no p-values).
    public var rewirings: Int
    /// Seed of the null model's edge swaps.
    public var seed: UInt64
    /// k of Random Walk Controversy.
    public var hubsPerSide: Int

    public init(rewirings: Int = 1000, seed: UInt64 = 0, hubsPerSide: Int = 10) {
      self.rewirings = rewirings
      self.seed = seed
      self.hubsPerSide = hubsPerSide
    }
  }

  /// Side of each node: 0 (X), 1 (Y) or nil (neither).
  public var side: [UInt8?]
  /// Edges of the X ∪ Y subgraph within a side (I) and between the sides (E).
  public var internalEdges: Int
  public var externalEdges: Int
  public var modularity: Double
  public var eiIndex: Double
  public var rwc: Double
  /// p-values against the null model (NaN without rewirings or without a split).
  public var modularityP: Double
  public var eiIndexP: Double
  public var rwcP: Double
  public var rewirings: Int

  /// Members of side 0 or 1, in node order.
  public func members(_ s: UInt8) -> [Int] { side.indices.filter { side[$0] == s } }

  /// Splits `graph` (undirected, simple; see ``SignedNetwork/undirectedGraph``) and measures
  /// the split.
  ///
  /// - Complexity: O(R · (r + s) · E) for R rewirings, r refinement sweeps and s
  ///   Gauss–Seidel sweeps of the random walks.
  public init(graph: Graph, options: Options = Options()) {
    let n = graph.nodeCount
    rewirings = options.rewirings
    side = [UInt8?](repeating: nil, count: n)
    (internalEdges, externalEdges) = (0, 0)
    (modularity, eiIndex, rwc) = (.nan, .nan, .nan)
    (modularityP, eiIndexP, rwcP) = (.nan, .nan, .nan)
    var edges: [(Int, Int)] = []
    for e in 0..<graph.edgeCount where graph.edgeSources[e] != graph.edgeTargets[e] {
      edges.append((Int(graph.edgeSources[e]), Int(graph.edgeTargets[e])))
    }
    let all = edges.map { (Int32($0.0), Int32($0.1)) }
    let rows = UndirectedRows(nodes: n, edges: all)
    let observed = Self.splitAndMeasure(rows, hubs: options.hubsPerSide)
    side = observed.sides
    internalEdges = observed.internal
    externalEdges = observed.external
    (modularity, eiIndex, rwc) = (observed.modularity, observed.ei, observed.rwc)
    guard options.rewirings > 0, !modularity.isNaN else { return }
    // The null: snapshots of the swap chain are taken in order and measured in parallel; the
    // chain makes the next batch on another thread while the batch before is measured, so its
    // serial steps leave no core idle (``NullSampler``).
    let sampler = NullSampler(
      DegreePreservingRewiring(edges: edges, seed: options.seed ^ 0x5EED_C0DE),
      attemptsBetween: max(1, edges.count / 10), batch: Self.nullBatch)
    sampler.chain.swap(attempts: 10 * edges.count)
    var atLeast = (modularity: 0, ei: 0, rwc: 0)
    let tolerance = 1e-12
    var done = 0
    let meter = ProgressMeter.current
    meter?.begin("null model", total: options.rewirings, unit: "rewirings")
    defer { meter?.end() }
    let hubs = options.hubsPerSide
    let offsets = rows.offsets
    func measure(_ batch: [[(Int32, Int32)]]) -> [(Double, Double, Double)] {
      concurrentMap(count: batch.count) { k in
        defer { meter?.advance() }
        let null = Self.splitAndMeasure(
          UndirectedRows(offsets: offsets, edges: batch[k]), hubs: hubs)
        return (null.modularity, null.ei, null.rwc)
      }
    }
    var snapshots = sampler.next(min(Self.nullBatch, options.rewirings))
    while true {
      let ahead = min(Self.nullBatch, options.rewirings - done - snapshots.count)
      let upcoming = ahead > 0 ? Prefetch { sampler.next(ahead) } : nil
      for (q, ei, r) in measure(snapshots) {
        if !(q < modularity - tolerance) { atLeast.modularity += 1 }
        if !(ei > eiIndex + tolerance) { atLeast.ei += 1 }
        if !(r < rwc - tolerance) { atLeast.rwc += 1 }  // a NaN sample counts against
      }
      done += snapshots.count
      guard let upcoming else { break }
      let measured = consume snapshots
      snapshots = upcoming.wait()
      sampler.recycle(consume measured)
    }
    let denominator = Double(options.rewirings + 1)
    modularityP = Double(atLeast.modularity + 1) / denominator
    eiIndexP = Double(atLeast.ei + 1) / denominator
    rwcP = rwc.isNaN ? .nan : Double(atLeast.rwc + 1) / denominator
  }

  /// Null samples are made and measured this many at a time; two batches are held at once
  /// (one measured, the next being made).
  static let nullBatch = 16

  /// The starting bisection of a simple undirected graph, within its largest connected
  /// component (ties: the component of the smallest node): breadth-first search from the
  /// component's highest-degree node (ties: the smaller index) puts nodes in side 0 until they
  /// hold half of the component's degree; its other nodes are side 1. Returns the component's
  /// nodes, ascending, and each one's side; nil when the component has fewer than two nodes.
  ///
  /// Usually one breadth-first search does it all: when the component of the graph's
  /// highest-degree node holds more than half of the nodes with edges, it is the largest, that
  /// node is its root, and side 0 is the start of that search's order, which the growth from
  /// the root would visit in the same order. Otherwise every component is searched
  /// (``initialSidesSearchingEveryComponent(_:)``), with the same result.
  /// - Complexity: O(V + E).
  static func initialSides(_ rows: UndirectedRows) -> (members: [Int], sides: [UInt8])? {
    rows.offsets.withUnsafeBufferPointer { offsets in
      rows.neighbors.withUnsafeBufferPointer { neighbors in
        initialSidesFromTheHub(offsets: offsets, neighbors: neighbors)
          ?? initialSides(offsets: offsets, neighbors: neighbors)
      }
    }
  }

  /// ``initialSides(_:)`` without its shortcut, for the test that compares the two.
  static func initialSidesSearchingEveryComponent(_ rows: UndirectedRows)
    -> (members: [Int], sides: [UInt8])?
  {
    rows.offsets.withUnsafeBufferPointer { offsets in
      rows.neighbors.withUnsafeBufferPointer { neighbors in
        initialSides(offsets: offsets, neighbors: neighbors)
      }
    }
  }

  /// The shortcut of ``initialSides(_:)``: nil when the highest-degree node's component is
  /// not more than half of the nodes with edges (or there are fewer than two).
  private static func initialSidesFromTheHub(
    offsets: UnsafeBufferPointer<Int>, neighbors: UnsafeBufferPointer<Int32>
  ) -> (members: [Int], sides: [UInt8])? {
    let n = offsets.count - 1
    @inline(__always) func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }
    var withEdges = 0
    var root = 0
    for v in 0..<n where degree(v) > 0 {
      withEdges += 1
      if degree(v) > degree(root) { root = v }
    }
    guard withEdges >= 2 else { return nil }
    let visited = UnsafeMutableBufferPointer<Bool>.allocate(capacity: n)
    visited.initialize(repeating: false)
    let queue = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    defer {
      visited.deallocate()
      queue.deallocate()
    }
    queue[0] = Int32(root)
    visited[root] = true
    var (head, tail) = (0, 1)
    var totalDegree = 0
    while head < tail {
      let v = Int(queue[head])
      head += 1
      totalDegree += degree(v)
      for i in offsets[v]..<offsets[v + 1] where !visited[Int(neighbors[i])] {
        visited[Int(neighbors[i])] = true
        queue[tail] = neighbors[i]
        tail += 1
      }
    }
    guard 2 * tail > withEdges else { return nil }
    // The growth's pops: the search order's first nodes, until they hold half the degree.
    var (taken, mass) = (0, 0)
    while taken < tail, 2 * mass < totalDegree, taken < tail - 1 {
      mass += degree(Int(queue[taken]))
      taken += 1
    }
    let members = (0..<n).filter { visited[$0] }
    var sides = [UInt8](repeating: 1, count: n)  // by node, then by member
    for k in 0..<taken { sides[Int(queue[k])] = 0 }
    return (members, members.map { sides[$0] })
  }

  /// ``initialSides(_:)`` on raw rows, searching every component: it runs once per null
  /// sample whose hub's component is not most of the graph.
  private static func initialSides(
    offsets: UnsafeBufferPointer<Int>, neighbors: UnsafeBufferPointer<Int32>
  ) -> (members: [Int], sides: [UInt8])? {
    let n = offsets.count - 1
    @inline(__always) func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }
    guard (0..<n).lazy.filter({ degree($0) > 0 }).count >= 2 else { return nil }
    // The largest connected component (ties: the one with the smallest node), by
    // breadth-first search; `label` holds each node's component, then its side.
    let label = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    label.initialize(repeating: -1)
    let queue = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    defer {
      label.deallocate()
      queue.deallocate()
    }
    var best = (size: 0, label: Int32(-1))
    for start in 0..<n where degree(start) > 0 && label[start] < 0 {
      let component = Int32(start)
      queue[0] = component
      label[start] = component
      var (head, tail) = (0, 1)
      while head < tail {
        let v = Int(queue[head])
        head += 1
        for i in offsets[v]..<offsets[v + 1] where label[Int(neighbors[i])] < 0 {
          label[Int(neighbors[i])] = component
          queue[tail] = neighbors[i]
          tail += 1
        }
      }
      if tail > best.size { best = (tail, component) }
    }
    let members = (0..<n).filter { degree($0) > 0 && label[$0] == best.label }
    guard members.count >= 2 else { return nil }
    let root = members.max { (degree($0), -$0) < (degree($1), -$1) }!
    let totalDegree = members.reduce(0) { $0 + degree($1) }
    // From here on, label is 1 for side 1, 0 for side 0 and 2 for a node queued for side 0.
    for v in members { label[v] = 1 }
    queue[0] = Int32(root)
    label[root] = 2
    var (head, tail) = (0, 1)
    var mass = 0
    // Grow side 0 to half of the component's degree, keeping at least one node for side 1.
    while head < tail, 2 * mass < totalDegree, head < members.count - 1 {
      let v = Int(queue[head])
      head += 1
      label[v] = 0
      mass += degree(v)
      for i in offsets[v]..<offsets[v + 1] where label[Int(neighbors[i])] == 1 {
        label[Int(neighbors[i])] = 2
        queue[tail] = neighbors[i]
        tail += 1
      }
    }
    // Queued but not reached by the growth: side 1.
    return (members, members.map { label[$0] == 0 ? 0 : 1 })
  }

  /// The procedure P, applied to the graph and to every null sample: the starting bisection,
  /// refined (``TwoWayRefinement``), measured on the subgraph it covers.
  /// `sides` holds 0, 1 or nil (in neither) for each node.
  /// - Complexity: O(r · (V + E)) for r refinement sweeps, plus the walks'
  ///   (``RandomWalkControversy``).
  static func splitAndMeasure(_ rows: UndirectedRows, hubs: Int)
    -> (
      sides: [UInt8?], internal: Int, external: Int, modularity: Double, ei: Double, rwc: Double
    )
  {
    let n = rows.nodeCount
    guard let (members, start) = initialSides(rows) else {
      return ([UInt8?](repeating: nil, count: n), 0, 0, .nan, .nan, .nan)
    }
    let sub = rows.restricted(to: members)
    let m = refineAndMeasure(sub, sides: start, hubs: hubs)
    var result = [UInt8?](repeating: nil, count: n)
    for (i, v) in members.enumerated() { result[v] = m.sides[i] }
    return (result, m.internal, sub.edgeCount - m.internal, m.modularity, m.ei, m.rwc)
  }

  /// Refines `sides` on the graph, one connected component (``TwoWayRefinement``), and
  /// measures the result.
  static func refineAndMeasure(_ rows: UndirectedRows, sides: [UInt8], hubs: Int)
    -> (sides: [UInt8], internal: Int, modularity: Double, ei: Double, rwc: Double)
  {
    var refined = sides
    let counts = TwoWayRefinement.refine(
      offsets: rows.offsets, neighbors: rows.neighbors, side: &refined)
    let rwc = RandomWalkControversy.compute(
      offsets: rows.offsets, neighbors: rows.neighbors, side: refined, hubs: hubs,
      connected: true
    ).rwc
    return (refined, counts.internalEdges, counts.modularity, counts.eiIndex, rwc)
  }
}
