import Discussion
import Foundation

@testable import DiscussionGraph

/// Builds small corpora by hand for the conflict tests.
enum ConflictFixtures {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func path(_ relative: String) -> String {
    repositoryRoot.appendingPathComponent(relative).path
  }

  /// The sample thread as a one-thread corpus.
  static func sampleCorpus() throws -> Corpus {
    let file = path("Tests/Fixtures/threads/fakti-belarus-eu-2025-10-17.txt")
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
    return Corpus(threads: [try PageTextImporter.parse(bytes: bytes, file: file)])
  }

  /// One comment of a hand-built thread: author, index of the comment it replies to (nil for
  /// a top-level comment), text, minute of the hour it was written.
  struct Spec {
    var author: String?
    var replyTo: Int?
    var text: String = "текст"
    var minute: Int = 0
    var likes = 0
    var dislikes = 0
    var removed = false
  }

  /// A thread whose comment ids are "1", "2", … and whose reply targets are given by index.
  static func thread(_ id: String, _ specs: [Spec]) -> CommentThread {
    let comments = specs.enumerated().map { i, s in
      Discussion.Comment(
        id: String(i + 1), author: s.author, likes: s.likes, dislikes: s.dislikes,
        replyTo: s.replyTo.map { String($0 + 1) }, text: s.removed ? "" : s.text,
        time: CommentTime.sofia(year: 2025, month: 10, day: 17, hour: 18, minute: s.minute),
        isRemoved: s.removed)
    }
    return CommentThread(
      id: id, sourceFile: id + ".txt", comments: comments,
      replyTargetIndex: specs.map(\.replyTo))
  }

  static func index(_ corpus: Corpus, _ name: String) -> Int {
    corpus.commenters.firstIndex { $0.id.rawValue == name }!
  }
}
