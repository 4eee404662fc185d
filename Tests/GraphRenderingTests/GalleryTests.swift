import Discussion
import DiscussionGraph
import Foundation
import GraphRendering
import Testing

/// Graphs/ holds the sample thread's diagrams, written by `make graphs`
/// (`replynet render Graphs/….txt --view V -o Graphs/….V.dot|svg`). Rendering them again must
/// give the same DOT, byte for byte, and an SVG of the same structure: the same elements in the
/// same order with the same text (coordinates may move between Graphviz builds).
@Suite("Graphs/ gallery")
struct GalleryTests {
  /// The request `replynet render` makes: the view, with the conflict analysis of the
  /// built-in lexicon.
  static func request(_ view: DiagramView, _ corpus: Corpus) -> DiagramRequest {
    DiagramRequest(view: view, conflictLexicon: .bulgarian)
  }

  @Test("DOT is byte for byte what make graphs wrote", arguments: DiagramView.allCases)
  func dot(view: DiagramView) throws {
    let stored = try String(contentsOfFile: Gallery.path(view, .dot), encoding: .utf8)
    let corpus = try TestCorpus.sample()
    let diagram = try Self.request(view, corpus).diagram(corpus: corpus)
    #expect(diagram.dot == stored, "run `make graphs` and review the diff")
  }

  @Test("SVG has the structure make graphs wrote", arguments: DiagramView.allCases)
  func svg(view: DiagramView) throws {
    let stored = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Gallery.path(view, .svg))))
    let corpus = try TestCorpus.sample()
    let fresh = try Self.request(view, corpus).diagram(corpus: corpus).render(.svg)
    let old = try #require(SVGDocument.parse(stored))
    let new = try #require(SVGDocument.parse(fresh))
    #expect(old.elements.map(\.name) == new.elements.map(\.name))
    #expect(old.texts == new.texts)
    #expect(old.tooltips == new.tooltips)
    let classes = { (d: SVGDocument) in d.elements.compactMap { $0.attributes["class"] } }
    #expect(classes(old) == classes(new))
  }
}
