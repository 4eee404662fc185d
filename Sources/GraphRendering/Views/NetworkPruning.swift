import DiscussionGraph

/// Which part of a commenter network to draw.
///
/// Steps run in this order, each on what the previous left: edges lighter than
/// ``minWeight`` go; commenters outside the ``kCore`` go; only the ``largestComponent`` stays;
/// the ``top`` commenters by the size metric stay. Commenters left without an edge are not
/// drawn (they are counted in the caption).
public struct NetworkPruning: Sendable, Hashable {
  /// Keep the N commenters with the highest size metric (ties by commenter ID).
  public var top: Int?
  /// Keep edges whose weight (replies, mentions, or both in the combined network) is at least W.
  public var minWeight: Int?
  /// Keep commenters whose coreness (in + out degree, as in `replynet stats`) is at least K.
  public var kCore: Int?
  /// Keep only the largest weakly connected component.
  public var largestComponent: Bool
  /// Why the largest component and the top were kept, for the caption, when no flag asked
  /// for them (the automatic pruning of a network above ``DiagramLimits``); nil: the flags.
  public var reason: String?

  public init(
    top: Int? = nil, minWeight: Int? = nil, kCore: Int? = nil, largestComponent: Bool = false,
    reason: String? = nil
  ) {
    self.top = top
    self.minWeight = minWeight
    self.kCore = kCore
    self.largestComponent = largestComponent
    self.reason = reason
  }

  /// What survives the pruning: kept nodes (sorted), kept edge indices (into `network.edges`)
  /// and one line per step saying what it removed.
  struct Result {
    var nodes: [Int]
    var edges: [Int]
    var steps: [String]
  }

  /// Applies the steps to `network`; `metric` ranks commenters for ``top``.
  ///
  /// - Complexity: O(V log V + E).
  func apply(to network: CommenterNetwork, metric: [Double], metricName: String) -> Result {
    let n = network.commenters.count
    var edgeKept = network.edges.indices.map { _ in true }
    var nodeKept = [Bool](repeating: true, count: n)
    var steps: [String] = []

    func weight(_ e: Int) -> Int { network.edges[e].replies + network.edges[e].mentions }
    func keptGraph() -> Graph {
      let edges = network.edges.indices.filter { edgeKept[$0] }.map {
        (network.edges[$0].source, network.edges[$0].target, Double(weight($0)))
      }
      return Graph(nodeCount: n, directed: true, edges: edges)
    }
    func dropEdgesOfDroppedNodes() {
      for e in network.edges.indices where edgeKept[e] {
        let edge = network.edges[e]
        if !nodeKept[edge.source] || !nodeKept[edge.target] { edgeKept[e] = false }
      }
    }
    func keptNodeCount() -> Int { nodeKept.reduce(0) { $0 + ($1 ? 1 : 0) } }

    if let minWeight, minWeight > 1 {
      var removed = 0
      for e in network.edges.indices where edgeKept[e] && weight(e) < minWeight {
        edgeKept[e] = false
        removed += 1
      }
      steps.append("\(removed) edges of weight below \(minWeight) (--min-weight)")
    }
    // From here on, a node matters only if it has an edge.
    var degree = [Int](repeating: 0, count: n)
    for e in network.edges.indices where edgeKept[e] {
      degree[network.edges[e].source] += 1
      degree[network.edges[e].target] += 1
    }
    let isolated = (0..<n).filter { degree[$0] == 0 }.count
    for v in 0..<n where degree[v] == 0 { nodeKept[v] = false }

    if let kCore, kCore > 0 {
      let before = keptNodeCount()
      let coreness = keptGraph().coreness(mode: .all)
      for v in 0..<n where nodeKept[v] && coreness[v] < kCore { nodeKept[v] = false }
      dropEdgesOfDroppedNodes()
      steps.append("\(before - keptNodeCount()) commenters outside the \(kCore)-core (--k-core)")
    }
    if largestComponent {
      let before = keptNodeCount()
      let components = keptGraph().weaklyConnectedComponents()
      // The largest among components with an edge; ties by the smallest member (labels are
      // numbered in order of first member).
      var best: Int?
      for c in 0..<components.count where components.sizes[c] > 1 {
        if best == nil || components.sizes[c] > components.sizes[best!] { best = c }
      }
      for v in 0..<n where nodeKept[v] && components.labels[v] != best { nodeKept[v] = false }
      dropEdgesOfDroppedNodes()
      steps.append(
        "\(before - keptNodeCount()) commenters outside the largest component "
          + "(\(reason ?? "--largest-component"))")
    }
    if let top, top >= 0 {
      let candidates = (0..<n).filter { nodeKept[$0] }
      if candidates.count > top {
        let ranked = candidates.sorted {
          let a = metric[$0].isFinite ? metric[$0] : -.infinity
          let b = metric[$1].isFinite ? metric[$1] : -.infinity
          return a != b ? a > b : network.commenters[$0].id < network.commenters[$1].id
        }
        for v in ranked.dropFirst(top) { nodeKept[v] = false }
        dropEdgesOfDroppedNodes()
        steps.append(
          "\(candidates.count - top) commenters below the top \(top) by \(metricName) "
            + "(\(reason ?? "--top"))")
      }
    }
    var text = "\(isolated) commenters without"
    text += network.kind == .combined ? " a reply or mention" : " a \(network.kind.rawValue)"
    let weighed = (minWeight ?? 0) > 1
    if weighed { text += " (after --min-weight)" }
    steps.insert(text, at: weighed ? 1 : 0)
    return Result(
      nodes: (0..<n).filter { nodeKept[$0] },
      edges: network.edges.indices.filter { edgeKept[$0] }, steps: steps)
  }
}
