import Foundation
import Testing

@testable import GraphRendering

@Suite("Graphviz errors are thrown with Graphviz's words and never printed")
struct GraphvizErrorTests {
  let graphviz = Graphviz()

  @Test("a DOT syntax error throws GraphvizError with Graphviz's message, printing nothing")
  func syntaxError() throws {
    let (error, printed) = capturingStandardStreams {
      #expect(throws: GraphvizError.self) {
        try graphviz.render(dot: "digraph { a -> ; }", engine: .dot, format: .svg)
      }
    }
    let thrown = try #require(error)
    #expect(thrown.kind == .syntax)
    #expect(thrown.message == "syntax error in line 1 near ';'")
    #expect(thrown.remedy == nil)
    #expect(!printedByGraphviz(printed, message: thrown.message))
  }

  @Test("Graphviz parses again after a syntax error")
  func recoversAfterError() throws {
    for _ in 0..<3 {
      #expect(throws: GraphvizError.self) {
        try graphviz.render(dot: "digraph { \"unterminated -> b }", format: .svg)
      }
      let svg = try graphviz.render(dot: SampleGraphs.cyrillic, format: .svg)
      #expect(SVGDocument.parse(svg) != nil)
    }
  }

  @Test("text after the first graph does not leak into the next job")
  func trailingText() throws {
    let first = try graphviz.render(dot: "graph a { x } graph b { y }", format: .canon)
    #expect(String(decoding: first, as: UTF8.self).hasPrefix("graph a {"))
    let next = try graphviz.render(dot: SampleGraphs.small, format: .canon)
    #expect(String(decoding: next, as: UTF8.self).hasPrefix("graph small {"))

    let error = #expect(throws: GraphvizError.self) {
      try graphviz.render(dot: "digraph { a } } }", format: .canon)
    }
    #expect(error?.message == "syntax error in line 1 near '}'")
    let after = try graphviz.render(dot: SampleGraphs.small, format: .canon)
    #expect(after == next)
  }

  @Test(
    "malformed input throws instead of crashing",
    arguments: [
      "", "   ", "digraph", "digraph {", "}", "graph { a -> b }", "digraph { a -- b }",
      "digraph { a [label=<b>unclosed] }", "\u{FEFF}\u{1}\u{2}garbage",
      "strict strict graph {}", "digraph { subgraph { } } } }",
    ])
  func malformed(_ source: String) throws {
    let (error, printed) = capturingStandardStreams {
      #expect(throws: GraphvizError.self) {
        try graphviz.render(dot: source, engine: .dot, format: .svg)
      }
    }
    let thrown = try #require(error)
    #expect(!thrown.message.isEmpty)
    #expect(!printedByGraphviz(printed, message: thrown.message))
  }

  @Test("a NUL character is rejected before Graphviz sees the text")
  func nulCharacter() {
    let expected = GraphvizError(
      kind: .invalidInput, message: "the DOT text contains a NUL character")
    #expect(throws: expected) {
      try graphviz.render(dot: "digraph { a\u{0} -> b }", format: .svg)
    }
  }

  @Test("a missing layout plugin is reported as such, with the fix")
  func missingPlugin() {
    let message = """
      Layout type: "dot" not recognized. Use one of:
      """
    let error = GraphvizError.classify(stage: .layout, graphvizMessage: message, fallback: "")
    #expect(error.kind == .pluginUnavailable)
    #expect(error.message == message)
    #expect(error.description.contains("not available"))
    #expect(error.remedy?.contains("dot -c") == true)
    #expect(error.remedy?.contains("config6a") == true)

    let format = GraphvizError.classify(
      stage: .render, graphvizMessage: "renderer for png is unavailable\n", fallback: "")
    #expect(format.kind == .pluginUnavailable)
    #expect(format.message == "renderer for png is unavailable")

    let syntax = GraphvizError.classify(
      stage: .syntax, graphvizMessage: "syntax error in line 1 near 'not recognized'",
      fallback: "")
    #expect(syntax.kind == .syntax)
  }

  @Test("an error without a Graphviz message falls back to our own words")
  func fallbackMessage() {
    let error = GraphvizError.classify(stage: .render, graphvizMessage: " \n", fallback: "none")
    #expect(error == GraphvizError(kind: .render, message: "none"))
  }
}
