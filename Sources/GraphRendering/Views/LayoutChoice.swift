/// Which layout engine a diagram uses: chosen from the graph's shape, or given.
public enum LayoutChoice: Sendable, Hashable {
  /// `dot` for trees and forests (reply threads read top to bottom); `neato` for networks up
  /// to ``automaticForceThreshold`` nodes; `sfdp` (multiscale, with overlap removal) above.
  case automatic
  /// This engine, whatever the graph.
  case engine(LayoutEngine)

  /// Node count above which the automatic choice for a network is `sfdp`.
  public static let automaticForceThreshold = 300

  /// The engine for a graph of `nodes` nodes that is (or is not) a forest.
  func engine(nodes: Int, isForest: Bool) -> LayoutEngine {
    switch self {
    case .engine(let engine): engine
    case .automatic:
      isForest ? .dot : (nodes > Self.automaticForceThreshold ? .sfdp : .neato)
    }
  }

  /// Graph attributes that make `engine` lay out a readable picture of `nodes` nodes and
  /// `edges` edges, with the edges routed as ``EdgeRouting/choice(engine:nodes:edges:)`` says.
  static func attributes(
    for engine: LayoutEngine, nodes: Int, edges: Int
  ) -> [(String, DOTGraph.Value)] {
    let routing = EdgeRouting.choice(engine: engine, nodes: nodes, edges: edges)
    switch engine {
    case .dot:
      return [
        ("rankdir", .string("TB")), ("nodesep", .number(0.25)), ("ranksep", .number(0.45)),
      ]
    case .neato:
      return [
        ("overlap", .string("false")), routing.attribute, ("sep", .string("+8")),
        ("mode", .string("major")),
      ]
    case .fdp:
      return [("overlap", .string("false")), routing.attribute, ("sep", .string("+8"))]
    case .sfdp:
      return [
        // prism with 20 attempts: 1,000 nodes lay out in about a second; the default 1,000
        // attempts take three times as long for little visible gain.
        ("overlap", .string("prism20")), ("overlap_scaling", .number(2)),
        ("outputorder", .string("edgesfirst")),
      ]
    case .circo, .twopi:
      return [("overlap", .string("false")), routing.attribute]
    }
  }
}

/// How the edges of a force-directed or circular layout are drawn.
///
/// Spline routing (`splines=true`) bends each edge around the nodes in its way, and costs
/// far more than the layout itself: Graphviz 2.42 builds a visibility graph of every node's
/// outline and routes each edge through it, roughly O(V·E) with a large constant. Measured on
/// the 2-core development machine with neato: 40 nodes and 75 random edges 0.9–1.2 s, 150 and
/// 300 edges 43 s, 300 and 600 edges 269 s; straight lines for the last 1.1 s in all.
/// (`splines=curved` is no way out: 300 nodes and 600 edges ran for minutes.) So splines are
/// drawn only when V·E is at most ``splineBudget``, about a second of routing; larger
/// diagrams get straight lines.
public enum EdgeRouting: String, Sendable {
  /// Bent around the nodes in their way.
  case splines
  /// Straight lines from node to node.
  case straight
  /// Laid out by `dot`, which routes its own splines between ranks cheaply.
  case ranked

  /// Nodes × edges up to which splines are routed.
  public static let splineBudget = 2_500

  /// The routing a diagram of `nodes` and `edges` gets from `engine`.
  public static func choice(engine: LayoutEngine, nodes: Int, edges: Int) -> EdgeRouting {
    switch engine {
    case .dot: .ranked
    case .sfdp: .straight
    case .neato, .fdp, .circo, .twopi:
      // Each bounded first, so that the product cannot overflow.
      nodes <= splineBudget && edges <= splineBudget && nodes * edges <= splineBudget
        ? .splines : .straight
    }
  }

  var attribute: (String, DOTGraph.Value) {
    ("splines", .string(self == .splines ? "true" : "false"))
  }

  /// Words for the caption.
  var caption: String {
    switch self {
    case .splines: "edges routed around nodes"
    case .straight: "straight edges"
    case .ranked: "edges between ranks"
    }
  }
}
