import Discussion
import DiscussionGraph
import GraphRendering
import Testing

@Suite("Diagram limits and layout choice")
struct DiagramLimitsTests {
  /// A star: commenter "c0" is replied to by c1 … c(n-1).
  static func star(_ n: Int) -> Corpus {
    let authors = (0..<n).map { "c\($0)" }
    return TestCorpus.corpus(
      TestCorpus.thread(authors: authors, replies: (0..<n).map { $0 == 0 ? nil : 0 }))
  }

  @Test("a network above the limit is refused with a message naming the pruning flags")
  func refusesLargeNetwork() throws {
    let view = NetworkView(limits: DiagramLimits(maxNodes: 10))
    let error = #expect(throws: DiagramError.self) {
      try view.diagram(corpus: Self.star(12), title: "star")
    }
    #expect(error?.kind == .tooLarge)
    for flag in ["--top", "--min-weight", "--k-core", "--largest-component"] {
      #expect(error?.message.contains(flag) == true, "message lacks \(flag)")
    }
    #expect(error?.message.contains("12 nodes") == true)
  }

  @Test("pruning below the limit makes the same network drawable")
  func pruningAllowsIt() throws {
    let view = NetworkView(pruning: NetworkPruning(top: 5), limits: DiagramLimits(maxNodes: 10))
    let diagram = try view.diagram(corpus: Self.star(12), title: "star")
    #expect(diagram.nodeCount == 5)
  }

  @Test("a thread above the limit is refused, naming --replies-only")
  func refusesLargeThread() {
    let view = ThreadView(limits: DiagramLimits(maxNodes: 5))
    let error = #expect(throws: DiagramError.self) {
      try view.diagram(corpus: Self.star(8), thread: 0)
    }
    #expect(error?.message.contains("--replies-only") == true)
  }

  @Test("automatic layout: dot for a tree, neato for a small cyclic network, sfdp above 300")
  func automaticEngine() throws {
    #expect(try NetworkView().diagram(corpus: Self.star(6), title: "").engine == .dot)
    // A cycle a → b → c → a.
    let cycle = TestCorpus.corpus(
      TestCorpus.thread(authors: ["a", "b", "c", "a"], replies: [nil, 0, 1, 2]))
    #expect(try NetworkView().diagram(corpus: cycle, title: "").engine == .neato)
    // 400 commenters in a ring of replies: not a forest, above the threshold.
    let n = 400
    let ring = TestCorpus.corpus(
      TestCorpus.thread(
        authors: (0...n).map { "r\($0 % n)" }, replies: (0...n).map { $0 == 0 ? nil : $0 - 1 }))
    let diagram = try NetworkView().diagram(corpus: ring, title: "")
    #expect(diagram.engine == .sfdp)
    #expect(diagram.nodeCount == n)
    #expect(try ThreadView().diagram(corpus: cycle, thread: 0).engine == .dot)
    #expect(
      try NetworkView(layout: .engine(.circo)).diagram(corpus: cycle, title: "").engine == .circo)
  }

  @Test("an unknown size metric is an error, not a trap")
  func unknownMetric() {
    let error = #expect(throws: DiagramError.self) {
      try NetworkView(sizeMetric: "nonsense").diagram(corpus: Self.star(3), title: "")
    }
    #expect(error?.kind == .unknownMetric)
  }
}
