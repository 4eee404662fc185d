import Discussion
import Foundation
import GraphRendering
import Testing

@Suite("Diagram formats")
struct DiagramFormatsTests {
  static let views = DiagramView.allCases

  @Test("PNG and PDF start with their signatures", arguments: [DiagramView.thread, .replies])
  func signatures(view: DiagramView) throws {
    let diagram = try DiagramRequest(view: view).diagram(corpus: try TestCorpus.sample())
    let png = try diagram.render(.png)
    #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    let pdf = try diagram.render(.pdf)
    #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
    #expect(String(decoding: pdf.suffix(8), as: UTF8.self).contains("%%EOF"))
    #expect(try diagram.render(.dot) == Array(diagram.dot.utf8))
  }

  @Test("the same input gives the same DOT and SVG bytes", arguments: views)
  func deterministic(view: DiagramView) throws {
    let first = try DiagramRequest(view: view).diagram(corpus: try TestCorpus.sample())
    let second = try DiagramRequest(view: view).diagram(corpus: try TestCorpus.sample())
    #expect(first.dot == second.dot)
    #expect(try first.render(.svg) == second.render(.svg))
  }

  @Test("every word of every comment node's label is in the SVG, in DejaVu Sans")
  func labelsKeepEveryWord() throws {
    let corpus = try TestCorpus.sample()
    let svg = try DiagramRequest(view: .thread).diagram(corpus: corpus).render(.svg)
    let document = try #require(SVGDocument.parse(svg))
    let words = document.words
    var expected: [String] = []
    for comment in corpus.threads[0].comments {
      expected.append("#\(comment.id)")
      if let author = comment.author { expected += author.split(separator: " ").map(String.init) }
    }
    // The article title heads the caption.
    expected += (corpus.threads[0].title ?? "").split(separator: " ").map(String.init)
    for word in expected { #expect(words.contains(word), "\(word) missing from the SVG") }
    let fonts = Set(document.elements.compactMap { $0.attributes["font-family"] })
    #expect(fonts == ["DejaVu Sans"])
  }

  @Test("the thread view draws the removed comment with its recovered author")
  func removedComment() throws {
    let diagram = try DiagramRequest(view: .thread).diagram(corpus: try TestCorpus.sample())
    #expect(
      diagram.dot.contains(
        ##"label="#2 removed by a moderator\nby Небесен Йерусалим (recovered)""##))
    #expect(diagram.dot.contains(#""c1" -> "c12""#))  // #13 replies to #2
    #expect(diagram.dot.contains(#""c18" -> "c21""#))  // #22 replies to #19
    // #17 (6 up, 4 down: 10^(4/6) = 4.64) and #1 (14^(5/9) = 4.33) are among the marked.
    #expect(diagram.dot.contains("◆ #17 КОПЕЙКИ МИЛИ"))
    #expect(diagram.dot.contains("◆ #1 Ганя Путинофила"))
    let quiet = try DiagramRequest(view: .thread, repliesOnly: true).diagram(
      corpus: try TestCorpus.sample())
    #expect(quiet.nodeCount == 4)
    #expect(!quiet.dot.contains("Ганя"))
  }

  @Test("hostile replies are red when conflict figures say so")
  func hostileReply() throws {
    let corpus = try TestCorpus.sample()
    // Mark #22 (index 21) hostile.
    let marks = ConflictMarks(source: "test") { ref in
      ref.comment == 21 ? CommentMarks(hostility: 0.9) : nil
    }
    let diagram = try ThreadView(marks: marks).diagram(corpus: corpus, thread: 0)
    #expect(diagram.dot.contains(##""c18" -> "c21" [color="#CC3311", penwidth=2.5"##))
    #expect(diagram.dot.contains(#""c1" -> "c12" [tooltip"#))
    #expect(diagram.caption.joined().contains("1 hostile replies"))
  }
}

@Suite("Diagram file names")
struct DiagramFileNameTests {
  @Test("thread ids become safe, unique file stems")
  func stems() {
    #expect(DiagramRequest.fileStem(forThread: "a/b c") == "a_b_c")
    #expect(DiagramRequest.fileStem(forThread: "../x") == "_._x")
    #expect(DiagramRequest.fileStem(forThread: "") == "thread")
    #expect(DiagramRequest.fileStem(forThread: "факти-2025") == "факти-2025")
    #expect(
      DiagramRequest.fileStems(forThreads: ["A", "a", "A", "b"]) == ["A", "a-2", "A-3", "b"])
  }

  @Test("a long thread id gives a stem a file system takes (255 bytes a name)")
  func longIDs() {
    for id in [String(repeating: "漢", count: 100_000), String(repeating: "ж", count: 300)] {
      let stem = DiagramRequest.fileStem(forThread: id)
      #expect(stem.utf8.count <= 200)
      #expect(stem.count >= 60)
    }
  }
}
