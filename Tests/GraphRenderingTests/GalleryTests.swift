import Foundation
import GraphRendering
import Testing

/// Graphs/ holds the sample thread's diagrams, written by `make graphs`
/// (`replynet render Graphs/….txt --view V -o Graphs/….V.dot|svg`). Rendering them again must
/// give the same DOT, byte for byte, and an SVG of the same structure: the same elements in the
/// same order with the same text (coordinates may move between Graphviz builds).
@Suite("Graphs/ gallery")
struct GalleryTests {
  @Test("DOT is byte for byte what make graphs wrote", arguments: DiagramView.allCases)
  func dot(view: DiagramView) throws {
    let stored = try String(contentsOfFile: Gallery.path(view, .dot), encoding: .utf8)
    let diagram = try DiagramRequest(view: view).diagram(corpus: try TestCorpus.sample())
    #expect(diagram.dot == stored, "run `make graphs` and review the diff")
  }

  @Test("SVG has the structure make graphs wrote", arguments: DiagramView.allCases)
  func svg(view: DiagramView) throws {
    let stored = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Gallery.path(view, .svg))))
    let fresh = try DiagramRequest(view: view).diagram(corpus: try TestCorpus.sample())
      .render(.svg)
    let old = try #require(SVGDocument.parse(stored))
    let new = try #require(SVGDocument.parse(fresh))
    #expect(old.elements.map(\.name) == new.elements.map(\.name))
    #expect(old.texts == new.texts)
    #expect(old.tooltips == new.tooltips)
    let classes = { (d: SVGDocument) in d.elements.compactMap { $0.attributes["class"] } }
    #expect(classes(old) == classes(new))
  }
}
