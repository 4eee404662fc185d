import Foundation

/// The commands as users run them on the generated corpus (its page-text directory): the
/// binary end to end, wall time, CPU time and its own peak memory, two runs each, beside the
/// library stages of the other benchmarks (issue 16's targets: parse ≥ 150 MB/s, stats ≤ 4 s and ≤ 150 MB,
/// conflict ≤ 8 s and ≤ 600 MB, export ≤ 10 s and ≤ 800 MB; the report ≤ 60 s; issue 14's
/// coordination ≤ 10 s and ≤ 600 MB).
enum CommandsBenchmark {
  static func run(_ corpus: BenchmarkCorpus) throws {
    _ = try corpus.measuredFiles()
    let directory = corpus.directory
    let scratch = directory + "-commands"
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    try? FileManager.default.removeItem(atPath: scratch)
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    let pageText = BenchmarkCorpus.bytes(of: try corpus.files())
    // parse end to end, its rate over the page text read (issue 16: ≥ 150 MB/s).
    let parse = try CommandRun.measure(
      "parse DIR -o out.jsonl",
      ["parse", "--quiet", directory, "-o", scratch + "/parse.jsonl"], runs: 3, bytes: pageText)
    let fastest = parse.map(\.seconds).min() ?? 0
    print(
      String(
        format: "  → parse DIR -o out.jsonl: %.2f s best, %.0f MB/s", fastest,
        Double(pageText) / 1e6 / fastest))
    try? FileManager.default.removeItem(atPath: scratch + "/parse.jsonl")
    let commands: [(String, [String])] = [
      ("stats", ["stats", "--quiet", directory]),
      ("conflict --format json", ["conflict", "--quiet", "--format", "json", directory]),
      ("export (every format)", ["export", "--quiet", directory, "--to", scratch + "/export"]),
      ("timeline --by day", ["timeline", "--quiet", "--format", "json", directory]),
      ("stats --by week", ["stats", "--quiet", "--by", "week", "--format", "json", directory]),
      ("report", ["report", "--quiet", directory, "-o", scratch + "/report.html"]),
      ("coordination --format json", ["coordination", "--quiet", "--format", "json", directory]),
    ]
    for (name, arguments) in commands {
      let runs = try CommandRun.measure(name, arguments, runs: 2)
      let best = runs.map(\.seconds).min() ?? 0
      let peak = runs.map(\.peakBytes).max() ?? 0
      print(String(format: "  → %@: %.2f s best, peak %@", name, best, Memory.megabytes(peak)))
      try? FileManager.default.removeItem(atPath: scratch + "/export")
    }
  }
}
