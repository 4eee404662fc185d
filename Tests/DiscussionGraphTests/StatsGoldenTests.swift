import Discussion
import DiscussionGraph
import Foundation
import Testing

/// `CommenterStatistics` on the reply network of the sample thread and two synthetic corpora,
/// against python-igraph and NetworkX (scripts/oracle/stats_oracle.py).
@Suite("Commenter statistics against igraph and NetworkX")
struct StatsGoldenTests {
  static let names = ["sample", "synthetic-large", "synthetic-small"]

  /// Columns iterated to a tolerance (power iteration) rather than computed exactly.
  static let iterated: Set<String> = ["pagerank", "eigenvector", "hub", "authority"]
  /// Columns the oracle leaves out: mentions (tested on hand-built threads) and the
  /// community labels (not unique; tested by invariants below).
  static let notInOracle: Set<String> = ["mentions_sent", "mentions_received", "community"]

  struct Computed: Sendable {
    let golden: StatsGoldenFixture
    let corpus: Corpus
    let readErrors: Int
    let network: CommenterNetwork
    let stats: CommenterStatistics
  }

  /// Each fixture read and computed once for all the tests (nil: its golden file is missing).
  static let computed: [String: Computed] = {
    var out: [String: Computed] = [:]
    for name in names {
      guard let golden = try? StatsGoldenFixture(name: name) else { continue }
      let (corpus, errors) = golden.corpus()
      let network = CommenterNetwork(corpus: corpus, kind: .reply)
      let stats = CommenterStatistics.compute(corpus: corpus, network: network)
      out[name] = Computed(
        golden: golden, corpus: corpus, readErrors: errors.count, network: network, stats: stats)
    }
    return out
  }()

  static func compute(_ name: String) throws -> Computed {
    let c = try #require(computed[name], "Tests/Fixtures/golden/stats-\(name).json unreadable")
    #expect(c.readErrors == 0)
    return c
  }

  @Test(arguments: names)
  func everyColumnMatchesTheOracle(_ name: String) throws {
    let c = try Self.compute(name)
    let names = c.stats.commenters.map(\.id.rawValue)
    #expect(names.sorted() == c.golden.commenters.keys.sorted())
    #expect(names.count > 0)
    var mismatches: [String] = []
    var compared = 0
    for column in c.stats.columns where !Self.notInOracle.contains(column.name) {
      let tolerance = Self.iterated.contains(column.name) ? 1e-6 : 1e-9
      for (row, commenter) in names.enumerated() {
        guard let expectedRow = c.golden.commenters[commenter],
          let expected = expectedRow[column.name]
        else {
          mismatches.append("\(commenter): no golden \(column.name)")
          continue
        }
        let actual = column.values[row]
        if expected == nil && (column.name == "hub" || column.name == "authority") {
          // The dominant eigenvalue of A·Aᵀ is not simple: any vector of its eigenspace is
          // right, so only the range is checked.
          if !(actual >= 0 && actual <= 1) { mismatches.append("\(commenter) \(column.name)") }
          continue
        }
        compared += 1
        if !statsGoldenMatches(actual, expected, tolerance: tolerance) {
          let want = expected.map { "\($0)" } ?? "NaN"
          mismatches.append("\(commenter) \(column.name): \(actual) != \(want)")
        }
      }
    }
    #expect(compared >= 20 * names.count)
    let report = mismatches.prefix(12).joined(separator: "; ")
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(report)")
  }

  @Test(arguments: names)
  func summaryMatchesTheOracle(_ name: String) throws {
    let c = try Self.compute(name)
    let s = c.stats.summary
    let actual: [String: Double] = [
      "nodes": Double(s.nodes), "edges": Double(s.edges), "total_weight": Double(s.totalWeight),
      "self_replies": Double(s.selfReplies), "isolates": Double(s.isolates),
      "density": s.density, "reciprocity": s.reciprocity, "reciprocity_rho": s.reciprocityRho,
      "weak_components": Double(s.weakComponents),
      "largest_weak_component": Double(s.largestWeakComponent),
      "strong_components": Double(s.strongComponents), "diameter": Double(s.diameter),
      "degree_assortativity": s.degreeAssortativity,
    ]
    for (key, value) in actual {
      let expected = try #require(c.golden.graph[key], "golden summary lacks \(key)")
      #expect(
        statsGoldenMatches(value, expected, tolerance: 1e-9), "\(key): \(value) vs \(expected)")
    }
    #expect(s.network == .reply)
    #expect(s.pathSampleSources == nil)
  }

  /// Leiden's partition: every commenter labelled, labels 0..<communities all used, the
  /// modularity recomputed here from the edges equals the reported one and is no lower than
  /// igraph's best Leiden run minus 0.01.
  @Test(arguments: names)
  func communitiesAreAGoodPartition(_ name: String) throws {
    let c = try Self.compute(name)
    let labels = try #require(c.stats.column("community")).values.map { Int($0) }
    #expect(labels.count == c.corpus.commenters.count)
    #expect(Set(labels) == Set(0..<c.stats.summary.communities))
    let recomputed = Self.modularity(edges: c.network.edges, labels: labels)
    #expect(abs(recomputed - c.stats.summary.modularity) < 1e-9)
    let igraph = try #require(c.golden.graph["leiden_modularity"] ?? nil)
    #expect(recomputed >= igraph - 0.01, "\(recomputed) vs igraph \(igraph)")
  }

  /// Newman's modularity of the undirected projection, straight from the definition:
  /// Q = Σ_c [ in_c / 2m − (K_c / 2m)² ], with in_c twice the weight inside c and K_c the
  /// summed strength of c.
  static func modularity(edges: [NetworkEdge], labels: [Int]) -> Double {
    var twoM = 0.0
    var inside = 0.0
    var strength = [Int: Double]()
    for e in edges {
      let w = Double(e.replies + e.mentions)
      twoM += 2 * w
      strength[labels[e.source], default: 0] += w
      strength[labels[e.target], default: 0] += w
      if labels[e.source] == labels[e.target] { inside += 2 * w }
    }
    guard twoM > 0 else { return .nan }
    return inside / twoM - strength.values.reduce(0) { $0 + $1 * $1 } / (twoM * twoM)
  }
}
