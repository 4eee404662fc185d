import Foundation
import Testing

@testable import GraphRendering

@Suite("Graphviz renders in-process")
struct GraphvizRenderTests {
  let graphviz = Graphviz()

  @Test("SVG with Cyrillic labels is well-formed XML holding every label's words")
  func svgCyrillic() throws {
    let svg = try graphviz.render(dot: SampleGraphs.cyrillic, engine: .dot, format: .svg)
    let parsed = try #require(SVGDocument.parse(svg))
    #expect(parsed.elements.count > 10)
    let text = parsed.texts.joined(separator: " ")
    for label in SampleGraphs.cyrillicLabels {
      for word in label.split(separator: " ") {
        #expect(text.contains(word), "missing \(word) in \(parsed.texts)")
      }
    }
  }

  @Test("PNG starts with the PNG signature")
  func png() throws {
    let png = try graphviz.render(dot: SampleGraphs.cyrillic, engine: .dot, format: .png)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    #expect(png.count > 1000)
  }

  @Test("PDF starts with %PDF, ends with %%EOF, and is byte-identical across renderings")
  func pdf() throws {
    let first = try graphviz.render(dot: SampleGraphs.cyrillic, engine: .dot, format: .pdf)
    #expect(first.starts(with: Array("%PDF-".utf8)))
    let tail = String(decoding: first.suffix(16), as: UTF8.self)
    #expect(tail.contains("%%EOF"))
    let info = String(decoding: first, as: UTF8.self)
    #expect(!info.contains("/CreationDate") || info.contains("/CreationDate (D:19700101000000Z)"))
    let second = try graphviz.render(dot: SampleGraphs.cyrillic, engine: .dot, format: .pdf)
    #expect(first == second)
  }

  @Test("dot output carries the layout; canon output does not")
  func dotAndCanon() throws {
    let laidOut = String(
      decoding: try graphviz.render(dot: SampleGraphs.small, format: .dot), as: UTF8.self)
    #expect(laidOut.contains("pos="))
    #expect(laidOut.contains("bb="))
    let canon = String(
      decoding: try graphviz.render(dot: SampleGraphs.small, format: .canon), as: UTF8.self)
    #expect(canon.hasPrefix("graph small {"))
    #expect(!canon.contains("pos="))
  }

  @Test("every layout engine lays out a small graph", arguments: LayoutEngine.allCases)
  func engine(_ engine: LayoutEngine) throws {
    let laidOut = String(
      decoding: try graphviz.render(dot: SampleGraphs.small, engine: engine, format: .dot),
      as: UTF8.self)
    for node in ["a", "b", "c", "d", "e"] {
      #expect(laidOut.contains("\t\(node)\t[") || laidOut.contains("\t\(node) ["))
    }
    #expect(laidOut.components(separatedBy: "pos=").count - 1 == 5 + 6)
    let svg = try graphviz.render(dot: SampleGraphs.small, engine: engine, format: .svg)
    #expect(SVGDocument.parse(svg) != nil)
    // Deterministic: the force-directed engines start from a fixed seed.
    #expect(try graphviz.render(dot: SampleGraphs.small, engine: engine, format: .svg) == svg)
  }

  @Test("a long node name in a warning neither crashes nor prints; the warning is returned")
  func longWarning() throws {
    let name = String(repeating: "щ", count: 3000)
    let port = String(repeating: "w", count: 3000)
    let source = "digraph { \"\(name)\":\"\(port)\" -> b }"
    let (rendering, printed) = try capturingStandardStreams {
      try graphviz.renderWithWarning(dot: source, format: .svg)
    }
    #expect(!rendering.bytes.isEmpty)
    let warning = try #require(rendering.warning)
    #expect(warning.contains("unrecognized"))
    #expect(!printedByGraphviz(printed, message: "port \(port) unrecognized"))
  }

  @Test("a graph larger than cgraph's lexer buffer parses whole, and so does the next one")
  func largeGraph() throws {
    let edges = (0..<3000).map { "  \"коментатор \($0)\" -> \"коментатор \($0 + 1)\";" }
    let source = "digraph big {\n" + edges.joined(separator: "\n") + "\n}\n"
    #expect(source.utf8.count > 100_000)
    let canon = String(decoding: try graphviz.render(dot: source, format: .canon), as: UTF8.self)
    #expect(canon.contains("\"коментатор 2999\" -> \"коментатор 3000\""))
    let small = try graphviz.render(dot: SampleGraphs.small, format: .canon)
    #expect(String(decoding: small, as: UTF8.self).hasPrefix("graph small {"))
  }

  @Test("a rendering without problems has no warning")
  func noWarning() throws {
    let rendering = try graphviz.renderWithWarning(dot: SampleGraphs.small, format: .svg)
    #expect(rendering.warning == nil)
  }

  @Test("the library reports its version")
  func version() throws {
    let version = try graphviz.libraryVersion()
    #expect(version.split(separator: ".").count >= 2)
  }
}
