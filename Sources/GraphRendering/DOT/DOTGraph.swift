/// A graph in the DOT language, assembled from already-escaped attribute values and written
/// out in the order it was built: the same calls give the same bytes.
///
/// Attribute values are given ready to paste (see ``DOTEscaping`` and ``DOTGraph/Value``);
/// node identifiers are escaped here. Views use short synthetic identifiers (`c12`, `n3`), so
/// no name typed by a commenter ever becomes an identifier.
public struct DOTGraph: Sendable {
  /// An attribute value as it appears after `=`.
  public struct Value: Sendable, Hashable {
    /// The text written after `=`.
    public let text: String

    /// A quoted label (line breaks kept), see ``DOTEscaping/label(_:)``.
    public static func label(_ s: String) -> Value { Value(text: DOTEscaping.label(s)) }
    /// A quoted tooltip, see ``DOTEscaping/tooltip(_:)``.
    public static func tooltip(_ s: String) -> Value { Value(text: DOTEscaping.tooltip(s)) }
    /// A quoted plain value: colours, styles, font names.
    public static func string(_ s: String) -> Value { Value(text: DOTEscaping.identifier(s)) }
    /// A number, locale-free, at most `digits` decimals.
    public static func number(_ x: Double, digits: Int = 2) -> Value {
      Value(text: DOTNumber.fixed(x, digits: digits))
    }
    /// An HTML-like label whose markup the caller built with ``DOTEscaping/html(_:)``.
    public static func html(_ markup: String) -> Value { Value(text: "<" + markup + ">") }
  }

  public let name: String
  public let directed: Bool
  private var lines: [String] = []
  private var depth = 1

  /// Starts a graph; `name` becomes the SVG's `<title>`.
  public init(name: String, directed: Bool) {
    self.name = name
    self.directed = directed
  }

  /// `graph [...]`, `node [...]` or `edge [...]` defaults, or the graph's own attributes.
  public mutating func defaults(_ kind: DefaultKind, _ attributes: [(String, Value)]) {
    guard !attributes.isEmpty else { return }
    append("\(kind.rawValue) [\(Self.list(attributes))];")
  }

  /// A node statement.
  public mutating func node(_ id: String, _ attributes: [(String, Value)] = []) {
    let attrs = attributes.isEmpty ? "" : " [\(Self.list(attributes))]"
    append("\(DOTEscaping.identifier(id))\(attrs);")
  }

  /// An edge statement `from -> to` (or `--` in an undirected graph).
  public mutating func edge(_ from: String, _ to: String, _ attributes: [(String, Value)] = []) {
    let arrow = directed ? "->" : "--"
    let attrs = attributes.isEmpty ? "" : " [\(Self.list(attributes))]"
    append(
      "\(DOTEscaping.identifier(from)) \(arrow) \(DOTEscaping.identifier(to))\(attrs);")
  }

  /// A subgraph (a cluster when `name` starts with "cluster"); statements added inside `body`
  /// belong to it.
  public mutating func subgraph(_ name: String, _ body: (inout DOTGraph) -> Void) {
    append("subgraph \(DOTEscaping.identifier(name)) {")
    depth += 1
    body(&self)
    depth -= 1
    append("}")
  }

  /// A comment line (`// …`), kept out of the rendered picture.
  public mutating func comment(_ text: String) {
    append("// " + DOTEscaping.cleaned(text).replacingNewlines())
  }

  /// The DOT text, UTF-8, ending with a newline.
  public var text: String {
    let keyword = directed ? "digraph" : "graph"
    return "\(keyword) \(DOTEscaping.identifier(name)) {\n" + lines.joined(separator: "\n")
      + "\n}\n"
  }

  public enum DefaultKind: String, Sendable {
    case graph, node, edge
  }

  private mutating func append(_ line: String) {
    lines.append(String(repeating: "  ", count: depth) + line)
  }

  private static func list(_ attributes: [(String, Value)]) -> String {
    attributes.map { "\($0.0)=\($0.1.text)" }.joined(separator: ", ")
  }
}

extension String {
  fileprivate func replacingNewlines() -> String {
    String(map { $0 == "\n" ? " " : $0 })
  }
}
