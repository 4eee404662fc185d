/// Collects the records of one comment-table file into threads: groups them by thread id in
/// order of first appearance, keeps unreadable records as findings, takes thread titles from
/// the records that give them, and resolves replies at the end.
///
/// A record that names no thread belongs to the file's thread (its name without directories
/// and extensions), except in layouts whose records never name one (Hacker News items): there
/// a comment's thread is the root of its reply chain among the file's records (the story, or
/// the first ancestor outside the file).
struct ThreadBuilder {
  private struct Pending: Sendable {
    var id: String
    var comments: [Comment] = []
    var issues: [IntegrityReport.Issue] = []
    var title: String?
    var published: CommentTime?
  }

  let file: String
  /// Threads of records without one come from the roots of their reply chains.
  var threadsFromRoots: Bool
  private var threads: [Pending] = []
  private var indexByID: [String: Int] = [:]
  /// The thread of the last record read, for findings that name none.
  private var lastThread: Int?
  /// Findings that came before any thread was known.
  private var orphanIssues: [IntegrityReport.Issue] = []
  /// Records waiting for their root (``threadsFromRoots``), in source order.
  private var rootless: [(comment: Comment, title: String?)] = []

  init(file: String, threadsFromRoots: Bool = false) {
    self.file = file
    self.threadsFromRoots = threadsFromRoots
  }

  /// The thread of records that name none: the file's name without directories and
  /// extensions (`data/a.jsonl.gz` → `a`), or `stdin` for standard input.
  var defaultThreadID: String { InputNaming.threadID(forPath: file) }

  /// Adds a decoded record.
  mutating func add(_ decoded: consuming CommentRecordDecoder.Decoded) {
    guard let thread = decoded.thread else {
      if threadsFromRoots {
        rootless.append((decoded.comment, decoded.title))
      } else {
        unnamedThreads.insert(defaultThreadID)
        append(&decoded, to: threadIndex(defaultThreadID))
      }
      return
    }
    // A run of records of one thread: no lookup (the strings are one when the reader shares
    // them, and then compare at once).
    if let lastThread, threads[lastThread].id == thread {
      append(&decoded, to: lastThread)
    } else {
      append(&decoded, to: threadIndex(thread))
    }
  }

  private mutating func append(_ decoded: inout CommentRecordDecoder.Decoded, to index: Int) {
    if threads[index].title == nil, let title = decoded.title, !title.isEmpty {
      threads[index].title = title
    }
    if decoded.comment.isPost, threads[index].published == nil {
      threads[index].published = decoded.comment.time
    }
    lastThread = index
    // Moved out, not copied (a copy retains each of its strings, and the record's end
    // releases them again): reading a table's records into threads runs on one core.
    var comment = Comment(id: "", author: nil)
    swap(&comment, &decoded.comment)
    threads[index].comments.append(comment)
  }

  /// Records a record that could not be read, in `thread` when known.
  mutating func addUnreadable(line: Int, message: String, thread: String? = nil) {
    let issue = IntegrityReport.Issue(
      kind: .unreadableRecord, file: file, line: line, message: "unreadable record: \(message)")
    if let thread {
      let index = threadIndex(thread)
      threads[index].issues.append(issue)
      lastThread = index
    } else if let lastThread {
      threads[lastThread].issues.append(issue)
    } else {
      orphanIssues.append(issue)
    }
  }

  /// Records a finding about the whole file (it goes to the file's first thread).
  mutating func addFileIssue(_ issue: IntegrityReport.Issue) {
    orphanIssues.append(issue)
  }

  private mutating func threadIndex(_ id: String) -> Int {
    if let index = indexByID[id] { return index }
    threads.append(Pending(id: id))
    indexByID[id] = threads.count - 1
    return threads.count - 1
  }

  /// Thread ids that records named (rather than the file's name standing in): a thread of the
  /// same id read from another file is the same thread (Reddit's submissions and comments
  /// come in separate files).
  var namedThreads: Set<String> {
    Set(threads.map(\.id)).subtracting(threadsFromRoots ? [] : unnamedThreads)
  }
  private var unnamedThreads: Set<String> = []

  /// The threads, with replies resolved and integrity counted (or, with `resolve: false`,
  /// left for the caller to resolve after joining threads of other files; the records
  /// waiting for their roots are then left for ``takeRootless()``).
  /// - Complexity: O(*n*) for *n* records, plus the reply resolution of each thread.
  mutating func finish(resolve: Bool = true) -> [CommentThread] {
    if resolve { placeRootless() }
    if !orphanIssues.isEmpty {
      if threads.isEmpty { _ = threadIndex(defaultThreadID) }
      threads[0].issues = orphanIssues + threads[0].issues
      orphanIssues = []
    }
    // Threads are independent: resolved on all cores, returned in order.
    let pending = threads
    threads = []
    let file = self.file
    return concurrentMap(count: pending.count) { k in
      var integrity = IntegrityReport()
      integrity.issues = pending[k].issues
      var thread = CommentThread(
        id: pending[k].id, sourceFile: file, title: pending[k].title,
        published: pending[k].published, comments: pending[k].comments, integrity: integrity)
      if resolve { ReplyResolution.resolve(&thread) }
      return thread
    }
  }

  /// Each waiting record into the thread of its chain's root (``roots(of:)``).
  private mutating func placeRootless() {
    guard !rootless.isEmpty else { return }
    let root = Self.roots(of: rootless.map(\.comment))
    for (k, record) in rootless.enumerated() {
      var decoded = CommentRecordDecoder.Decoded(
        thread: root[k], comment: record.comment, title: record.title)
      append(&decoded, to: threadIndex(root[k]))
    }
    rootless = []
  }

  /// The records waiting for their roots, taken out for placing with other files' (a
  /// Hacker News story in one file, its comments in another).
  mutating func takeRootless() -> [(comment: Comment, title: String?)] {
    defer { rootless = [] }
    return rootless
  }

  /// The root of each comment's reply chain among `comments`: following targets until one
  /// replies to nothing (it is the root) or to an id outside them, or closes a cycle (that
  /// target names the thread). Each comment is walked once: chains share their roots.
  /// - Complexity: O(*n*) expected for *n* comments.
  static func roots(of comments: [Comment]) -> [String] {
    var indexOfID: [String: Int] = [:]
    for (k, comment) in comments.enumerated() where indexOfID[comment.id] == nil {
      indexOfID[comment.id] = k
    }
    var root = [String?](repeating: nil, count: comments.count)
    var path: [Int] = []
    var onPath = [Bool](repeating: false, count: comments.count)
    for start in comments.indices where root[start] == nil {
      var k = start
      var found: String
      while true {
        if let known = root[k] {
          found = known
          break
        }
        path.append(k)
        onPath[k] = true
        guard let target = comments[k].replyTo else {
          found = comments[k].id
          break
        }
        guard let next = indexOfID[target], !onPath[next] else {
          found = target  // outside the records, or a cycle: the target names the thread
          break
        }
        k = next
      }
      for p in path {
        root[p] = found
        onPath[p] = false
      }
      path.removeAll(keepingCapacity: true)
    }
    return root.map { $0! }
  }
}
