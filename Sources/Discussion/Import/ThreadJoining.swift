/// Joins the threads that one discussion's records left in several table files — Reddit's
/// dumps put submissions (`RS_…`) and comments (`RC_…`) in separate files, a scraper may write
/// a file a day — and then resolves every thread's replies, so that a reply to a submission
/// in another file is a reply to its author, not to a comment "outside the copy".
///
/// Only threads whose id the records named join: a thread named after its file (a page, a
/// table without a thread field) is its file's alone. Comments keep file order (a file's
/// records, then the next file's), as reply resolution expects of a thread.
enum ThreadJoining {
  /// The threads of `files` (read without resolving), joined and resolved, in file order.
  /// - Complexity: O(*c*) for *c* comments, plus each thread's reply resolution (on all
  ///   cores).
  static func joinedAndResolved(_ files: [ThreadLoader.LoadedFile]) -> [CommentThread] {
    var threads: [CommentThread] = []
    var resolved: [Bool] = []
    var firstOfID: [String: Int] = [:]
    var checks: [TableChecks.Pending] = []
    var rootless: [(comment: Comment, title: String?, file: String)] = []
    for loaded in files {
      guard let table = loaded.table else {
        threads += loaded.threads  // page text: resolved by its importer
        resolved += Array(repeating: true, count: loaded.threads.count)
        continue
      }
      if let pending = table.pendingChecks { checks.append(pending) }
      rootless += table.rootless.map { ($0.comment, $0.title, table.source.file) }
      for thread in table.threads {
        if table.namedThreads.contains(thread.id), let k = firstOfID[thread.id] {
          if threads[k].fileParts.isEmpty {
            threads[k].fileParts = [.init(firstComment: 0, file: threads[k].sourceFile)]
          }
          threads[k].fileParts.append(
            .init(firstComment: threads[k].comments.count, file: thread.sourceFile))
          threads[k].comments += thread.comments
          threads[k].integrity.issues += thread.integrity.issues
          if threads[k].title == nil { threads[k].title = thread.title }
          if threads[k].published == nil { threads[k].published = thread.published }
          continue
        }
        if table.namedThreads.contains(thread.id) { firstOfID[thread.id] = threads.count }
        threads.append(thread)
        resolved.append(false)
      }
    }
    if !rootless.isEmpty {
      let before = threads.count
      threads = placing(rootless, into: threads)
      resolved += Array(repeating: false, count: threads.count - before)
    }
    let joined = threads
    let done = resolved
    threads = concurrentMap(count: joined.count) { k in
      var thread = joined[k]
      if !done[k] {
        thread.replyTargetIndex = Array(repeating: nil, count: thread.comments.count)
        ReplyResolution.resolve(&thread)
      }
      return thread
    }
    var indicesOfID: [String: [Int]] = [:]
    for (k, thread) in threads.enumerated() { indicesOfID[thread.id, default: []].append(k) }
    for pending in checks { pending.apply(to: &threads, indicesOfID: indicesOfID) }
    return threads
  }

  /// `records` (each with the file it came from) placed in the threads of their reply
  /// chains' roots (``ThreadBuilder/roots(of:)`` over all of them, whatever file each is in):
  /// into a thread of that id already in `threads`, else a new one.
  static func placing(
    _ records: [(comment: Comment, title: String?, file: String)], into threads: [CommentThread]
  ) -> [CommentThread] {
    var threads = threads
    var indexOfID: [String: Int] = [:]
    for (k, thread) in threads.enumerated() where indexOfID[thread.id] == nil {
      indexOfID[thread.id] = k
    }
    let roots = ThreadBuilder.roots(of: records.map(\.comment))
    for (k, record) in records.enumerated() {
      let t: Int
      if let known = indexOfID[roots[k]] {
        t = known
      } else {
        t = threads.count
        indexOfID[roots[k]] = t
        threads.append(CommentThread(id: roots[k], sourceFile: record.file, comments: []))
      }
      if threads[t].file(ofComment: threads[t].comments.count) != record.file {
        if threads[t].fileParts.isEmpty {
          threads[t].fileParts = [.init(firstComment: 0, file: threads[t].sourceFile)]
        }
        threads[t].fileParts.append(
          .init(firstComment: threads[t].comments.count, file: record.file))
      }
      threads[t].comments.append(record.comment)
      if threads[t].title == nil, let title = record.title, !title.isEmpty {
        threads[t].title = title
      }
      if record.comment.isPost, threads[t].published == nil {
        threads[t].published = record.comment.time
      }
    }
    return threads
  }
}
