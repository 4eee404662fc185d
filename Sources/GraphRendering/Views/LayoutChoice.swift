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

  /// Graph attributes that make `engine` lay out a readable picture.
  static func attributes(for engine: LayoutEngine) -> [(String, DOTGraph.Value)] {
    switch engine {
    case .dot:
      [("rankdir", .string("TB")), ("nodesep", .number(0.25)), ("ranksep", .number(0.45))]
    case .neato:
      [
        ("overlap", .string("false")), ("splines", .string("true")), ("sep", .string("+8")),
        ("mode", .string("major")),
      ]
    case .fdp:
      [("overlap", .string("false")), ("splines", .string("true")), ("sep", .string("+8"))]
    case .sfdp:
      [
        // prism with 20 attempts: 1,000 nodes lay out in about a second; the default 1,000
        // attempts take three times as long for little visible gain.
        ("overlap", .string("prism20")), ("overlap_scaling", .number(2)),
        ("outputorder", .string("edgesfirst")),
      ]
    case .circo, .twopi:
      [("overlap", .string("false")), ("splines", .string("true"))]
    }
  }
}
