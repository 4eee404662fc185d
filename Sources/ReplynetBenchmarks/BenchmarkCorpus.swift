import Discussion
import Foundation

/// The benchmark corpus: synthetic page-text threads written once to `bench-data/` (not in
/// git) and reused by later runs with the same parameters.
struct BenchmarkCorpus {
  /// About 600,000 comments by 35,000 commenters in 5,000 threads (~150 MB of page text),
  /// whose reply network has about 110,000 edges (distinct commenter pairs): 593,353 comments,
  /// 34,965 commenters, 127,885 replies, 110,294 edges.
  static let standard = SyntheticCorpus.Parameters(
    threads: 5000, meanCommentsPerThread: 120, commenters: 35_000, replyProbability: 0.185,
    removedProbability: 0.02, exchangeProbability: 0.08, seed: 2025)

  let parameters: SyntheticCorpus.Parameters
  let directory: String

  init(_ parameters: SyntheticCorpus.Parameters = standard, root: String = "bench-data") {
    self.parameters = parameters
    directory =
      "\(root)/corpus-t\(parameters.threads)-m\(parameters.meanCommentsPerThread)"
      + "-c\(parameters.commenters)-r\(parameters.replyProbability)"
      + "-x\(parameters.exchangeProbability)-d\(parameters.removedProbability)-s\(parameters.seed)"
  }

  /// The page-text files, generating them first when the directory is incomplete.
  func files() throws -> [String] {
    let marker = directory + "/.complete"
    if !FileManager.default.fileExists(atPath: marker) {
      try? FileManager.default.removeItem(atPath: directory)
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      let generator = SyntheticCorpus(parameters)
      for i in 0..<parameters.threads {
        let thread = generator.thread(i).thread
        let bytes = PageTextWriter.write(thread)
        try Data(bytes).write(to: URL(fileURLWithPath: "\(directory)/\(thread.id).txt"))
      }
      _ = FileManager.default.createFile(atPath: marker, contents: nil)
    }
    return try FileManager.default.contentsOfDirectory(atPath: directory)
      .filter { $0.hasSuffix(".txt") }.sorted().map { "\(directory)/\($0)" }
  }

  /// The total size of `files` in bytes (a file that cannot be read counts 0), for rates.
  static func bytes(of files: [String]) -> Int {
    files.reduce(0) {
      $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size]) as? Int ?? 0)
    }
  }

  /// The files, as a measured stage ("generate or find corpus").
  func measuredFiles() throws -> [String] {
    try measure("generate or find corpus") {
      let files = try files()
      return (files, "\(files.count) files in \(directory)")
    }.0
  }

  /// The whole corpus read with ``Discussion/ThreadLoader``, after ``measuredFiles()``, each a
  /// measured stage; the parse stage's measurement is returned for totals.
  func measuredCorpus() throws -> (corpus: Corpus, parse: StageMeasurement) {
    let files = try measuredFiles()
    return measure("parse (ThreadLoader)") {
      let load = ThreadLoader.corpus(files)
      let (loaded, errors) = (load.corpus, load.errors)
      let comments = loaded.threads.reduce(0) { $0 + $1.comments.count }
      return (
        loaded,
        "\(comments) comments, \(loaded.commenters.count) commenters, \(errors.count) errors"
      )
    }
  }
}
