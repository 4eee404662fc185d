import Discussion
import DiscussionGraph
import GraphRendering
import Testing

/// `render --view coordination`: the planted brigades' members and nothing else, undirected,
/// one line per significant pair, laid out by Graphviz.
@Suite struct CoordinationDiagramTests {
  @Test func drawsThePlantedBrigadesAndOnlyThem() throws {
    let generator = SyntheticCorpus(
      SyntheticCorpus.Parameters(
        threads: 100, meanCommentsPerThread: 50, commenters: 600, seed: 31,
        coordination: CoordinationPlan(brigades: 2, brigadeSize: 4, brigadeThreadShare: 0.2)))
    let corpus = generator.corpus()
    let diagram = try DiagramRequest(view: .coordination).diagram(corpus: corpus)
    #expect(diagram.dot.hasPrefix("graph "))
    #expect(!diagram.dot.contains("->"))
    #expect(diagram.nodeCount == 8)
    // Two groups of four: at most six pairs each, and most of them significant.
    #expect(diagram.edgeCount >= 8 && diagram.edgeCount <= 12)
    for name in generator.plantedBrigades().joined() { #expect(diagram.dot.contains(name)) }
    #expect(diagram.caption[0].hasPrefix("2 coordinated groups of 8 commenters"))
    let svg = String(decoding: try diagram.render(.svg), as: UTF8.self)
    #expect(svg.contains("<svg"))
    #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == diagram.edgeCount)
  }

  @Test func saysSoWhenThereIsNoGroup() throws {
    let corpus = Corpus(
      threads: SyntheticCorpus(SyntheticCorpus.Parameters(threads: 20, seed: 32)).threads())
    let diagram = try DiagramRequest(view: .coordination).diagram(corpus: corpus)
    #expect(diagram.nodeCount == 0)
    #expect(diagram.caption[0].hasPrefix("No coordinated group"))
  }
}
