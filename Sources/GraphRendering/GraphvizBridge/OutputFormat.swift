/// A file format Graphviz renders a laid-out graph into.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// Scalable Vector Graphics, UTF-8 XML, from Graphviz's core SVG renderer.
  case svg
  /// Portable Network Graphics, rendered by cairo/pango (fonts through fontconfig).
  case png
  /// Portable Document Format, rendered by cairo/pango.
  case pdf
  /// The input graph in DOT with the layout added as attributes (`pos`, `bb`, `width`, …).
  case dot
  /// The input graph in canonical DOT, without layout: a normalised copy of the input.
  case canon

  /// The `format:renderer` string handed to `gvRenderData`.
  ///
  /// PNG and PDF name the cairo renderer explicitly, so that a machine that also has the `gd`
  /// plugin produces the same bytes as one that has only cairo.
  var graphvizName: String {
    switch self {
    case .svg: "svg"
    case .png: "png:cairo"
    case .pdf: "pdf:cairo"
    case .dot: "dot"
    case .canon: "canon"
    }
  }
}
