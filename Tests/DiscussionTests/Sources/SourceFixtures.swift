import Foundation

@testable import Discussion

/// The files other programs wrote (`Tests/Fixtures/sources/`), read as the commands read them.
enum SourceFixtures {
  static func path(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/sources/\(name)").path
  }

  /// Every input under `paths`, as one corpus (threads joined across files).
  static func load(_ paths: [String], mapping: FieldMapping = FieldMapping()) -> ThreadLoader.Load {
    ThreadLoader.corpus(paths, mapping: mapping)
  }

  /// The reply edges of a corpus as "author → target author" with their counts, self-replies
  /// and unknown authors left out (the reply network's rule), from the threads' resolved
  /// targets.
  static func replyEdges(_ threads: [CommentThread]) -> [String: Int] {
    var edges: [String: Int] = [:]
    for thread in threads {
      for (i, target) in thread.replyTargetIndex.enumerated() {
        guard let j = target, let from = thread.comments[i].author,
          let to = thread.comments[j].author, from != to
        else { continue }
        edges["\(from) → \(to)", default: 0] += 1
      }
    }
    return edges
  }

  static func thread(_ load: ThreadLoader.Load, _ id: String) -> CommentThread? {
    load.corpus.threads.first { $0.id == id }
  }

  /// Runs a program (the producers of real files: zstd, gzip) and fails on a non-zero exit.
  static func run(_ program: String, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(program) failed"])
    }
  }
}
