import Discussion
import Dispatch
import Foundation

/// Shortest-path centralities of every node, all from one breadth-first search per source (or,
/// for a pendant source of an exact run, from its neighbour's search).
///
/// Distances are hop counts on the simple graph underneath (parallel edges merged, self-loops
/// dropped; weights are not used), following edges forward in a directed graph. Each array is
/// indexed by node. A node that is not a source of a sampled run has `NaN` in the per-source
/// arrays (``closeness``, ``harmonicOut``, ``eccentricity``, and ``closenessWassermanFaust`` of
/// an undirected graph); ``closenessWassermanFaust`` of a directed graph is all `NaN` then.
public struct PathMetrics: Sendable {
  /// Betweenness (Freeman 1977, doi:10.2307/3033543), igraph's `betweenness(directed=True)`:
  /// `B(v) = Σ_{s ≠ v ≠ t} σ_st(v)/σ_st`, over ordered pairs in a directed graph and unordered
  /// pairs in an undirected one (NetworkX `betweenness_centrality(normalized=False)` too).
  /// Sampled: rescaled as NetworkX ≥ 3.5 does for `k` sources (unbiased; not Brandes–Pich's
  /// plain n/k): by (n−1)/k for a node not sampled and (n−1)/(k−1) for a sampled one, which
  /// never counts itself as a source.
  public var betweenness: [Double]
  /// NetworkX's `betweenness_centrality(normalized=True)`: ``betweenness`` divided by
  /// (n−1)(n−2) in a directed graph and by (n−1)(n−2)/2 in an undirected one (unchanged for
  /// n ≤ 2). Sampled: the same rescaling as NetworkX.
  public var betweennessNormalized: [Double]
  /// igraph's `closeness(mode="out", normalized=True)` (Freeman 1979,
  /// doi:10.1016/0378-8733(78)90021-7), reachable nodes only: `(r − 1) / Σ_t d(v, t)` over the
  /// `r − 1` other nodes `v` reaches; `NaN` when `v` reaches none.
  public var closeness: [Double]
  /// NetworkX's `closeness_centrality(wf_improved=True)`, Wasserman & Faust's variant for
  /// disconnected graphs: `((r − 1)/(n − 1)) · (r − 1)/Σ d(u, v)`; `0` when nothing reaches v.
  /// In a directed graph NetworkX uses **incoming** distances d(u, v) (nodes `u` that reach
  /// `v`), unlike ``closeness`` which uses outgoing ones.
  public var closenessWassermanFaust: [Double]
  /// NetworkX's `harmonic_centrality` (Marchiori & Latora 2000,
  /// doi:10.1016/S0378-4371(00)00311-3; Boldi & Vigna 2014, doi:10.1080/15427951.2013.865686):
  /// `H(v) = Σ_{u ≠ v} 1/d(u, v)`, **incoming** distances in a directed graph, not normalised.
  /// Sampled: the sum over sampled sources only, as `harmonic_centrality(sources=...)`.
  public var harmonic: [Double]
  /// igraph's `harmonic_centrality(mode="out", normalized=True)`: `Σ_{t ≠ v} 1/d(v, t) / (n − 1)`
  /// with outgoing distances (0 for n = 1).
  public var harmonicOut: [Double]
  /// igraph's `eccentricity(mode="out")`: the largest finite distance from `v` (unreachable nodes
  /// ignored; 0 for a node that reaches nothing).
  public var eccentricity: [Double]
  /// The largest finite distance between any two nodes: igraph's
  /// `diameter(directed=True, unconn=True)`; 0 for an empty graph (igraph: NaN). Sampled: the
  /// largest eccentricity among the sources, a lower bound.
  public var diameter: Int
  /// The sources searched from, ascending.
  public var sources: [Int]
  /// Whether ``sources`` is a proper subset of the nodes (values are then estimates).
  public var isSampled: Bool
}

extension Graph {
  /// Betweenness, closeness, harmonic centrality and eccentricity of every node (see
  /// ``PathMetrics`` for each formula and its reference), computed together with Brandes'
  /// algorithm (2001, doi:10.1080/0022250X.2001.9990249): a breadth-first search from each
  /// source gives the distances and shortest-path counts, and a pass in reverse order of
  /// distance accumulates the dependencies. Sources are searched sixteen at a time, sharing each
  /// visit of a node the sources reach at the same distance (multi-source breadth-first search,
  /// Then et al. 2014, doi:10.14778/2735496.2735507); see `PathEngineBatchWork`. Batches
  /// group sources with the same hub, which reach most nodes at the same distances
  /// (`PathEngineAdjacency.batchOrder(of:)`). In an exact run, a node with a single
  /// out-neighbour is not searched: its values follow from that neighbour's search
  /// (`PathEnginePendants`).
  ///
  /// Sources are split into chunks whose boundaries depend only on the source count, searched
  /// in parallel on `threads` workers (default: all cores), each with its own buffers, and the
  /// chunk sums are added in chunk order: the result is bit-identical for any thread count.
  ///
  /// - Parameters:
  ///   - sources: all nodes (exact), a seeded sample, or an explicit list.
  ///   - threads: workers to use; `nil` for one per active core, `1` for a serial run.
  /// - Complexity: O(k · (V + E)) time for k sources; O(V + E) memory plus O(16 · (V + E)) per
  ///   worker (the batch's entries and shortest-path DAG; only what a batch reaches is touched,
  ///   in buffers each worker keeps for the whole run).
  public func pathMetrics(sources: PathSources = .all, threads: Int? = nil) -> PathMetrics {
    let n = nodeCount
    let (sourceList, sampled) = sources.resolve(nodeCount: n)
    let adjacency = PathEngineAdjacency(self)
    let pendants = PathEnginePendants(adjacency, enabled: sourceList.count == n)
    let searchOrder = adjacency.batchOrder(
      of: sourceList.filter { pendants.of[Int(adjacency.internalNode[$0])] < 0 })
    let totals = PathEngineTotals(
      sources: searchOrder, adjacency: adjacency, pendants: pendants, directed: isDirected,
      threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
    return PathMetrics(
      assembling: totals, nodeCount: n, directed: isDirected, sources: sourceList,
      sampled: sampled)
  }
}

/// Chunk sums of a full run, merged in chunk order.
struct PathEngineTotals {
  /// At most this many chunks are searched or waiting to be merged at once; fixed so that
  /// memory never depends on the thread count.
  static let window = 8
  /// Sources are cut into at most this many chunks (fixed so that the merge order never
  /// depends on the thread count).
  static let maxChunks = 64

  var dependency: [Double]
  var harmonicIn: [Double]
  var reachedIn: [Int]
  var distanceIn: [Int]
  /// Per source searched or derived, each naming its node.
  var perSource: [PathEngineSourceTotals] = []

  /// Zero sums for `n` nodes.
  init(nodeCount n: Int, directed: Bool) {
    dependency = [Double](repeating: 0, count: n)
    harmonicIn = [Double](repeating: 0, count: n)
    reachedIn = directed ? [Int](repeating: 0, count: n) : []
    distanceIn = directed ? [Int](repeating: 0, count: n) : []
  }

  /// Searches `sources` in chunks on `threads` workers, each taking the next chunk as soon as
  /// it is free (chunks differ in cost: the hub order puts the sources that reach most first),
  /// and adds the chunk sums in chunk order.
  init(
    sources: [Int], adjacency: PathEngineAdjacency, pendants: PathEnginePendants, directed: Bool,
    threads: Int
  ) {
    let n = adjacency.offsets.count - 1
    self.init(nodeCount: n, directed: directed)
    let chunkCount = min(sources.count, Self.maxChunks)
    guard chunkCount > 0 else { return }
    let bounds = (0...chunkCount).map { $0 * sources.count / chunkCount }
    let meter = ProgressMeter.current
    meter?.begin("path metrics", total: sources.count, unit: "sources")
    defer { meter?.end() }
    // One working memory a worker for the whole run.
    let works = (0..<min(max(threads, 1), Self.window, chunkCount)).map { _ in
      PathEngineBatchWork(
        nodeCount: n, edgeCount: adjacency.neighbors.count, pendants: pendants)
    }
    defer { for work in works { work.deallocate() } }
    let schedule = PathEngineSchedule(
      merging: self, chunkCount: chunkCount, window: Self.window)
    @Sendable func searchChunks(on work: PathEngineBatchWork) {
      while let c = schedule.take() {
        let chunk = PathEngineChunk(
          sources: sources[bounds[c]..<bounds[c + 1]], adjacency: adjacency, directed: directed,
          work: work)
        meter?.advance(bounds[c + 1] - bounds[c])
        schedule.finish(c, chunk)
      }
    }
    DispatchQueue.concurrentPerform(iterations: works.count) { searchChunks(on: works[$0]) }
    self = schedule.totals
  }

  mutating func merge(_ chunk: PathEngineChunk) {
    for v in dependency.indices {
      dependency[v] += chunk.dependency[v]
      harmonicIn[v] += chunk.harmonicIn[v]
    }
    for v in reachedIn.indices {
      reachedIn[v] += chunk.reachedIn[v]
      distanceIn[v] += chunk.distanceIn[v]
    }
    perSource += chunk.perSource
  }
}

/// Hands chunks out in order to whichever worker asks, and merges finished chunks into the
/// totals in chunk order, whichever finished first: the sums are bit-identical for any thread
/// count and any timing. A worker waits before taking a chunk `window` or more past the first
/// one not yet merged, so at most `window` chunk results are alive. That wait always ends: the
/// first unmerged chunk has been taken and is being searched by a worker that is not waiting.
private final class PathEngineSchedule: @unchecked Sendable {
  // Every stored property below is read and written with `condition` locked.
  private let condition = NSCondition()
  private let chunkCount: Int
  private let window: Int
  private var next = 0
  private var merged = 0
  private var finished: [Int: PathEngineChunk] = [:]
  private var sums: PathEngineTotals

  init(merging totals: PathEngineTotals, chunkCount: Int, window: Int) {
    sums = totals
    self.chunkCount = chunkCount
    self.window = window
  }

  /// The totals; read once every worker has returned.
  var totals: PathEngineTotals {
    condition.lock()
    defer { condition.unlock() }
    return sums
  }

  /// The next chunk to search, or nil when every chunk has been handed out.
  func take() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while next < chunkCount && next >= merged + window { condition.wait() }
    guard next < chunkCount else { return nil }
    next += 1
    return next - 1
  }

  /// Records chunk `c`'s sums and merges every finished chunk that is next in order.
  func finish(_ c: Int, _ chunk: PathEngineChunk) {
    condition.lock()
    defer { condition.unlock() }
    finished[c] = chunk
    while let ready = finished.removeValue(forKey: merged) {
      sums.merge(ready)
      merged += 1
    }
    condition.broadcast()
  }
}

extension PathMetrics {
  init(
    assembling totals: PathEngineTotals, nodeCount n: Int, directed: Bool, sources: [Int],
    sampled: Bool
  ) {
    self.sources = sources
    isSampled = sampled
    // Betweenness, rescaled as NetworkX's _rescale(endpoints=False, sampled_nodes=...).
    let pairs = Double(n - 1)  // NetworkX's N: possible targets other than v
    let k = Double(sources.count)
    let correction: Double = directed ? 1 : 2
    var isSource = [Bool](repeating: !sampled, count: n)
    for s in sources { isSource[s] = true }
    var raw = [Double](repeating: 0, count: n)
    var normalized = raw
    for v in 0..<n {
      let b = totals.dependency[v]
      guard n > 2 else {
        raw[v] = b
        normalized[v] = b
        continue
      }
      if !sampled {
        raw[v] = b / correction
        normalized[v] = b / (pairs * (pairs - 1))
      } else {
        let kv = isSource[v] ? k - 1 : k
        raw[v] = kv > 0 ? b * pairs / (kv * correction) : .nan
        normalized[v] = kv > 0 ? b / (kv * (pairs - 1)) : .nan
      }
    }
    betweenness = raw
    betweennessNormalized = normalized
    harmonic = totals.harmonicIn

    closeness = [Double](repeating: .nan, count: n)
    harmonicOut = [Double](repeating: .nan, count: n)
    eccentricity = [Double](repeating: .nan, count: n)
    // Per source; the Wasserman–Faust closeness too when distances in and out agree.
    closenessWassermanFaust = [Double](repeating: sampled ? .nan : 0, count: n)
    func wassermanFaust(reached r: Int, distance: Int) -> Double {
      guard distance > 0, n > 1 else { return 0 }
      return Double(r) / Double(distance) * (Double(r) / Double(n - 1))
    }
    var diameter = 0
    for source in totals.perSource {
      let s = Int(source.node)
      let r = source.reached
      let sum = source.distanceSum
      closeness[s] = r > 0 ? Double(r) / Double(sum) : .nan
      harmonicOut[s] = n > 1 ? source.harmonicOut / Double(n - 1) : 0
      eccentricity[s] = Double(source.eccentricity)
      diameter = max(diameter, source.eccentricity)
      if !directed { closenessWassermanFaust[s] = wassermanFaust(reached: r, distance: sum) }
    }
    // Directed: from the incoming sums, which are complete only when every node was a source.
    if directed && !sampled {
      for v in 0..<n {
        closenessWassermanFaust[v] = wassermanFaust(
          reached: totals.reachedIn[v], distance: totals.distanceIn[v])
      }
    }
    self.diameter = diameter
  }
}
