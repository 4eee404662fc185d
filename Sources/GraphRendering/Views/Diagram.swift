/// A diagram ready to render: its DOT text, the layout engine chosen for it, and what it
/// shows.
public struct Diagram: Sendable {
  /// The graph in DOT, UTF-8; the same input and options give the same text.
  public let dot: String
  /// The layout engine the diagram is meant for (chosen automatically or by the caller).
  public let engine: LayoutEngine
  /// The caption drawn on the diagram: what was drawn and what was pruned, one line each.
  public let caption: [String]
  /// Nodes and edges drawn (legend and layout helpers not counted).
  public let nodeCount: Int
  public let edgeCount: Int

  public init(dot: String, engine: LayoutEngine, caption: [String], nodeCount: Int, edgeCount: Int)
  {
    self.dot = dot
    self.engine = engine
    self.caption = caption
    self.nodeCount = nodeCount
    self.edgeCount = edgeCount
  }

  /// The diagram as a file of `format`: the DOT text itself for `.dot`, otherwise laid out
  /// and rendered in-process by Graphviz.
  ///
  /// - Throws: `GraphvizError` with Graphviz's message when layout or rendering fails.
  /// - Complexity: that of the layout engine (see ``Graphviz``).
  public func render(_ format: DiagramFormat) throws(GraphvizError) -> [UInt8] {
    switch format {
    case .dot: return Array(dot.utf8)
    case .svg: return try Graphviz().render(dot: dot, engine: engine, format: .svg)
    case .png: return try Graphviz().render(dot: dot, engine: engine, format: .png)
    case .pdf: return try Graphviz().render(dot: dot, engine: engine, format: .pdf)
    }
  }
}

/// The file formats a diagram is written in.
public enum DiagramFormat: String, CaseIterable, Sendable {
  /// Scalable Vector Graphics, with tooltips (hover in a browser).
  case svg
  /// A bitmap (cairo), 96 dpi.
  case png
  /// A vector document (cairo).
  case pdf
  /// The DOT text, unlaid: for editing, or for Graphviz elsewhere.
  case dot

  /// The usual file extension.
  public var fileExtension: String { rawValue }
}
