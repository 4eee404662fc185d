import Foundation

@testable import DiscussionGraph

/// The graphs and reference values written by scripts/oracle/structure_oracle.py
/// (python-igraph and NetworkX) to Tests/Fixtures/golden/structure.json.
enum StructureGolden {
  struct File: Decodable {
    let igraph: String
    let networkx: String
    let graphs: [String: Case]
  }

  struct Case: Decodable {
    let nodeCount: Int
    let directed: Bool
    let edges: [[Double]]
    let reference: Reference

    var graph: Graph {
      Graph(
        nodeCount: nodeCount, directed: directed,
        edges: edges.map { (Int($0[0]), Int($0[1]), $0[2]) })
    }
  }

  struct Reference: Decodable {
    let weakComponents: [Int]
    let weakCount: Int
    let strongComponents: [Int]
    let strongCount: Int
    let corenessAll: [Int]
    let corenessIn: [Int]
    let corenessOut: [Int]
    let localClustering: [Double]
    let localClusteringNX: [Double]
    let transitivity: Double?
    let transitivityNX: Double
    let reciprocity: Double?
    let rho: Double?
    let density: Double?
    let assortativityDirected: Double?
    let assortativityUndirected: Double?
    let partition: [Int]
    let modularity: Double?
    let modularityGamma05: Double?
    let modularityUndirected: Double?
    let leiden: Leiden?
    let louvain: Louvain?
  }

  /// igraph `community_multilevel` modularity over the oracle's seeds.
  struct Louvain: Decodable {
    let best: Double
    let worst: Double
  }

  struct Leiden: Decodable {
    let modularity: Double?
    let seed: Int
    let membership: [Int]
  }

  static let file: File = {
    let url = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/golden/structure.json")
    do {
      return try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
    } catch {
      fatalError("cannot read \(url.path): \(error)")
    }
  }()

  static let names: [String] = file.graphs.keys.sorted()

  static func graph(_ name: String) -> Case { file.graphs[name]! }

  /// `actual` equals `expected` within `tolerance`; a nil expectation (igraph's NaN) means
  /// `actual` must be NaN.
  static func close(_ actual: Double, _ expected: Double?, tolerance: Double = 1e-9) -> Bool {
    guard let expected else { return actual.isNaN }
    return abs(actual - expected) <= tolerance
  }
}
