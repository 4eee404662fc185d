import Discussion
import DiscussionGraph
import Foundation

/// Tests/Fixtures/golden/stats-<name>.json, written by scripts/oracle/stats_oracle.py from
/// python-igraph and NetworkX for the comment table Tests/Fixtures/stats/<file>: the reply
/// network's summary and, by commenter name, every column the reply network defines.
struct StatsGoldenFixture: Sendable {
  /// Fixture name → the comment table it was computed from.
  static let inputs = [
    "sample": "sample.jsonl",
    "synthetic-small": "synthetic-small.jsonl.gz",
    "synthetic-large": "synthetic-large.jsonl.gz",
  ]

  static let fixtures = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  let name: String
  /// Graph summary values by key (`nil`: the oracle gave null, i.e. NaN).
  let graph: [String: Double?]
  /// Column values by commenter name, then by column (`nil`: null).
  let commenters: [String: [String: Double?]]

  /// Path of the comment table.
  var inputPath: String {
    Self.fixtures.appendingPathComponent("stats/" + (Self.inputs[name] ?? "")).path
  }

  init(name: String) throws {
    self.name = name
    let url = Self.fixtures.appendingPathComponent("golden/stats-\(name).json")
    let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
    func numbers(_ object: Any?) -> [String: Double?] {
      guard let object = object as? [String: Any] else { return [:] }
      return object.mapValues { ($0 as? NSNumber)?.doubleValue }
    }
    graph = numbers(root?["graph"])
    let list = root?["commenters"] as? [String: Any] ?? [:]
    commenters = list.mapValues(numbers)
  }

  /// The corpus the golden values describe, read as the CLI reads it.
  func corpus() -> (corpus: Corpus, errors: [InputError]) {
    let load = ThreadLoader.corpus([inputPath], identity: .exact)
    return (load.corpus, load.errors)
  }
}

/// Whether `actual` equals `expected` within `tolerance · max(1, |expected|)`; a null
/// expectation wants NaN.
func statsGoldenMatches(_ actual: Double, _ expected: Double?, tolerance: Double) -> Bool {
  guard let expected else { return actual.isNaN }
  return abs(actual - expected) <= tolerance * max(1, abs(expected))
}
