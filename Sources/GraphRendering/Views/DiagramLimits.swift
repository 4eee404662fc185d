/// The largest diagram a view will hand to Graphviz, and what a network view does above it.
///
/// Above a few thousand nodes a layout takes minutes and the picture shows nothing but a
/// hairball; Graphviz can also run out of memory. A network above the limits is drawn by
/// default as its most central commenters: the ``automaticTop`` with the largest size metric
/// in its largest component, said in the caption. With ``prunesAutomatically`` off (`--no-prune`)
/// it is refused with a ``DiagramError`` that names the pruning options; a thread view above
/// the limits is always refused.
public struct DiagramLimits: Sendable, Hashable {
  /// Most nodes drawn.
  public var maxNodes: Int
  /// Most edges drawn.
  public var maxEdges: Int
  /// Whether a network above the limits is pruned to its ``automaticTop`` commenters.
  public var prunesAutomatically: Bool
  /// How many commenters the automatic pruning keeps (fewer when their edges still exceed
  /// ``maxEdges``): 200 lay out in about a second with straight edges.
  public var automaticTop: Int

  public init(
    maxNodes: Int = 2500, maxEdges: Int = 20_000, prunesAutomatically: Bool = true,
    automaticTop: Int = 200
  ) {
    self.maxNodes = maxNodes
    self.maxEdges = maxEdges
    self.prunesAutomatically = prunesAutomatically
    self.automaticTop = automaticTop
  }

  /// Whether `nodes` and `edges` fit.
  func allow(nodes: Int, edges: Int) -> Bool { nodes <= maxNodes && edges <= maxEdges }

  /// Throws ``DiagramError/Kind/tooLarge`` when `nodes` or `edges` exceed the limits.
  func check(nodes: Int, edges: Int, what: String, remedy: String) throws(DiagramError) {
    guard !allow(nodes: nodes, edges: edges) else { return }
    throw DiagramError(
      kind: .tooLarge,
      message: "\(what) has \(nodes) nodes and \(edges) edges to draw; diagrams are limited to "
        + "\(maxNodes) nodes and \(maxEdges) edges (a larger layout takes minutes and shows "
        + "little). \(remedy)")
  }
}

/// A diagram that cannot be made from the given data and options.
public struct DiagramError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Kind: String, Equatable, Sendable {
    /// More to draw than ``DiagramLimits`` allow.
    case tooLarge
    /// A size metric that ``DiscussionGraph/CommenterStatistics`` does not compute.
    case unknownMetric
    /// The requested thread is not in the corpus.
    case noSuchThread
  }

  public let kind: Kind
  public let message: String

  public init(kind: Kind, message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { message }
}
