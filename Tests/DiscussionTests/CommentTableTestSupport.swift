import Foundation

@testable import Discussion

/// Paths of the comment-table fixtures (`Tests/Fixtures/table/`).
enum CommentTableFixture {
  static func path(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/table/\(name)").path
  }

  static func read(_ name: String) throws -> [CommentThread] {
    try CommentTableReader.read(path: path(name))
  }
}

extension CommentThread {
  /// The thread with what differs by source format cleared: source lines, file name, and
  /// findings (which name the file and line).
  var formatIndependent: CommentThread {
    var t = self
    t.sourceFile = ""
    t.integrity.issues = []
    t.comments = t.comments.map {
      var c = $0
      c.sourceLine = 0
      return c
    }
    return t
  }
}

/// A scratch directory removed when the value is dropped.
final class CommentTableScratch {
  let path: String
  init() throws {
    path = NSTemporaryDirectory() + "replynet-table-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }
  deinit { try? FileManager.default.removeItem(atPath: path) }

  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let file = path + "/" + name
    try FileManager.default.createDirectory(
      atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    return file
  }
}
