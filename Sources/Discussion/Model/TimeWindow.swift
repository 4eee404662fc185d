/// The comments written in a span of time, `--since` (inclusive) to `--until` (exclusive),
/// either end open.
///
/// A reply written inside the window counts even when its target is older: the target is kept
/// in its thread as *context* (``Comment/isContext``), so that the reply resolves to its author,
/// and counts nowhere else (not as a comment, a reply, a vote, a text). Comments without a time
/// are in no window.
public struct TimeWindow: Sendable, Hashable {
  public var since: CommentTime?
  public var until: CommentTime?

  public init(since: CommentTime? = nil, until: CommentTime? = nil) {
    self.since = since
    self.until = until
  }

  /// Whether the window selects anything less than everything.
  public var isBounded: Bool { since != nil || until != nil }

  public func contains(_ time: CommentTime?) -> Bool {
    guard let time else { return false }
    if let since, time.epochSeconds < since.epochSeconds { return false }
    if let until, time.epochSeconds >= until.epochSeconds { return false }
    return true
  }

  /// Reads an ISO 8601 date (`2025-10-17`) or date-time (`2025-10-17T18:00`, with or without
  /// seconds and an offset; without one, Sofia time). A date alone is its first instant, or,
  /// as an end (`isEnd`), the first instant of the next day, so that
  /// `--since 2025-10-01 --until 2025-10-31` is the whole of October.
  public static func parseBound(_ text: String, isEnd: Bool) -> CommentTime? {
    let s = text.trimmingASCIISpaces
    if let time = CommentTime.parseISO8601(s) { return time }
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      CommentTime.sofia(year: y, month: m, day: d, hour: 0, minute: 0) != nil
    else { return nil }
    guard isEnd else { return CommentTime.sofia(year: y, month: m, day: d, hour: 0, minute: 0) }
    let (ny, nm, nd) = CivilDate.civil(
      fromDaysSinceEpoch: CivilDate.daysFromEpoch(year: y, month: m, day: d) + 1)
    return CommentTime.sofia(year: ny, month: nm, day: nd, hour: 0, minute: 0)
  }

  /// What a selection kept and left out.
  public struct Selection: Sendable, Hashable {
    public var selected = 0
    public var before = 0
    public var after = 0
    public var undated = 0
    /// Older comments kept as context of replies in the window.
    public var context = 0
    public init() {}
  }

  /// `thread` with only the comments in the window, and the targets of their replies that
  /// lie outside it as context; reply targets re-indexed, back-references to comments left
  /// out dropped.
  /// - Complexity: O(n) for n comments.
  public func select(_ thread: CommentThread, counting selection: inout Selection)
    -> CommentThread
  {
    var keep = [Bool](repeating: false, count: thread.comments.count)
    for (i, comment) in thread.comments.enumerated() {
      if contains(comment.time) {
        keep[i] = true
        selection.selected += 1
      } else if let time = comment.time {
        if let since, time.epochSeconds < since.epochSeconds {
          selection.before += 1
        } else {
          selection.after += 1
        }
      } else {
        selection.undated += 1
      }
    }
    let (selected, context) = Self.select(thread, keeping: keep)
    selection.context += context
    return selected
  }

  /// `thread` with the comments `keep` marks, and the targets of their replies that it does
  /// not mark as context (``Comment/isContext``); reply targets re-indexed, back-references
  /// to comments left out dropped. Returns the thread and how many context comments it has.
  /// - Complexity: O(n) for n comments.
  public static func select(_ thread: CommentThread, keeping chosen: [Bool]) -> (
    thread: CommentThread, context: Int
  ) {
    var keep = chosen
    var isContext = [Bool](repeating: false, count: thread.comments.count)
    var context = 0
    for (i, target) in thread.replyTargetIndex.enumerated() {
      if chosen[i], let target, !keep[target] {
        keep[target] = true
        isContext[target] = true
        context += 1
      }
    }
    var newIndex = [Int?](repeating: nil, count: thread.comments.count)
    var comments: [Comment] = []
    for i in thread.comments.indices where keep[i] {
      newIndex[i] = comments.count
      var comment = thread.comments[i]
      comment.isContext = isContext[i]
      comments.append(comment)
    }
    let kept = Set(comments.map(\.id))
    for k in comments.indices {
      comments[k].backReferences.removeAll { !kept.contains($0) }
    }
    var copy = thread
    copy.comments = comments
    copy.replyTargetIndex = thread.comments.indices.filter { keep[$0] }.map { i in
      thread.replyTargetIndex[i].flatMap { newIndex[$0] }
    }
    var keptBefore = [Int](repeating: 0, count: thread.comments.count + 1)
    for i in thread.comments.indices { keptBefore[i + 1] = keptBefore[i] + (keep[i] ? 1 : 0) }
    copy.fileParts = thread.fileParts.map {
      CommentThread.FilePart(
        firstComment: keptBefore[min($0.firstComment, thread.comments.count)], file: $0.file)
    }
    return (copy, context)
  }
}

extension TimeWindow {
  /// The corpus of the comments in the window (``select(_:counting:)`` on each thread), its
  /// commenters counted anew, and what was kept and left out.
  /// - Complexity: O(C) for C comments, plus the corpus's identity resolution.
  public func select(_ corpus: Corpus) -> (corpus: Corpus, selection: Selection) {
    var selection = Selection()
    let threads = corpus.threads.map { select($0, counting: &selection) }
    return (Corpus(threads: threads, identity: corpus.identity, sources: corpus.sources), selection)
  }

  /// "2025-10-17T00:00:00+03:00 to 2025-10-18T00:00:00+03:00", either end "…" when open.
  public var description: String {
    "\(since?.iso8601 ?? "…") to \(until?.iso8601 ?? "…")"
  }
}
