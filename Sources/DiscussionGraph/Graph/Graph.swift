/// An immutable graph over nodes `0..<nodeCount`: an indexed edge list with compressed
/// sparse row (out) and column (in) adjacency, in the manner of igraph's indexed edge list.
///
/// Edges keep their insertion index as their ID. Self-loops and parallel edges are allowed
/// (metrics state how they treat them). An undirected graph stores each edge once and lists
/// it in the adjacency of both ends; its ``inOffsets``/``inEdges`` equal the out ones.
///
/// - Complexity: building is O(V + E); memory is 2 × (4 + 4) bytes per edge for each of the
///   out and in index, plus 8 + 8 bytes for endpoints and 8 for the weight: about 48 bytes
///   an edge, so a million edges take under 50 MB.
public struct Graph: Sendable {
  public let nodeCount: Int
  public let isDirected: Bool
  /// Source of each edge (for undirected graphs: the first endpoint given).
  public let edgeSources: [Int32]
  /// Target of each edge.
  public let edgeTargets: [Int32]
  /// Weight of each edge (1 when built without weights).
  public let edgeWeights: [Double]
  /// Out-adjacency: the edges leaving node `v` are `outEdges[outOffsets[v]..<outOffsets[v+1]]`,
  /// and `outNeighbors` holds the node at the other end, in the same order.
  public let outOffsets: [Int]
  public let outEdges: [Int32]
  public let outNeighbors: [Int32]
  /// In-adjacency, the same layout for edges entering `v`.
  public let inOffsets: [Int]
  public let inEdges: [Int32]
  public let inNeighbors: [Int32]

  public var edgeCount: Int { edgeSources.count }

  /// Builds a graph from `(source, target, weight)` triples. Endpoints must lie in
  /// `0..<nodeCount` (a precondition: graphs are built by this package's own builders).
  public init(nodeCount: Int, directed: Bool, edges: [(Int, Int, Double)]) {
    self.nodeCount = nodeCount
    self.isDirected = directed
    var sources = [Int32]()
    var targets = [Int32]()
    var weights = [Double]()
    sources.reserveCapacity(edges.count)
    targets.reserveCapacity(edges.count)
    weights.reserveCapacity(edges.count)
    for (s, t, w) in edges {
      precondition(s >= 0 && s < nodeCount && t >= 0 && t < nodeCount, "edge endpoint out of range")
      sources.append(Int32(s))
      targets.append(Int32(t))
      weights.append(w)
    }
    edgeSources = sources
    edgeTargets = targets
    edgeWeights = weights
    if directed {
      (outOffsets, outEdges, outNeighbors) = Graph.index(
        nodeCount: nodeCount, from: sources, to: targets, undirected: false)
      (inOffsets, inEdges, inNeighbors) = Graph.index(
        nodeCount: nodeCount, from: targets, to: sources, undirected: false)
    } else {
      (outOffsets, outEdges, outNeighbors) = Graph.index(
        nodeCount: nodeCount, from: sources, to: targets, undirected: true)
      (inOffsets, inEdges, inNeighbors) = (outOffsets, outEdges, outNeighbors)
    }
    assert(checkInvariants())
  }

  /// Convenience for unweighted graphs.
  public init(nodeCount: Int, directed: Bool, edges: [(Int, Int)]) {
    self.init(nodeCount: nodeCount, directed: directed, edges: edges.map { ($0.0, $0.1, 1.0) })
  }

  /// Counting sort of edge ids by `from` endpoint; ties keep edge-id order, so adjacency is
  /// deterministic. For undirected graphs every non-loop edge is listed at both ends and a
  /// self-loop once.
  private static func index(nodeCount: Int, from: [Int32], to: [Int32], undirected: Bool)
    -> ([Int], [Int32], [Int32])
  {
    var counts = [Int](repeating: 0, count: nodeCount + 1)
    for e in 0..<from.count {
      counts[Int(from[e]) + 1] += 1
      if undirected && from[e] != to[e] { counts[Int(to[e]) + 1] += 1 }
    }
    for v in 0..<nodeCount { counts[v + 1] += counts[v] }
    let offsets = counts
    var cursor = counts
    let total = offsets[nodeCount]
    var edgeIDs = [Int32](repeating: 0, count: total)
    var neighbors = [Int32](repeating: 0, count: total)
    for e in 0..<from.count {
      let a = Int(from[e])
      let b = Int(to[e])
      edgeIDs[cursor[a]] = Int32(e)
      neighbors[cursor[a]] = Int32(b)
      cursor[a] += 1
      if undirected && a != b {
        edgeIDs[cursor[b]] = Int32(e)
        neighbors[cursor[b]] = Int32(a)
        cursor[b] += 1
      }
    }
    return (offsets, edgeIDs, neighbors)
  }

  /// Debug-only invariant check: offsets monotone and ending at the index's length,
  /// neighbours and edge ids in range, and every edge listed in the out index of its source
  /// (with its target as the neighbour) and the in index of its target (with its source):
  /// once each when directed; once at each end when undirected, once for a self-loop.
  /// - Complexity: O(*V* + *E*).
  func checkInvariants() -> Bool {
    guard outOffsets.count == nodeCount + 1, inOffsets.count == nodeCount + 1 else { return false }
    for v in 0..<nodeCount
    where outOffsets[v] > outOffsets[v + 1] || inOffsets[v] > inOffsets[v + 1] {
      return false
    }
    guard outOffsets[nodeCount] == outEdges.count, inOffsets[nodeCount] == inEdges.count,
      outNeighbors.count == outEdges.count, inNeighbors.count == inEdges.count
    else { return false }
    var outListings = [Int](repeating: 0, count: edgeCount)
    var inListings = [Int](repeating: 0, count: edgeCount)
    for v in 0..<nodeCount {
      for i in outOffsets[v]..<outOffsets[v + 1] {
        let e = Int(outEdges[i])
        guard e >= 0, e < edgeCount, Int(outNeighbors[i]) < nodeCount else { return false }
        let (s, t) = (Int(edgeSources[e]), Int(edgeTargets[e]))
        let ok =
          (s == v && Int(outNeighbors[i]) == t)
          || (!isDirected && t == v && Int(outNeighbors[i]) == s)
        guard ok else { return false }
        outListings[e] += 1
      }
      for i in inOffsets[v]..<inOffsets[v + 1] {
        let e = Int(inEdges[i])
        guard e >= 0, e < edgeCount, Int(inNeighbors[i]) < nodeCount else { return false }
        let (s, t) = (Int(edgeSources[e]), Int(edgeTargets[e]))
        let ok =
          (t == v && Int(inNeighbors[i]) == s)
          || (!isDirected && s == v && Int(inNeighbors[i]) == t)
        guard ok else { return false }
        inListings[e] += 1
      }
    }
    for e in 0..<edgeCount {
      let expected = isDirected || edgeSources[e] == edgeTargets[e] ? 1 : 2
      guard outListings[e] == expected, inListings[e] == expected else { return false }
    }
    return true
  }

  /// Out-degree (for undirected graphs: degree, a self-loop counted once per listing).
  @inlinable public func outDegree(_ v: Int) -> Int { outOffsets[v + 1] - outOffsets[v] }
  @inlinable public func inDegree(_ v: Int) -> Int { inOffsets[v + 1] - inOffsets[v] }
}
