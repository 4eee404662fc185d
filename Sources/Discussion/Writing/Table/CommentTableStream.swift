import Dispatch

/// Writes a comment table to an ``OutputFile`` as threads come: each group of threads (a few
/// megabytes of text) is encoded on all cores while the group before it is written on another
/// thread, so that neither the table nor the wait for the disk is held whole.
///
/// ```swift
/// let table = CommentTableStream(file: try OutputFile("out.jsonl"), format: .jsonLines)
/// try table.append(threads)
/// try table.finish()   // the file appears, whole, under its name
/// ```
public final class CommentTableStream {
  private let file: OutputFile
  private var writer: CommentTableWriter
  private let queue = DispatchQueue(label: "replynet.table-stream")
  /// The first write error; read and set on `queue` only.
  private final class Failure: @unchecked Sendable { var error: InputError? }
  private let failure = Failure()

  /// Text bytes per group encoded at once.
  private static let groupSize = 1 << 23

  public init(file: OutputFile, format: CommentTableFormat) {
    self.file = file
    writer = CommentTableWriter(format: format)
    var head: [UInt8] = []
    writer.begin(into: &head)
    enqueue(head)
  }

  /// Appends the records of `threads`.
  /// - Throws: ``InputError`` when an earlier write failed.
  public func append(_ threads: [CommentThread]) throws(InputError) {
    var start = 0
    while start < threads.count {
      var end = start
      var size = 0
      while end < threads.count && size < Self.groupSize {
        size += threads[end].comments.reduce(0) { $0 + $1.textUTF8.count + 160 }
        end += 1
      }
      let pieces = writer.pieces(of: Array(threads[start..<end]))
      try check()
      for piece in pieces { enqueue(piece) }
      start = end
    }
  }

  /// Writes what closes the table, waits for every write and moves the file into place.
  public func finish() throws(InputError) {
    try finishWriting()
    try file.commit()
  }

  /// Writes what closes the table and waits for every write, leaving the file to its owner
  /// to commit.
  public func finishWriting() throws(InputError) {
    var tail: [UInt8] = []
    writer.end(into: &tail)
    enqueue(tail)
    queue.sync {}
    try check()
  }

  /// Drops the table: the temporary file is removed, the destination left as it was.
  public func discard() {
    queue.sync {}
    file.discard()
  }

  private func enqueue(_ bytes: [UInt8]) {
    nonisolated(unsafe) let file = self.file
    let failure = self.failure
    queue.async {
      guard failure.error == nil else { return }
      do throws(InputError) { try file.write(bytes) } catch { failure.error = error }
    }
  }

  private func check() throws(InputError) {
    let error = queue.sync { failure.error }
    if let error { throw error }
  }
}
