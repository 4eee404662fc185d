/// Collects the records of one comment-table file into threads: groups them by thread id in
/// order of first appearance, keeps unreadable records as findings, and resolves replies at
/// the end.
struct ThreadBuilder {
  private struct Pending {
    var id: String
    var comments: [Comment] = []
    var issues: [IntegrityReport.Issue] = []
  }

  let file: String
  private var threads: [Pending] = []
  private var indexByID: [String: Int] = [:]
  /// The thread of the last record read, for findings that name none.
  private var lastThread: Int?
  /// Findings that came before any thread was known.
  private var orphanIssues: [IntegrityReport.Issue] = []

  init(file: String) { self.file = file }

  /// The thread of records that name none: the file's name without directories and
  /// extensions (`data/a.jsonl.gz` → `a`), or `stdin` for standard input.
  var defaultThreadID: String { InputNaming.threadID(forPath: file) }

  /// Adds a record given as a JSON value.
  mutating func add(json value: JSONValue, line: Int) {
    guard case .object(let members) = value else {
      addUnreadable(line: line, message: "record is \(value.kindName), not an object")
      return
    }
    // Lower-case keys; the last of repeated keys wins.
    var fields: [String: JSONValue] = [:]
    fields.reserveCapacity(members.count)
    for member in members { fields[member.key.lowercased()] = member.value }
    add(line: line) { name in fields[name].map(TableValue.init) ?? .absent }
  }

  /// Adds a record whose fields `field` gives by lower-case name.
  mutating func add(line: Int, field: (String) -> TableValue) {
    switch CommentRecordDecoder.decode(line: line, field: field) {
    case .success(let decoded):
      let index = threadIndex(decoded.thread ?? defaultThreadID)
      threads[index].comments.append(decoded.comment)
      lastThread = index
    case .failure(let error):
      addUnreadable(
        line: line, message: error.message, thread: CommentRecordDecoder.threadHint(field: field))
    }
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

  private mutating func threadIndex(_ id: String) -> Int {
    if let index = indexByID[id] { return index }
    threads.append(Pending(id: id))
    indexByID[id] = threads.count - 1
    return threads.count - 1
  }

  /// The threads, with replies resolved and integrity counted.
  mutating func finish() -> [CommentThread] {
    if !orphanIssues.isEmpty {
      if threads.isEmpty { _ = threadIndex(defaultThreadID) }
      threads[0].issues = orphanIssues + threads[0].issues
      orphanIssues = []
    }
    return threads.map { pending in
      var integrity = IntegrityReport()
      integrity.issues = pending.issues
      var thread = CommentThread(
        id: pending.id, sourceFile: file, comments: pending.comments, integrity: integrity)
      ReplyResolution.resolve(&thread)
      return thread
    }
  }
}
