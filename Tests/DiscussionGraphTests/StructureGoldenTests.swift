import Testing

@testable import DiscussionGraph

/// Structural metrics against python-igraph / NetworkX golden values.
@Suite("Structure golden values")
struct StructureGoldenTests {
  @Test("components", arguments: StructureGolden.names)
  func components(name: String) {
    let golden = StructureGolden.graph(name)
    let graph = golden.graph
    let weak = graph.weaklyConnectedComponents()
    let strong = graph.stronglyConnectedComponents()
    #expect(weak.labels == golden.reference.weakComponents)
    #expect(weak.count == golden.reference.weakCount)
    #expect(strong.labels == golden.reference.strongComponents)
    #expect(strong.count == golden.reference.strongCount)
    #expect(weak.sizes.reduce(0, +) == graph.nodeCount)
    if let largest = weak.largest {
      #expect(weak.sizes[largest] == weak.sizes.max())
    }
  }

  @Test("coreness all/in/out", arguments: StructureGolden.names)
  func coreness(name: String) {
    let golden = StructureGolden.graph(name)
    let graph = golden.graph
    #expect(graph.coreness(mode: .all) == golden.reference.corenessAll)
    #expect(graph.coreness(mode: .in) == golden.reference.corenessIn)
    #expect(graph.coreness(mode: .out) == golden.reference.corenessOut)
  }

  @Test("local clustering and transitivity", arguments: StructureGolden.names)
  func clustering(name: String) {
    let golden = StructureGolden.graph(name)
    let graph = golden.graph
    let local = graph.localClustering()
    #expect(local.count == graph.nodeCount)
    for v in 0..<graph.nodeCount {
      #expect(StructureGolden.close(local[v], golden.reference.localClustering[v]), "node \(v)")
      #expect(StructureGolden.close(local[v], golden.reference.localClusteringNX[v]))
    }
    #expect(StructureGolden.close(graph.transitivity(), golden.reference.transitivity))
    let t = graph.transitivity()
    #expect(StructureGolden.close(t.isNaN ? 0 : t, golden.reference.transitivityNX))
  }

  @Test("reciprocity, rho, density", arguments: StructureGolden.names)
  func reciprocity(name: String) {
    let golden = StructureGolden.graph(name)
    let graph = golden.graph
    #expect(StructureGolden.close(graph.reciprocity(), golden.reference.reciprocity))
    #expect(StructureGolden.close(graph.reciprocityRho(), golden.reference.rho))
    #expect(StructureGolden.close(graph.density(), golden.reference.density))
  }

  @Test("degree assortativity", arguments: StructureGolden.names)
  func assortativity(name: String) {
    let golden = StructureGolden.graph(name)
    let graph = golden.graph
    #expect(
      StructureGolden.close(
        graph.degreeAssortativity(directed: true), golden.reference.assortativityDirected))
    #expect(
      StructureGolden.close(
        graph.degreeAssortativity(directed: false), golden.reference.assortativityUndirected))
  }

  @Test("modularity of a fixed partition", arguments: StructureGolden.names)
  func modularity(name: String) throws {
    let golden = StructureGolden.graph(name)
    let graph = golden.graph
    let partition = golden.reference.partition
    let q = try graph.modularity(membership: partition)
    let half = try graph.modularity(membership: partition, resolution: 0.5)
    let undirected = try graph.modularity(membership: partition, directed: false)
    #expect(StructureGolden.close(q, golden.reference.modularity))
    #expect(StructureGolden.close(half, golden.reference.modularityGamma05))
    #expect(StructureGolden.close(undirected, golden.reference.modularityUndirected))
    // Labels are arbitrary: shifting them changes nothing.
    let shifted = try graph.modularity(membership: partition.map { 7 * $0 + 3 })
    #expect(StructureGolden.close(shifted, golden.reference.modularity))
  }

  @Test("the oracle ran on the library versions it names")
  func provenance() {
    #expect(!StructureGolden.file.igraph.isEmpty)
    #expect(!StructureGolden.file.networkx.isEmpty)
    #expect(StructureGolden.names.count >= 12)
  }
}
