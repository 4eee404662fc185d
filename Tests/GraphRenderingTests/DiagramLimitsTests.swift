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

  @Test("with --no-prune, a network above the limit is refused, naming the pruning flags")
  func refusesLargeNetwork() throws {
    let view = NetworkView(limits: DiagramLimits(maxNodes: 10, prunesAutomatically: false))
    let error = #expect(throws: DiagramError.self) {
      try view.diagram(corpus: Self.star(12), title: "star")
    }
    #expect(error?.kind == .tooLarge)
    for flag in ["--top", "--min-weight", "--k-core", "--largest-component"] {
      #expect(error?.message.contains(flag) == true, "message lacks \(flag)")
    }
    #expect(error?.message.contains("12 nodes") == true)
  }

  @Test("above the limit, the most central commenters of the largest component are drawn")
  func prunesAutomatically() throws {
    // Two stars: c0 with 11 repliers, d0 with 3; the limit is 10, the automatic top 5.
    var authors = (0..<12).map { "c\($0)" as String? }
    var replies = (0..<12).map { $0 == 0 ? nil : 0 as Int? }
    authors += (0..<4).map { "d\($0)" }
    replies += (0..<4).map { $0 == 0 ? nil : 12 }
    let corpus = TestCorpus.corpus(TestCorpus.thread(authors: authors, replies: replies))
    let view = NetworkView(limits: DiagramLimits(maxNodes: 10, automaticTop: 5))
    let diagram = try view.diagram(corpus: corpus, title: "stars")
    #expect(diagram.nodeCount == 5)
    #expect(diagram.dot.contains(#"label="c0""#) && !diagram.dot.contains(#"label="d0""#))
    let caption = diagram.caption.joined(separator: "\n")
    #expect(caption.contains("4 commenters outside the largest component (automatic)"))
    #expect(caption.contains("7 commenters below the top 5 by pagerank (automatic)"))
    #expect(
      caption.contains(
        "automatic: 16 commenters and 14 edges were over the limits of 10 and 20000 "
          + "(--no-prune refuses instead)"))
    // Fewer than the top when their edges are still too many: halved until they fit.
    let tight = NetworkView(limits: DiagramLimits(maxNodes: 10, maxEdges: 3, automaticTop: 8))
    let halved = try tight.diagram(corpus: corpus, title: "stars")
    #expect(halved.nodeCount == 4 && halved.edgeCount == 3)
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

  /// The `splines` attribute of a diagram's DOT (nil when it sets none).
  static func splines(_ diagram: Diagram) -> String? {
    guard let range = diagram.dot.range(of: #"splines=""#) else { return nil }
    return String(diagram.dot[range.upperBound...].prefix { $0 != "\"" })
  }

  /// A network of `n` commenters r0 … r(n-1) in which ri replies to r(i+1), … r(i+k) (mod n):
  /// every commenter has 2k edges.
  static func circulant(_ n: Int, k: Int) -> Corpus {
    var authors: [String?] = []
    var replies: [Int?] = []
    for i in 0..<n {
      authors.append("r\(i)")
      replies.append(nil)
    }
    for i in 0..<n {
      for j in 1...k {
        authors.append("r\(i)")
        replies.append((i + j) % n)
      }
    }
    return TestCorpus.corpus(TestCorpus.thread(authors: authors, replies: replies))
  }

  @Test("automatic edge routing: splines only where they cost about a second or less")
  func automaticRouting() throws {
    // A tree: dot, which sets no splines (it routes between ranks itself).
    let tree = try NetworkView().diagram(corpus: Self.star(6), title: "")
    #expect(tree.engine == .dot && Self.splines(tree) == nil)
    #expect(tree.caption.joined().contains("layout dot, edges between ranks"))
    // Sparse: 20 commenters, 40 edges (800 ≤ 2,500): neato with splines.
    let sparse = try NetworkView().diagram(corpus: Self.circulant(20, k: 2), title: "")
    #expect(sparse.engine == .neato && Self.splines(sparse) == "true")
    #expect(sparse.caption.joined().contains("layout neato, edges routed around nodes"))
    // Dense: 60 commenters, 240 edges (14,400): neato with straight edges, as with fdp.
    let dense = try NetworkView().diagram(corpus: Self.circulant(60, k: 4), title: "")
    #expect(dense.engine == .neato && Self.splines(dense) == "false")
    #expect(dense.caption.joined().contains("layout neato, straight edges"))
    let fdp = try NetworkView(layout: .engine(.fdp)).diagram(
      corpus: Self.circulant(60, k: 4), title: "")
    #expect(Self.splines(fdp) == "false")
    // Large: sfdp, straight.
    let large = try NetworkView().diagram(corpus: Self.circulant(400, k: 1), title: "")
    #expect(large.engine == .sfdp && Self.splines(large) == nil)
    // The rule itself, at its edge.
    #expect(EdgeRouting.choice(engine: .neato, nodes: 50, edges: 50) == .splines)
    #expect(EdgeRouting.choice(engine: .neato, nodes: 50, edges: 51) == .straight)
    #expect(EdgeRouting.choice(engine: .circo, nodes: 2, edges: 10_000) == .straight)
  }

  @Test("an unknown size metric is an error, not a trap")
  func unknownMetric() {
    let error = #expect(throws: DiagramError.self) {
      try NetworkView(sizeMetric: "nonsense").diagram(corpus: Self.star(3), title: "")
    }
    #expect(error?.kind == .unknownMetric)
  }
}
