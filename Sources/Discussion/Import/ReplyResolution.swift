/// Resolves a thread's replies: which comment each reply answers, whose removed comments the
/// reply headers name, and what in the reply structure is inconsistent.
///
/// One function for every importer (page text and comment tables), so that the same input
/// structure gives the same threads and the same findings whatever format it came in.
///
/// Rules, in source order:
/// - A reply's target is the comment whose ``Comment/id`` equals ``Comment/replyTo``. When
///   several comments share that id, the latest one before the reply wins, else the first.
///   A comment never resolves to itself (that is reported as a self-reply). No comment with
///   that id: ``IntegrityReport/IssueKind/targetOutsideCopy``, and no target.
/// - A removed target without an author takes the name the first reply header gives
///   (``Comment/replyToName``, spacing normalised) with ``Comment/authorIsRecovered`` set:
///   ``IntegrityReport/IssueKind/targetRemovedAuthorRecovered``.
/// - A header name that differs from the target's author after
///   ``NameFolding/normalizeSpacing(_:)``: ``IntegrityReport/IssueKind/replyNameMismatch``.
/// - Reply and target by the same author (after normalising spacing):
///   ``IntegrityReport/IssueKind/selfReply``.
/// - A back-reference `#X` on comment C where X is in the copy but does not reply to C, and a
///   reply to C missing from C's back-references when C lists any:
///   ``IntegrityReport/IssueKind/backReferenceMismatch``. A back-reference to a comment
///   outside the copy is not a finding (copies are often partial).
/// - Every repeated id: ``IntegrityReport/IssueKind/duplicateID`` at each later occurrence.
public enum ReplyResolution {
  /// What ``resolve(_:file:)`` found.
  public struct Result: Sendable, Hashable {
    /// The comments, in the same order, with removed authors recovered.
    public var comments: [Comment]
    /// For each comment, the index of the comment it replies to, or `nil`.
    public var replyTargetIndex: [Int?]
    /// Replies whose target was found.
    public var repliesResolved: Int
    /// The findings, sorted by line (stable).
    public var issues: [IntegrityReport.Issue]
  }

  /// Resolves the replies among `comments` (one thread, source order).
  /// - Parameter file: the file the findings name.
  /// - Complexity: O(*n* + *b*) expected, for *n* comments and *b* back-references, when ids
  ///   are distinct; a reply or back-reference to an id that *k* comments share costs O(*k*).
  public static func resolve(_ comments: [Comment], file: String) -> Result {
    var comments = comments
    let (targets, resolved, issues) = resolve(&comments, file: { _ in file })
    return Result(
      comments: comments, replyTargetIndex: targets, repliesResolved: resolved, issues: issues)
  }

  /// Resolves `thread`'s replies in place: replaces its comments and reply targets, sets the
  /// integrity counters (comments read, removed, replies resolved) and adds the findings to its
  /// issues (all issues then sorted by line, stably). Every importer ends with this call.
  public static func resolve(_ thread: inout CommentThread) {
    // The file of each comment: the thread's, or (joined from several files) its part's.
    let parts = thread.fileParts
    let sourceFile = thread.sourceFile
    let (targets, resolved, issues) = resolve(&thread.comments) { i in
      parts.last(where: { $0.firstComment <= i })?.file ?? sourceFile
    }
    thread.integrity.commentsRead = thread.comments.count
    thread.integrity.removed = thread.comments.reduce(0) { $0 + ($1.isRemoved ? 1 : 0) }
    thread.replyTargetIndex = targets
    thread.integrity.repliesResolved = resolved
    thread.integrity.issues = sortedByLine(thread.integrity.issues + issues)
  }

  /// The rules, applied in place so that the comments are not copied (only removed targets
  /// change: their recovered authors).
  private static func resolve(_ comments: inout [Comment], file: (Int) -> String) -> (
    targets: [Int?], resolved: Int, issues: [IntegrityReport.Issue]
  ) {
    var issues: [IntegrityReport.Issue] = []
    let n = comments.count
    let ids = CommentIDIndex(comments)
    for i in 0..<n where ids.first[i] != i {
      issues.append(
        issue(
          .duplicateID, file(i), comments[i],
          "comment id \(comments[i].id) is used again (first at line "
            + "\(comments[ids.first[i]].sourceLine))"))
    }

    // Pass 1: targets, and authors of removed targets recovered from the first header.
    var target = [Int?](repeating: nil, count: n)
    var resolved = 0
    for i in 0..<n {
      guard let targetID = comments[i].replyTo else { continue }
      guard let j = ids.target(of: targetID, repliedToBy: i) else {
        issues.append(
          issue(
            .targetOutsideCopy, file(i), comments[i],
            "comment \(comments[i].id) replies to #\(targetID), which is not in the copy"))
        continue
      }
      guard j != i else {
        issues.append(
          issue(.selfReply, file(i), comments[i], "comment \(comments[i].id) replies to itself"))
        continue
      }
      target[i] = j
      resolved += 1
      if comments[j].isRemoved, comments[j].author == nil, let name = comments[i].replyToName {
        let recovered = NameFolding.normalizeSpacing(name)
        if !recovered.isEmpty {
          comments[j].author = recovered
          comments[j].authorIsRecovered = true
          issues.append(
            issue(
              .targetRemovedAuthorRecovered, file(j), comments[j],
              "removed comment \(comments[j].id): author \"\(recovered)\" recovered from the "
                + "reply header of comment \(comments[i].id) (line \(comments[i].sourceLine))"))
        }
      }
    }

    // Pass 2: header names and self-replies.
    // Each author normalised once, not once per reply.
    let authors = comments.indices.map { comments[$0].author.map(NameFolding.normalizeSpacing) }
    for i in 0..<n {
      guard let j = target[i], let targetAuthor = authors[j] else { continue }
      if let name = comments[i].replyToName, NameFolding.normalizeSpacing(name) != targetAuthor {
        issues.append(
          issue(
            .replyNameMismatch, file(i), comments[i],
            "comment \(comments[i].id) replies to #\(comments[j].id) by \"\(targetAuthor)\" "
              + "but its header names \"\(name)\""))
      }
      if let author = authors[i], author == targetAuthor {
        issues.append(
          issue(
            .selfReply, file(i), comments[i],
            "comment \(comments[i].id) by \"\(targetAuthor)\" replies to their own comment "
              + "#\(comments[j].id)"))
      }
    }

    // Pass 3: back-references, against the replies each comment received.
    let replies = IndexGroups(keys: target.map { $0 ?? -1 }, groupCount: n)
    // listedBy[f] == c: comment c lists the id whose first comment is f.
    var listedBy = [Int](repeating: -1, count: n)
    for c in 0..<n where !comments[c].backReferences.isEmpty {
      for x in comments[c].backReferences {
        // Outside the copy: not a finding.
        guard let f = ids.firstIndex(of: x), listedBy[f] != c else { continue }
        listedBy[f] = c
        let candidates = ids.indices(sharingIDWith: f)
        if candidates.contains(where: { target[$0] == c }) { continue }
        let actual = candidates.lazy.compactMap { target[$0] }.first.map { "#\(comments[$0].id)" }
        issues.append(
          issue(
            .backReferenceMismatch, file(c), comments[c],
            "comment \(comments[c].id) lists #\(x) as a reply, but #\(x) replies to "
              + (actual ?? "no comment in the copy")))
      }
      for r in replies[c] where listedBy[ids.first[r]] != c {
        issues.append(
          issue(
            .backReferenceMismatch, file(c), comments[c],
            "comment \(comments[r].id) (line \(comments[r].sourceLine)) replies to "
              + "#\(comments[c].id), but #\(comments[c].id) does not list it"))
      }
    }
    return (target, resolved, sortedByLine(issues))
  }

  /// `issues` sorted by line, stably.
  private static func sortedByLine(_ issues: [IntegrityReport.Issue]) -> [IntegrityReport.Issue] {
    issues.enumerated().sorted {
      ($0.element.line, $0.offset) < ($1.element.line, $1.offset)
    }.map(\.element)
  }

  private static func issue(
    _ kind: IntegrityReport.IssueKind, _ file: String, _ comment: Comment, _ message: String
  ) -> IntegrityReport.Issue {
    IntegrityReport.Issue(
      kind: kind, file: file, line: comment.sourceLine, commentID: comment.id, message: message)
  }
}

/// The comments of a thread by id: for each comment the first comment with its id, and the
/// later ones chained in source order: one hash per comment to build, and no array per id,
/// since ids almost never repeat.
private struct CommentIDIndex {
  /// For each comment, the index of the first comment with the same id.
  let first: [Int]
  /// For each comment, the next comment with the same id, or -1.
  private let next: [Int]
  private let firstByID: [String: Int]

  init(_ comments: [Comment]) {
    var firstByID: [String: Int] = [:]
    firstByID.reserveCapacity(comments.count)
    var first = [Int](repeating: 0, count: comments.count)
    var next = [Int](repeating: -1, count: comments.count)
    var last = [Int](repeating: -1, count: comments.count)  // for first comments only
    for i in comments.indices {
      let f = firstByID.findOrInsert(comments[i].id, i)
      first[i] = f
      if f != i {
        next[last[f] < 0 ? f : last[f]] = i
        last[f] = i
      }
    }
    (self.first, self.next, self.firstByID) = (first, next, firstByID)
  }

  func firstIndex(of id: String) -> Int? { firstByID[id] }

  /// The comments whose id is that of comment `f` (a first comment), in source order.
  func indices(sharingIDWith f: Int) -> [Int] {
    var all = [f]
    var k = next[f]
    while k >= 0 {
      all.append(k)
      k = next[k]
    }
    return all
  }

  /// The target of a reply from comment `i` to `id`: the latest comment with that id before
  /// `i`, else the first; `nil` when no comment has that id.
  func target(of id: String, repliedToBy i: Int) -> Int? {
    guard let f = firstByID[id] else { return nil }
    var best = f
    var k = next[f]
    while k >= 0 && k < i {
      best = k
      k = next[k]
    }
    return best
  }
}
