/// The caption and legend drawn on every diagram, as one HTML-like graph label: the caption's
/// lines (what was drawn, what was pruned) above a key to the colours, lines and sizes.
struct Legend {
  /// How an entry's sample is drawn.
  enum Swatch {
    /// A node: its fill, its outline colour, and whether the outline is dashed.
    case node(fill: String, outline: String, dashed: Bool)
    /// A line: its colour, whether it is dashed, whether it is heavy.
    case line(color: String, dashed: Bool, heavy: Bool)
  }

  var title: String
  var caption: [String]
  var entries: [(Swatch, String)] = []
  /// Entries per row of the key.
  var columns = 3

  mutating func add(_ swatch: Swatch, _ text: String) { entries.append((swatch, text)) }

  /// The label's markup, escaped: caption lines, then the key as a table of its own (so
  /// that its swatches keep their size however wide the caption is).
  var markup: String {
    var rows = "<tr><td align=\"left\"><b>\(DOTEscaping.html(title))</b></td></tr>"
    for line in caption {
      rows += "<tr><td align=\"left\">\(DOTEscaping.html(line))</td></tr>"
    }
    var key = ""
    var index = 0
    while index < entries.count {
      key += "<tr>"
      for column in 0..<columns {
        if index + column < entries.count {
          let (swatch, text) = entries[index + column]
          key += Self.cell(swatch) + "<td align=\"left\">\(DOTEscaping.html(text))</td>"
        } else {
          key += "<td></td><td></td>"
        }
      }
      key += "</tr>"
      index += columns
    }
    if !key.isEmpty {
      rows +=
        "<tr><td align=\"left\"><table border=\"0\" cellspacing=\"2\" cellpadding=\"1\">"
        + key + "</table></td></tr>"
    }
    return "<table border=\"0\" cellspacing=\"1\" cellpadding=\"2\">\(rows)</table>"
  }

  private static func cell(_ swatch: Swatch) -> String {
    switch swatch {
    case .node(let fill, let outline, let dashed):
      let style = dashed ? " style=\"dashed\"" : ""
      return
        "<td border=\"1\" color=\"\(outline)\" bgcolor=\"\(fill)\"\(style) width=\"28\" height=\"12\" fixedsize=\"true\">"
        + "</td>"
    case .line(let color, let dashed, let heavy):
      let glyphs = dashed ? "╌╌╌" : (heavy ? "━━━" : "───")
      return "<td><font color=\"\(color)\">\(glyphs)</font></td>"
    }
  }

  /// The graph attributes that place the label at the top left, in the diagram font.
  var attributes: [(String, DOTGraph.Value)] {
    [
      ("label", .html(markup)), ("labelloc", .string("t")), ("labeljust", .string("l")),
    ]
  }
}
