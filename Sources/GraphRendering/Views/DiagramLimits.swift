/// The largest diagram a view will hand to Graphviz.
///
/// Above a few thousand nodes a layout takes minutes and the picture shows nothing but a
/// hairball; Graphviz can also run out of memory. A view refuses such a graph with a
/// ``DiagramError`` that names the pruning options, instead of starting a layout.
public struct DiagramLimits: Sendable, Hashable {
  /// Most nodes drawn.
  public var maxNodes: Int
  /// Most edges drawn.
  public var maxEdges: Int

  public init(maxNodes: Int = 2500, maxEdges: Int = 20_000) {
    self.maxNodes = maxNodes
    self.maxEdges = maxEdges
  }

  /// Throws ``DiagramError/Kind/tooLarge`` when `nodes` or `edges` exceed the limits.
  func check(nodes: Int, edges: Int, what: String, remedy: String) throws(DiagramError) {
    guard nodes > maxNodes || edges > maxEdges else { return }
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
