/// A Graphviz layout program: how node positions and edge routes are computed.
///
/// The raw value is Graphviz's own name for the engine (the `-K` flag of the `dot` command).
/// Every engine here ships with Debian's `libgvc6` (plugins `dot_layout` and `neato_layout`).
public enum LayoutEngine: String, CaseIterable, Sendable {
  /// Hierarchical layers, edges pointing one way: reply chains read top to bottom.
  case dot
  /// Spring model (stress majorization): undirected structure, small graphs.
  case neato
  /// Force-directed placement (Fruchterman–Reingold): undirected structure, mid-size graphs.
  case fdp
  /// Multiscale force-directed placement: large graphs (thousands of nodes).
  case sfdp
  /// Circular layout: one circle per biconnected component.
  case circo
  /// Radial layout around a root node.
  case twopi
}
