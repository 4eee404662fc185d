import Discussion
import DiscussionGraph
import Foundation
import GraphRendering

/// Issue 5's benchmark: a 1,000-node commenter network rendered to SVG (target ≤ 3 s), and
/// the thread view of every thread of a 1,000-thread corpus rendered in-process beside the
/// `dot` program run once per thread on the same DOT text (target ≥ 3× faster in-process).
enum RenderBenchmark {
  /// About 1,000 commenters who reply to each other in 150 threads.
  static let network = SyntheticCorpus.Parameters(
    threads: 200, meanCommentsPerThread: 60, commenters: 1050, replyProbability: 0.35,
    removedProbability: 0.02, exchangeProbability: 0.08, seed: 5)
  /// 1,000 threads of about 40 comments.
  static let threads = SyntheticCorpus.Parameters(
    threads: 1000, meanCommentsPerThread: 40, commenters: 5000, replyProbability: 0.35,
    removedProbability: 0.02, exchangeProbability: 0.08, seed: 6)

  /// The generated threads with their replies resolved, as an importer leaves them.
  static func corpus(_ parameters: SyntheticCorpus.Parameters) -> Corpus {
    Corpus(
      threads: SyntheticCorpus(parameters).threads().map {
        var thread = $0
        ReplyResolution.resolve(&thread)
        return thread
      })
  }

  static func run() throws {
    try networkStage()
    try eachThreadStage()
  }

  static func networkStage() throws {
    let corpus = corpus(network)
    let view = NetworkView(kind: .reply)
    let (diagram, build) = try measure("network: statistics + DOT") {
      let d = try view.diagram(corpus: corpus, title: "benchmark")
      return (d, "\(d.nodeCount) nodes, \(d.edgeCount) edges, engine \(d.engine.rawValue)")
    }
    let (_, layout) = try measure("network: layout + SVG") {
      let svg = try diagram.render(.svg)
      return ((), "\(svg.count / 1024) kB of SVG")
    }
    let total = build.seconds + layout.seconds
    let verdict = total <= 3 ? "meets" : "MISSES"
    print(
      "  → 1,000-node network to SVG: \(String(format: "%.2f", total)) s (\(verdict) the 3 s target)"
    )
  }

  static func eachThreadStage() throws {
    let corpus = corpus(threads)
    let request = DiagramRequest(view: .thread)
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("replynet-render-bench-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let (dots, build) = try measure("each thread: DOT") {
      let dots = try corpus.threads.indices.map { try request.diagram(corpus: corpus, thread: $0) }
      let comments = corpus.threads.reduce(0) { $0 + $1.comments.count }
      return (dots, "\(dots.count) threads, \(comments) comments")
    }
    // As `replynet render --each-thread` does: render, write a temporary file, rename it.
    let (_, inProcess) = try measure("each thread: in-process SVG") {
      var bytes = 0
      for (i, diagram) in dots.enumerated() {
        let svg = try diagram.render(.svg)
        let file = try OutputFile(directory.appendingPathComponent("\(i).in.svg").path)
        try file.write(svg)
        try file.commit()
        bytes += svg.count
      }
      return ((), "\(bytes / 1024) kB of SVG written")
    }
    guard let dotProgram = findProgram("dot") else {
      print("  (the dot program is not installed: no comparison)")
      return
    }
    let (_, external) = try measure("each thread: dot program") {
      var bytes = 0
      for (i, diagram) in dots.enumerated() {
        let input = directory.appendingPathComponent("\(i).dot")
        let output = directory.appendingPathComponent("\(i).svg")
        try Data(diagram.dot.utf8).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotProgram)
        process.arguments = [
          "-K\(diagram.engine.rawValue)", "-Tsvg", "-o", output.path, input.path,
        ]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
          throw DiagramError(kind: .noSuchThread, message: "dot failed on thread \(i)")
        }
        let size = try? FileManager.default.attributesOfItem(atPath: output.path)[.size]
        bytes += (size as? Int) ?? 0
      }
      return ((), "\(bytes / 1024) kB of SVG written")
    }
    let speedup = external.seconds / inProcess.seconds
    let verdict = speedup >= 3 ? "meets" : "MISSES"
    let figures = String(
      format: "in-process %.2f s vs dot program %.2f s: %.1f×", inProcess.seconds,
      external.seconds, speedup)
    print("  → \(figures) (\(verdict) the 3× target)")
    let withDOT = String(
      format: "%.1f×", (external.seconds + build.seconds) / (inProcess.seconds + build.seconds))
    print("  → counting the DOT both need: \(withDOT)")
  }

  static func findProgram(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}
