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
      // Read once first, so that every run starts with the file in the page cache (as a file
      // just downloaded or written is): a run that first waits for the disk measures the disk.
      _ = FileManager.default.contents(atPath: input)
      let runs = try CommandRun.measure(
        name, ["parse", "--quiet", input, "-o", output], runs: 5, bytes: size)
      let seconds = runs.map(\.seconds).sorted()
      let rate = { (s: Double) in Double(size) / 1e6 / s }
      print(
        String(
          format: "  → %.0f–%.0f MB/s of table end to end (median %.0f), peak %@",
          rate(seconds.last ?? 0), rate(seconds.first ?? 0), rate(seconds[seconds.count / 2]),
          Memory.megabytes(runs.map(\.peakBytes).max() ?? 0)))
    }
  }
}
