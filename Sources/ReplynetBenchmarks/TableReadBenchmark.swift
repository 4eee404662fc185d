import Discussion
import Foundation

/// Issue 15's reading target: a 600,000-comment JSON Lines table, plain and as a dump is
/// compressed (`zstd --long=31`), read by `replynet parse` end to end (the binary as users
/// run it, its table written to a file) at ≥ 150 MB/s of table.
enum TableReadBenchmark {
  static func run(_ corpus: BenchmarkCorpus) throws {
    let files = try corpus.measuredFiles()
    let table = corpus.directory + ".jsonl"
    let compressed = table + ".zst"
    if !FileManager.default.fileExists(atPath: compressed) {
      _ = try measure("write JSON Lines table") {
        try CommentTableWriter.write(
          files.lazy.map {
            try! PageTextImporter.parse(bytes: InputSource.readBytes($0), file: $0)
          },
          format: .jsonLines, toFile: table)
        let bytes = try InputSource.readBytes(table)
        try Data(Zstd.compress(bytes, level: 3, windowLog: 31)).write(
          to: URL(fileURLWithPath: compressed))
        return ((), "\(table), \(compressed)")
      }
    }
    let size = try InputSource.readBytes(table).count
    let packed = (try FileManager.default.attributesOfItem(atPath: compressed)[.size] as? Int) ?? 0
    print("  table: \(size / 1_000_000) MB of JSON Lines; .zst \(packed / 1_000_000) MB")
    let output = corpus.directory + ".parsed.jsonl"
    defer { try? FileManager.default.removeItem(atPath: output) }
    for (name, input) in [("parse table.jsonl", table), ("parse table.jsonl.zst", compressed)] {
      let runs = try CommandRun.measure(
        name, ["parse", "--quiet", input, "-o", output], bytes: size)
      let best = runs.map(\.seconds).min() ?? 0
      let worst = runs.map(\.seconds).max() ?? 0
      print(
        String(
          format: "  → %.0f–%.0f MB/s of table end to end, peak %@", Double(size) / 1e6 / worst,
          Double(size) / 1e6 / best, Memory.megabytes(runs.map(\.peakBytes).max() ?? 0)))
    }
  }
}
