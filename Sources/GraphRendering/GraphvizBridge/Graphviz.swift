/// Graphviz, called in-process: DOT text in, rendered bytes out.
///
/// All values share one Graphviz context and one lock (Graphviz is not thread-safe), so a
/// `Graphviz` can be used from any task; jobs run one at a time. Graphviz's messages are
/// captured and returned or thrown, never printed.
///
/// ```swift
/// let svg = try Graphviz().render(dot: "digraph { а -> б }", engine: .dot, format: .svg)
/// ```
///
/// Needs Graphviz's shared libraries and plugins at run time (Debian: `libgvc6`, and the
/// plugin list written by `dot -c` from the `graphviz` package) and fonts that cover the
/// labels' script (Debian: `fonts-dejavu-core` covers Cyrillic).
public struct Graphviz: Sendable {
  /// Creates a handle on the process's Graphviz session.
  public init() {}

  /// Lays out the graph in `dot` with `engine` and renders it as `format`.
  ///
  /// - Parameters:
  ///   - dot: a graph in the DOT language. Only the first graph in the text is rendered;
  ///     the rest must parse (a syntax error there is thrown) and is discarded.
  ///   - engine: the layout program.
  ///   - format: the output format.
  /// - Returns: the rendered file's bytes. The same input gives the same bytes.
  /// - Throws: `GraphvizError` carrying Graphviz's message when the text does not parse,
  ///   the layout or the rendering fails, or the engine or format is not installed.
  /// - Complexity: that of the layout engine (`dot`: network simplex ranking and crossing
  ///   minimisation, roughly quadratic in practice); jobs in the process run one at a time.
  public func render(
    dot: String, engine: LayoutEngine = .dot, format: OutputFormat = .svg
  ) throws(GraphvizError) -> [UInt8] {
    try GraphvizSession.shared.render(dot: dot, engine: engine, format: format).bytes
  }

  /// Like `render(dot:engine:format:)`, and also returns Graphviz's warning, if any.
  public func renderWithWarning(
    dot: String, engine: LayoutEngine = .dot, format: OutputFormat = .svg
  ) throws(GraphvizError) -> GraphvizRendering {
    try GraphvizSession.shared.render(dot: dot, engine: engine, format: format)
  }

  /// The version of the Graphviz library in use, as it reports itself (Debian's 2.42.2 says
  /// "2.43.0").
  public func libraryVersion() throws(GraphvizError) -> String {
    try GraphvizSession.shared.libraryVersion()
  }
}

/// The result of one Graphviz job.
public struct GraphvizRendering: Equatable, Sendable {
  /// The rendered file.
  public let bytes: [UInt8]
  /// Graphviz's last warning for this job, such as `node a, port x unrecognized`; nil when
  /// it gave none. (Graphviz 2.42 lets us read back only the last message of a job.)
  public let warning: String?

  /// Creates a rendering from its bytes and warning.
  public init(bytes: [UInt8], warning: String?) {
    self.bytes = bytes
    self.warning = warning
  }
}
