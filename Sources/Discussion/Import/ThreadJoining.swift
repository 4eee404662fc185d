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
    for loaded in files {
      guard let table = loaded.table else {
        threads += loaded.threads  // page text: resolved by its importer
        resolved += Array(repeating: true, count: loaded.threads.count)
        continue
      }
      if let pending = table.pendingChecks { checks.append(pending) }
      for thread in table.threads {
        if table.namedThreads.contains(thread.id), let k = firstOfID[thread.id] {
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
    for pending in checks { pending.apply(to: &threads) }
    return threads
  }
}
