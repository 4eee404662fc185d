import DiscussionGraph
import Testing

/// Every centrality against the python-igraph / NetworkX values in centrality.json. Path
/// metrics must agree to 1e-9 (relative above 1), the power iterations to 1e-6.
@Suite("Centrality golden values")
struct CentralityGoldenTests {
  typealias Fixture = CentralityGoldenFixture

  @Test func fixtureHoldsTheExpectedGraphs() {
    #expect(Fixture.cases.keys.sorted() == Fixture.names)
  }

  @Test(arguments: Fixture.names)
  func degreesAndStrengths(name: String) throws {
    let c = try #require(Fixture.cases[name])
    for (mode, key) in [(DegreeMode.out, "out"), (.in, "in"), (.all, "all")] {
      let degrees = c.graph.degrees(mode).map(Double.init)
      #expect(centralityMismatch(degrees, c.arrays["degree_" + key], tolerance: 0) == nil)
      let strengths = c.graph.strengths(mode)
      #expect(centralityMismatch(strengths, c.arrays["strength_" + key], tolerance: 1e-12) == nil)
    }
  }

  @Test(arguments: Fixture.names)
  func pageRank(name: String) throws {
    let c = try #require(Fixture.cases[name])
    let weighted = c.graph.pageRank()
    #expect(centralityMismatch(weighted, c.arrays["pagerank_weighted"], tolerance: 1e-6) == nil)
    let unweighted = c.graph.pageRank(weighted: false)
    #expect(
      centralityMismatch(unweighted, c.arrays["pagerank_unweighted"], tolerance: 1e-6) == nil)
    if c.graph.nodeCount > 0 { #expect(abs(weighted.reduce(0, +) - 1) < 1e-12) }
  }

  @Test(arguments: Fixture.names)
  func pathMetrics(name: String) throws {
    let c = try #require(Fixture.cases[name])
    let m = c.graph.pathMetrics()
    #expect(!m.isSampled)
    let checks: [(String, [Double])] = [
      ("betweenness", m.betweenness), ("betweenness_normalized", m.betweennessNormalized),
      ("closeness", m.closeness), ("closeness_wf", m.closenessWassermanFaust),
      ("harmonic", m.harmonic), ("harmonic_out_normalized", m.harmonicOut),
      ("eccentricity", m.eccentricity),
    ]
    for (key, values) in checks {
      let mismatch = centralityMismatch(values, c.arrays[key], tolerance: 1e-9)
      #expect(mismatch == nil, "\(key): \(mismatch ?? "")")
    }
    #expect(Double(m.diameter) == c.scalars["diameter"])
  }

  @Test(arguments: Fixture.names)
  func sampledBetweenness(name: String) throws {
    let c = try #require(Fixture.cases[name])
    let sources = try #require(c.arrays["sampled_sources"]).compactMap { $0.map(Int.init) }
    guard !sources.isEmpty else { return }
    let m = c.graph.pathMetrics(sources: .explicit(sources))
    #expect(m.sources == sources)
    for (key, values) in [
      ("betweenness_sampled", m.betweenness),
      ("betweenness_sampled_normalized", m.betweennessNormalized),
      ("harmonic_sampled", m.harmonic),
    ] {
      let mismatch = centralityMismatch(values, c.arrays[key], tolerance: 1e-9)
      #expect(mismatch == nil, "\(key): \(mismatch ?? "")")
    }
  }

  @Test(arguments: Fixture.names)
  func eigenvector(name: String) throws {
    let c = try #require(Fixture.cases[name])
    for (weighted, key) in [(true, "eigenvector_weighted"), (false, "eigenvector_unweighted")] {
      if c.nullKeys.contains(key) {
        // NetworkX refused: the empty graph (we return []) or no convergence (we throw).
        if c.graph.nodeCount == 0 {
          #expect(try c.graph.eigenvectorCentrality(weighted: weighted).isEmpty)
        } else {
          #expect(throws: CentralityError.self) {
            try c.graph.eigenvectorCentrality(weighted: weighted)
          }
        }
        continue
      }
      let x = try c.graph.eigenvectorCentrality(weighted: weighted)
      let mismatch = centralityMismatch(x, c.arrays[key], tolerance: 1e-6)
      #expect(mismatch == nil, "\(key): \(mismatch ?? "")")
    }
  }

  @Test(arguments: Fixture.names)
  func hubsAndAuthorities(name: String) throws {
    let c = try #require(Fixture.cases[name])
    // Absent where A·Aᵀ has no simple dominant eigenvalue (the answer is not unique).
    guard let hubs = c.arrays["hub"] else { return }
    let s = try c.graph.hubsAndAuthorities()
    #expect(centralityMismatch(s.hubs, hubs, tolerance: 1e-6) == nil)
    #expect(centralityMismatch(s.authorities, c.arrays["authority"], tolerance: 1e-6) == nil)
  }
}
