import Discussion
import DiscussionGraph
import GraphRendering
import Testing

@Suite("Conflict and gaps in diagrams")
struct ConflictDrawingTests {
  /// a ⇄ b three times (a feud), c → a once.
  static let corpus = TestCorpus.corpus(
    TestCorpus.thread(authors: ["a", "b", "a", "b", "c"], replies: [nil, 0, 1, 2, 0]))

  @Test("a feud is heavy red and labelled; a hostile edge is red; others stay ink")
  func feudAndHostility() throws {
    // Commenter indices: a 0, b 1, c 2.
    let pair: @Sendable (Int, Int) -> PairMarks? = { source, target in
      switch (source, target) {
      case (0, 1), (1, 0): PairMarks(hostility: 0.2, feudTurns: 4)
      case (2, 0): PairMarks(hostility: 0.7)
      default: nil
      }
    }
    let marks = ConflictMarks(source: "test", comment: { _ in nil }, pair: pair)
    let diagram = try NetworkView(kind: .reply, marks: marks).diagram(
      corpus: Self.corpus, title: "t")
    let lines = diagram.dot.split(separator: "\n")
    // a ⇄ b is one line with two arrowheads: 1 + 2 replies (width 1 + 1.5·log2 3 = 3.38),
    // + 2.5 for the feud.
    let ab = try #require(lines.first { $0.contains(#""n0" -> "n1""#) })
    #expect(
      ab.contains(##"dir="both", color="#CC3311", penwidth=5.88, label="feud, 4 turns""##))
    #expect(ab.contains("a → b · 1 replies") && ab.contains("⇄ b → a · 2 replies"))
    #expect(!lines.contains { $0.contains(#""n1" -> "n0""#) })
    let ca = try #require(lines.first { $0.contains(#""n2" -> "n0""#) })
    #expect(ca.contains(##"penwidth=1, color="#CC3311""##))
    #expect(!ca.contains("dir="))
    #expect(diagram.caption.joined().contains("1 hostile edges"))
    #expect(diagram.caption.joined().contains("1 feuds"))
    #expect(diagram.caption.joined().contains("1 pairs both ways"))
    let plain = try NetworkView(kind: .reply).diagram(corpus: Self.corpus, title: "t")
    #expect(!plain.dot.contains("#CC3311"))
  }

  @Test("a reply to a comment outside the copy points to a dotted placeholder")
  func placeholder() throws {
    let comments = [
      Discussion.Comment(id: "5", author: "x", text: "first"),
      Discussion.Comment(
        id: "6", author: "y", replyTo: "2", replyToName: "Изчезнал", text: "to a lost one"),
    ]
    let thread = CommentThread(id: "gap", sourceFile: "gap.txt", comments: comments)
    let diagram = try ThreadView().diagram(corpus: Corpus(threads: [thread]), thread: 0)
    #expect(diagram.dot.contains(##""x2" [label="#2 not in this copy\n\"Изчезнал\", from the"##))
    #expect(diagram.dot.contains(#""x2" -> "c1""#))
    #expect(diagram.caption.joined().contains("1 replied-to comments are not in this copy"))
    #expect(diagram.nodeCount == 3)
  }

  @Test("every commenter name of the reply network is in its SVG")
  func networkWords() throws {
    let corpus = try TestCorpus.sample()
    let network = CommenterNetwork(corpus: corpus, kind: .reply)
    let svg = try DiagramRequest(view: .replies).diagram(corpus: corpus).render(.svg)
    let words = try #require(SVGDocument.parse(svg)).words
    var drawn = Set<Int>()
    for edge in network.edges { drawn.formUnion([edge.source, edge.target]) }
    #expect(drawn.count == 4)
    for v in drawn {
      for word in network.commenters[v].displayName.split(separator: " ") {
        #expect(words.contains(String(word)), "\(word) missing")
      }
    }
  }
}
