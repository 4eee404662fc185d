import DiscussionGraph
import Foundation

/// Tests/Fixtures/golden/centrality.json, written by scripts/oracle/centrality_oracle.py from
/// python-igraph and NetworkX: test graphs with their reference centralities.
struct CentralityGoldenFixture {
  struct Case {
    let name: String
    let graph: Graph
    /// Reference arrays by key; `nil` entries stand for NaN (JSON null).
    let arrays: [String: [Double?]]
    let scalars: [String: Double]
    /// Keys present with a JSON null value (the oracle library refused, e.g. no convergence).
    let nullKeys: Set<String>
  }

  static let url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/golden/centrality.json")

  /// The graph names the fixture holds (the test arguments; a test checks they match).
  static let names = [
    "directed_cycle", "directed_path", "directed_weighted_multi", "empty", "isolates", "karate",
    "kite", "one_node", "random_directed_300", "random_undirected_120", "self_loops", "star",
    "two_components", "undirected_weighted_loops",
  ]

  static let cases: [String: Case] = load()

  private static func load() -> [String: Case] {
    guard let data = try? Data(contentsOf: url),
      let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let graphs = root["graphs"] as? [String: [String: Any]]
    else { return [:] }
    var result = [String: Case]()
    for (name, entry) in graphs {
      guard let n = entry["n"] as? Int, let directed = entry["directed"] as? Bool,
        let edges = entry["edges"] as? [[Double]],
        let reference = entry["reference"] as? [String: Any]
      else { continue }
      let graph = Graph(
        nodeCount: n, directed: directed, edges: edges.map { (Int($0[0]), Int($0[1]), $0[2]) })
      var arrays = [String: [Double?]]()
      var scalars = [String: Double]()
      var nulls = Set<String>()
      for (key, value) in reference {
        if let list = value as? [Any] {
          arrays[key] = list.map { ($0 as? NSNumber)?.doubleValue }
        } else if let number = value as? NSNumber {
          scalars[key] = number.doubleValue
        } else if value is NSNull {
          nulls.insert(key)
        }
      }
      result[name] = Case(
        name: name, graph: graph, arrays: arrays, scalars: scalars, nullKeys: nulls)
    }
    return result
  }
}

/// Whether `actual` matches `expected` entry by entry: NaN where the reference is null,
/// otherwise within `tolerance · max(1, |expected|)`. Returns a description of the first
/// mismatch, or `nil`.
func centralityMismatch(_ actual: [Double], _ expected: [Double?]?, tolerance: Double)
  -> String?
{
  guard let expected else { return "no reference values" }
  guard actual.count == expected.count else {
    return "count \(actual.count) != \(expected.count)"
  }
  for (i, (a, e)) in zip(actual, expected).enumerated() {
    if let e {
      if !(abs(a - e) <= tolerance * max(1, abs(e))) { return "node \(i): \(a) != \(e)" }
    } else if !a.isNaN {
      return "node \(i): \(a) != NaN"
    }
  }
  return nil
}
