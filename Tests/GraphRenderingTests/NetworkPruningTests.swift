import Discussion
import DiscussionGraph
import Testing

@testable import GraphRendering

/// Pruning on a reply network built by hand; expected node sets worked out on paper:
///
///     A→B ×3, B→A, B→C, C→A, D→A      (one component: a triangle A, B, C and a pendant D)
///     E→F ×2                           (a second component)
///     G                                (wrote, replied to nobody: isolated)
///
/// Comments: A 4, B 2, C 2, D 1, E 3, F 1, G 1.
@Suite("Network pruning")
struct NetworkPruningTests {
  static let corpus: Corpus = {
    let authors = ["A", "B", "A", "A", "A", "C", "B", "C", "D", "E", "F", "E", "E", "G"]
    let replies: [Int?] = [nil, 0, 1, 1, 1, nil, 5, 0, 0, nil, nil, 10, 10, nil]
    return TestCorpus.corpus(TestCorpus.thread(authors: authors, replies: replies))
  }()
  static let network = CommenterNetwork(corpus: corpus, kind: .reply)
  static let comments: [Double] = [4, 2, 2, 1, 3, 1, 1]

  func kept(_ pruning: NetworkPruning) -> (nodes: [String], edges: [String]) {
    let network = Self.network
    let result = pruning.apply(to: network, metric: Self.comments, metricName: "comments")
    let names = network.commenters.map(\.displayName)
    return (
      result.nodes.map { names[$0] },
      result.edges.map {
        let e = network.edges[$0]
        return "\(names[e.source])>\(names[e.target])"
      }
    )
  }

  @Test("no pruning: every commenter with an edge, every edge")
  func nothing() {
    let (nodes, edges) = kept(NetworkPruning())
    #expect(nodes == ["A", "B", "C", "D", "E", "F"])
    #expect(edges == ["A>B", "B>A", "B>C", "C>A", "D>A", "E>F"])
  }

  @Test("--min-weight 2 keeps A→B (3) and E→F (2)")
  func minWeight() {
    let (nodes, edges) = kept(NetworkPruning(minWeight: 2))
    #expect(nodes == ["A", "B", "E", "F"])
    #expect(edges == ["A>B", "E>F"])
  }

  @Test("--min-weight 0 and 1 keep everything and say nothing about weights")
  func minWeightOne() throws {
    #expect(kept(NetworkPruning(minWeight: 1)).nodes == ["A", "B", "C", "D", "E", "F"])
    #expect(kept(NetworkPruning(minWeight: 0)).edges.count == 6)
    let diagram = try NetworkView(pruning: NetworkPruning(minWeight: 1)).diagram(
      corpus: Self.corpus, title: "t")
    #expect(!diagram.caption.joined().contains("--min-weight"))
  }

  @Test("--k-core 2 keeps the triangle; --k-core 3 keeps nothing")
  func kCore() {
    let (nodes, edges) = kept(NetworkPruning(kCore: 2))
    #expect(nodes == ["A", "B", "C"])
    #expect(edges == ["A>B", "B>A", "B>C", "C>A"])
    #expect(kept(NetworkPruning(kCore: 3)).nodes.isEmpty)
  }

  @Test("--largest-component keeps A, B, C, D")
  func largestComponent() {
    let (nodes, edges) = kept(NetworkPruning(largestComponent: true))
    #expect(nodes == ["A", "B", "C", "D"])
    #expect(edges.count == 5)
  }

  @Test("--top 3 by comments: A (4), E (3), then B before C (tie, by ID)")
  func top() {
    let (nodes, edges) = kept(NetworkPruning(top: 3))
    #expect(nodes == ["A", "B", "E"])
    #expect(edges == ["A>B", "B>A"])
  }

  @Test("steps combine in order: --min-weight 2 then --largest-component")
  func combined() {
    // After --min-weight 2: {A, B} and {E, F}, both of two nodes: the tie goes to the
    // component numbered first (the one holding A).
    let (nodes, _) = kept(NetworkPruning(minWeight: 2, largestComponent: true))
    #expect(nodes == ["A", "B"])
  }

  @Test("the caption names what each step removed")
  func caption() throws {
    let view = NetworkView(
      kind: .reply, sizeMetric: "comments", pruning: NetworkPruning(top: 3, kCore: 1))
    let diagram = try view.diagram(corpus: Self.corpus, title: "t")
    #expect(diagram.nodeCount == 3)
    #expect(diagram.edgeCount == 2)
    let text = diagram.caption.joined(separator: "\n")
    #expect(text.contains("1 commenters without a reply"))
    #expect(text.contains("3 commenters below the top 3 by comments (--top)"))
    #expect(text.contains("0 commenters outside the 1-core (--k-core)"))
  }
}
