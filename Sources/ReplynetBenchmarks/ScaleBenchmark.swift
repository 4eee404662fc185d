import Discussion
import Foundation

/// Issue 16's larger corpora, the commands as users run them (one run each, the binary's own
/// peak memory): three times the standard corpus (1.8 million comments, 15,000 threads, the
/// same 50,000 names) for `stats` (target ≤ 250 MB), and ten times it (6 million comments,
/// 2.4 GB of page text) for `stats`, `conflict` and `export`, which must run on this
/// 24 GB machine. Generated once into `bench-data/` like the standard corpus (the larger
/// takes a few minutes and 2.4 GB of disk).
enum ScaleBenchmark {
  static let corpora: [(parameters: SyntheticCorpus.Parameters, commands: [String])] = [
    (larger(threads: 15_000), ["stats"]),
    (larger(threads: 50_000), ["stats", "conflict", "export"]),
  ]

  /// The standard corpus's shape (``BenchmarkCorpus/standard``) with more threads among
  /// 50,000 names.
  static func larger(threads: Int) -> SyntheticCorpus.Parameters {
    var parameters = BenchmarkCorpus.standard
    parameters.threads = threads
    parameters.commenters = 50_000
    return parameters
  }

  static func run() throws {
    for (parameters, commands) in corpora {
      let corpus = BenchmarkCorpus(parameters)
      let files = try corpus.measuredFiles()
      let bytes = BenchmarkCorpus.bytes(of: files)
      print("  \(files.count) files, \(Memory.megabytes(bytes)) of page text")
      let scratch = corpus.directory + "-scale"
      try? FileManager.default.removeItem(atPath: scratch)
      try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: scratch) }
      for command in commands {
        let arguments: [String]
        switch command {
        case "conflict": arguments = ["conflict", "--quiet", "--format", "json", corpus.directory]
        case "export":
          arguments = ["export", "--quiet", corpus.directory, "--to", scratch + "/out"]
        default: arguments = [command, "--quiet", corpus.directory]
        }
        _ = try CommandRun.measure(command, arguments, runs: 1, bytes: bytes)
        try? FileManager.default.removeItem(atPath: scratch + "/out")
      }
    }
  }
}
