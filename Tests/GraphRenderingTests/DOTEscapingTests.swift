import Discussion
import Foundation
import GraphRendering
import Testing

@Suite("DOT escaping")
struct DOTEscapingTests {
  /// Names a commenter could type that break naive DOT or SVG writers.
  static let hostile = [
    "Иван \"Кавичката\" Петров", "back\\slash \\N \\G \\n", "<script>alert(1)</script>",
    "{curly} [square]; a -> b", "две\nреда", "a & b &amp; &lt;x&gt; &foo;", "tab\there",
    "bell\u{7}null-ish\u{1}", "-- graph node edge", "'single'",
  ]

  @Test("quoted strings, written by hand")
  func quotedStrings() {
    #expect(DOTEscaping.label(#"a"b\c"#) == #""a\"b\\c""#)
    #expect(DOTEscaping.tooltip(#"a\N"#) == #""a\\\\N""#)
    #expect(DOTEscaping.label("x\ny") == #""x\ny""#)
    #expect(DOTEscaping.label("x\r\ny") == #""x\ny""#)
    #expect(DOTEscaping.tooltip("x\ny") == #""x y""#)
    #expect(DOTEscaping.label("a & b") == #""a &amp; b""#)
    #expect(DOTEscaping.label("a\u{1}b\u{7F}c") == #""a b c""#)
    #expect(DOTEscaping.html("<b>&\"'") == "&lt;b&gt;&amp;&quot;&#39;")
    #expect(DOTEscaping.identifier("n\"1") == #""n\"1""#)
  }

  @Test("hostile names: the SVG parses and shows every name and tooltip as typed")
  func hostileNamesSurviveGraphviz() throws {
    let names = Self.hostile
    let thread = TestCorpus.thread(
      authors: names, replies: names.indices.map { $0 == 0 ? nil : $0 - 1 },
      texts: names.map { "says: \($0)" })
    let corpus = TestCorpus.corpus(thread)
    let diagram = try ThreadView().diagram(corpus: corpus, thread: 0)
    let svg = try diagram.render(.svg)
    let document = try #require(SVGDocument.parse(svg))
    let text = document.texts.joined(separator: "\n")
    for name in names {
      // A line break in a name becomes a line of its own; control characters become spaces.
      let expected = name.replacingOccurrences(of: "\t", with: " ")
        .replacingOccurrences(of: "\u{7}", with: " ").replacingOccurrences(of: "\u{1}", with: " ")
      for line in expected.split(separator: "\n") {
        #expect(text.contains(line), "label \(line) missing")
      }
    }
    // The tooltip of comment #2 names its author and quotes its text exactly.
    let tooltip = try #require(document.tooltips.first { $0.hasPrefix("#2 ") })
    #expect(tooltip.contains(#"back\slash \N \G \n"#))
    #expect(tooltip.contains(#"«says: back\slash \N \G \n»"#))
    let ampersand = try #require(document.tooltips.first { $0.hasPrefix("#6 ") })
    #expect(ampersand.contains("a & b &amp; &lt;x&gt; &foo;"))
    // Nothing the names hold becomes markup.
    #expect(!document.elements.contains { $0.name == "script" })
  }

  @Test("hostile names in the network view and its HTML legend")
  func hostileNetwork() throws {
    let names = Self.hostile
    let thread = TestCorpus.thread(
      id: "<t & \"x\">", authors: names, replies: names.indices.map { $0 == 0 ? nil : 0 })
    let corpus = TestCorpus.corpus(thread)
    let view = NetworkView(kind: .reply)
    let diagram = try view.diagram(corpus: corpus, title: "title <b>&amp; \"q\"")
    let document = try #require(SVGDocument.parse(try diagram.render(.svg)))
    #expect(document.texts.contains("title <b>&amp; \"q\""))
    #expect(document.texts.contains("<script>alert(1)</script>"))
    #expect(!document.elements.contains { $0.name == "script" || $0.name == "b" })
  }
}
