import Discussion
import DiscussionGraph
import Foundation
import GraphRendering
import Testing

/// Graphviz 2.42 routes several edges between the same two nodes with neato's
/// makeMultiSpline (splines=true: neato, fdp, circo, twopi), which writes past its buffers:
/// valgrind showed invalid writes there, and 1,000 diagrams drawn one after another crashed
/// the process with a corrupted heap. The network views therefore draw each pair of
/// commenters as one DOT edge, with arrowheads at both ends when they reply both ways.
@Suite struct ReciprocalEdgesTests {
  /// Random threads of 60 comments among 6 commenters, each naming one of them in quotes:
  /// most pairs reply (and mention) both ways.
  static func corpus(threads: Int) -> Corpus {
    var state: UInt64 = 7
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % n
    }
    return Corpus(
      threads: (0..<threads).map { t in
        let authors = (0..<60).map { _ in "u\(next(6))" as String? }
        let replies = (0..<60).map { i in i == 0 ? nil : next(i) as Int? }
        let texts = (0..<60).map { _ in "към \"u\(next(6))\"" }
        return TestCorpus.thread(id: "t\(t)", authors: authors, replies: replies, texts: texts)
      })
  }

  /// The unordered node pairs of the DOT's edges, with repeats.
  static func pairs(_ dot: String) -> [[String]] {
    dot.split(separator: "\n").compactMap { line in
      let parts = line.split(separator: "\"")
      guard parts.count >= 4, parts[2] == " -> " else { return nil }
      return [String(parts[1]), String(parts[3])].sorted()
    }
  }

  @Test(
    "no two DOT edges join the same two commenters, in any network view or layout",
    arguments: [DiagramView.replies, .mentions, .combined])
  func onePairOneEdge(view: DiagramView) throws {
    let corpus = Self.corpus(threads: 3)
    for layout in [LayoutChoice.automatic, .engine(.fdp), .engine(.circo), .engine(.dot)] {
      var request = DiagramRequest(view: view)
      request.layout = layout
      let diagram = try request.diagram(corpus: corpus)
      let pairs = Self.pairs(diagram.dot)
      #expect(!pairs.isEmpty)
      #expect(Set(pairs).count == pairs.count, "\(layout): an edge drawn twice")
      #expect(diagram.dot.contains(#"dir="both""#))
    }
  }

  @Test("every pair that replies both ways is one two-headed line in the SVG")
  func reciprocalPairsRender() throws {
    let corpus = Self.corpus(threads: 1)
    let network = CommenterNetwork(corpus: corpus, kind: .reply)
    var ordered = Set<[Int]>()
    for edge in network.edges where edge.source != edge.target {
      ordered.insert([edge.source, edge.target])
    }
    let mutual = ordered.filter { $0[0] < $0[1] && ordered.contains([$0[1], $0[0]]) }.count
    #expect(mutual > 3)
    let diagram = try DiagramRequest(view: .replies).diagram(corpus: corpus)
    #expect(diagram.dot.components(separatedBy: #"dir="both""#).count - 1 == mutual)
    #expect(diagram.caption.joined().contains("\(mutual) pairs both ways"))
    let svg = String(decoding: try diagram.render(.svg), as: UTF8.self)
    #expect(svg.components(separatedBy: #"class="edge""#).count - 1 == ordered.count - mutual)
  }

  @Test("in the combined view, the end of a way that only mentions is an open arrowhead")
  func mentionOnlyEndIsOpen() throws {
    // a (0) writes first; b (1) replies to a; a's second comment, a reply to nobody, names b.
    let thread = TestCorpus.thread(
      authors: ["a", "b", "a"], replies: [nil, 0, nil],
      texts: ["първо", "отговор", "към \"b\""])
    let diagram = try DiagramRequest(view: .combined).diagram(
      corpus: TestCorpus.corpus(thread))
    let line = try #require(diagram.dot.split(separator: "\n").first { $0.contains(" -> ") })
    #expect(line.contains(#"dir="both""#))
    // b → a replies, so the line is solid; a → b only mentions, so its arrowhead, at b, is
    // open: the head of "a -> b", or the tail of "b -> a".
    if line.contains(#""n0" -> "n1""#) {
      #expect(line.contains(#"arrowhead="empty""#) && !line.contains("arrowtail"))
    } else {
      #expect(line.contains(#""n1" -> "n0""#))
      #expect(line.contains(#"arrowtail="empty""#) && !line.contains("arrowhead"))
    }
    #expect(!line.contains("dashed"))
  }
}
