import Discussion
import DiscussionGraph
import GraphRendering

/// The commenter network as `replynet render` draws it (legend, caption, tooltips; pruned to
/// its most central commenters when too large, the caption saying how), inline as SVG with
/// pan and zoom; for a single thread also its reply tree.
struct DiagramSection {
  let corpus: Corpus
  let options: Report.Options
  let marks: ConflictMarks

  var view: DiagramView {
    switch options.network {
    case .reply: .replies
    case .mention: .mentions
    case .combined: .combined
    }
  }

  var html: ReportSectionHTML {
    var body = HowTo.paragraph(
      """
      Each commenter is a node, sized by \(options.sizeBy) and coloured by community; an arrow \
      from A to B means A replied to B, thicker for more replies, red where the replies are \
      hostile. Hover a node (or a row of the table) to find the same commenter in the other; \
      click a node to open the table at its row. Scroll or use the buttons to zoom; drag to pan. The caption under the diagram says \
      what was drawn and what was left out.
      """)
    var request = DiagramRequest(
      view: view, sizeMetric: options.sizeBy, limits: options.limits, seed: options.statistics.seed,
      marks: marks)
    body += figure(request, id: "network", label: "Commenter network")
    if corpus.threads.count == 1 {
      request.view = .thread
      body += "<h3>The thread's reply tree</h3>\n"
      body += figure(request, id: "thread", label: "Reply tree of the thread")
    }
    return ReportSectionHTML(id: "network", title: "Who replies to whom", body: body)
  }

  private func figure(_ request: DiagramRequest, id: String, label: String) -> String {
    let diagram: Diagram
    let svg: [UInt8]
    do {
      diagram = try request.diagram(corpus: corpus)
      svg = try diagram.render(.svg)
    } catch let error as DiagramError {
      return "<p class=\"note\">Not drawn: \(HTMLEscaping.text(error.message))</p>\n"
    } catch {
      return "<p class=\"note\">Not drawn: \(HTMLEscaping.text("\(error)"))</p>\n"
    }
    let caption = diagram.caption.map(HTMLEscaping.text).joined(separator: "<br>")
    return """
      <figure class="diagram" id="\(id)-figure">
      <div class="zoom" role="group" aria-label="Zoom \(HTMLEscaping.attribute(label))">
      <button type="button" data-zoom="in" aria-label="Zoom in">+</button>
      <button type="button" data-zoom="out" aria-label="Zoom out">−</button>
      <button type="button" data-zoom="reset">Reset</button>
      </div>
      <div class="canvas" tabindex="0" role="region" aria-label="\(HTMLEscaping.attribute(label)), pan and zoom">
      \(Self.inline(svg, label: label))
      </div>
      <figcaption>\(caption)</figcaption>
      </figure>

      """
  }

  /// Graphviz's SVG without its XML prolog, DOCTYPE and comments, its fixed size dropped (the
  /// page sizes it; the view box stays), labelled for assistive technology.
  static func inline(_ bytes: [UInt8], label: String) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let start = text.range(of: "<svg") else { return "" }
    var svg = String(text[start.lowerBound...])
    // The root element's attributes end at its first ">".
    guard let close = svg.firstIndex(of: ">") else { return "" }
    var head = String(svg[..<close])
    for attribute in ["width", "height"] {
      if let r = head.range(of: " \(attribute)=\"[^\"]*\"", options: .regularExpression) {
        head.removeSubrange(r)
      }
    }
    head = head.replacingOccurrences(of: "\n", with: " ")
    svg =
      head + " class=\"graph\" role=\"img\" aria-label=\"\(HTMLEscaping.attribute(label))\""
      + String(svg[close...])
    return svg
  }
}
