import DiscussionGraph
import Foundation

/// Runs `scripts/bench/reference_bench.py` (python-igraph and NetworkX) on the benchmark's
/// reply network and prints its timings beside ours, metric by metric.
///
/// The network goes to Python as a temporary edge list ("nodes N", then "source target
/// weight" lines); the script writes one tab-separated line per metric (library, metric,
/// seconds or empty when skipped, note). Missing Python or packages are reported, not fatal.
enum ReferenceBenchmark {
  static let script = "scripts/bench/reference_bench.py"

  struct Row {
    var library: String
    var metric: String
    var seconds: Double?
    var note: String
  }

  static func run(network: CommenterNetwork, ours: [StageMeasurement]) throws {
    guard FileManager.default.fileExists(atPath: script) else {
      print("\n(reference skipped: \(script) not found; run from the package root)")
      return
    }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("replynet-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let edges = directory.appendingPathComponent("edges.txt")
    let results = directory.appendingPathComponent("results.tsv")
    try Data(edgeList(network.graph).utf8).write(to: edges)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script, edges.path, results.path]
    fflush(nil)  // the script shares our standard output: keep the lines in order
    do {
      try process.run()
    } catch {
      print("\n(reference skipped: python3 not found: \(error))")
      return
    }
    process.waitUntilExit()
    switch process.terminationStatus {
    case 0: break
    case 127: print("\n(reference skipped: python3 not found)")
    default: print("(reference script exited with status \(process.terminationStatus))")
    }
    let rows = ((try? String(contentsOf: results, encoding: .utf8)) ?? "")
      .split(separator: "\n").compactMap(parse)
    printTable(ours: ours, rows: rows)
  }

  /// The graph as "nodes N" and one "source target weight" line per edge.
  static func edgeList(_ g: Graph) -> String {
    var text = "nodes \(g.nodeCount)\n"
    text.reserveCapacity(g.edgeCount * 16)
    for e in 0..<g.edgeCount {
      let w = g.edgeWeights[e]
      let weight = w == w.rounded() ? String(Int(w)) : String(w)
      text += "\(g.edgeSources[e]) \(g.edgeTargets[e]) \(weight)\n"
    }
    return text
  }

  static func parse(_ line: Substring) -> Row? {
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard fields.count >= 3 else { return nil }
    return Row(
      library: String(fields[0]), metric: String(fields[1]), seconds: Double(fields[2]),
      note: fields.count > 3 ? String(fields[3]) : "")
  }

  /// One line per metric: our time, igraph's, NetworkX's, and the speed-up over igraph.
  static func printTable(ours: [StageMeasurement], rows: [Row]) {
    for row in rows where row.metric == "status" { print("  \(row.library): \(row.note)") }
    func cell(_ seconds: Double?) -> String {
      seconds.map { String(format: "%9.3f s", $0) } ?? "          —"
    }
    func find(_ library: String, _ metric: String) -> [Row] {
      rows.filter { $0.library == library && $0.metric.hasPrefix(metric) }
    }
    print("\n== comparison (seconds; ours on all cores, igraph and NetworkX on one)")
    print(
      "metric".padding(toLength: 22, withPad: " ", startingAt: 0)
        + "       ours       igraph     networkx   igraph/ours")
    var totals = (ours: 0.0, igraph: 0.0)
    var notes: [String] = []
    for m in ours {
      let metric = m.name == "path engine (exact)" ? "path engine" : m.name
      let igraph = find("igraph", metric).first?.seconds
      var networkx: Double? = nil
      if metric == "path engine" {
        if let note = find("igraph", metric).first?.note {
          notes.append("igraph \(metric): \(note)")
        }
        // Betweenness, closeness, harmonic (eccentricity has no NetworkX run on this graph).
        for name in ["betweenness", "closeness", "harmonic", "eccentricity"] {
          for row in find("networkx", name) {
            if let s = row.seconds { networkx = (networkx ?? 0) + s }
            if !row.note.isEmpty { notes.append("networkx \(row.metric): \(row.note)") }
          }
        }
      } else {
        let row = find("networkx", metric).first
        networkx = row?.seconds
        if let note = row?.note,
          note.hasPrefix("SAMPLED") || note.hasPrefix("SKIPPED")
            || metric == "leiden"
        {
          notes.append("networkx \(metric): \(note)")
        }
      }
      if let igraph {
        totals.ours += m.seconds
        totals.igraph += igraph
      }
      let ratio = igraph.map { String(format: "%9.1f×", $0 / max(m.seconds, 1e-9)) } ?? ""
      print(
        metric.padding(toLength: 22, withPad: " ", startingAt: 0)
          + " \(cell(m.seconds))  \(cell(igraph))  \(cell(networkx))  \(ratio)")
    }
    if totals.igraph > 0 {
      print(
        "total (igraph's rows)".padding(toLength: 22, withPad: " ", startingAt: 0)
          + " \(cell(totals.ours))  \(cell(totals.igraph))               "
          + String(format: "%9.1f×", totals.igraph / max(totals.ours, 1e-9)))
    }
    for note in notes { print("  note: \(note)") }
  }
}
