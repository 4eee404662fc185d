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
  /// - Complexity: O(*n* + *b*) expected, for *n* comments and *b* back-references.
  public static func resolve(_ comments: [Comment], file: String) -> Result {
    var comments = comments
    var issues: [IntegrityReport.Issue] = []
    let n = comments.count

    // Indices of each id, in source order.
    var indicesByID: [String: [Int]] = [:]
    for (i, c) in comments.enumerated() { indicesByID[c.id, default: []].append(i) }
    for (i, c) in comments.enumerated() {
      guard let all = indicesByID[c.id], all.count > 1, all[0] != i else { continue }
      issues.append(
        issue(
          .duplicateID, file, c,
          "comment id \(c.id) is used again (first at line \(comments[all[0]].sourceLine))"))
    }

    // Pass 1: targets, and authors of removed targets recovered from the first header.
    var target = [Int?](repeating: nil, count: n)
    var resolved = 0
    for i in 0..<n {
      guard let targetID = comments[i].replyTo else { continue }
      guard let candidates = indicesByID[targetID] else {
        issues.append(
          issue(
            .targetOutsideCopy, file, comments[i],
            "comment \(comments[i].id) replies to #\(targetID), which is not in the copy"))
        continue
      }
      let j = candidates.last(where: { $0 < i }) ?? candidates[0]
      guard j != i else {
        issues.append(
          issue(.selfReply, file, comments[i], "comment \(comments[i].id) replies to itself"))
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
              .targetRemovedAuthorRecovered, file, comments[j],
              "removed comment \(comments[j].id): author \"\(recovered)\" recovered from the "
                + "reply header of comment \(comments[i].id) (line \(comments[i].sourceLine))"))
        }
      }
    }

    // Pass 2: header names, self-replies, back-references.
    var repliersOf = [[Int]](repeating: [], count: n)
    // Each author normalised once, not once per reply.
    let authors = comments.map { $0.author.map(NameFolding.normalizeSpacing) }
    for i in 0..<n {
      guard let j = target[i] else { continue }
      repliersOf[j].append(i)
      let reply = comments[i]
      let targetAuthor = authors[j]
      if let name = reply.replyToName, let targetAuthor,
        NameFolding.normalizeSpacing(name) != targetAuthor
      {
        issues.append(
          issue(
            .replyNameMismatch, file, reply,
            "comment \(reply.id) replies to #\(comments[j].id) by \"\(targetAuthor)\" but its "
              + "header names \"\(name)\""))
      }
      if let author = authors[i], let targetAuthor, author == targetAuthor {
        issues.append(
          issue(
            .selfReply, file, reply,
            "comment \(reply.id) by \"\(targetAuthor)\" replies to their own comment "
              + "#\(comments[j].id)"))
      }
    }
    for c in 0..<n where !comments[c].backReferences.isEmpty {
      let comment = comments[c]
      var listed: Set<String> = []
      for x in comment.backReferences where listed.insert(x).inserted {
        guard let candidates = indicesByID[x] else { continue }  // outside the copy
        if candidates.contains(where: { target[$0] == c }) { continue }
        let actual = candidates.compactMap { target[$0] }.first.map { "#\(comments[$0].id)" }
        issues.append(
          issue(
            .backReferenceMismatch, file, comment,
            "comment \(comment.id) lists #\(x) as a reply, but #\(x) replies to "
              + (actual ?? "no comment in the copy")))
      }
      for r in repliersOf[c] where !listed.contains(comments[r].id) {
        issues.append(
          issue(
            .backReferenceMismatch, file, comment,
            "comment \(comments[r].id) (line \(comments[r].sourceLine)) replies to "
              + "#\(comment.id), but #\(comment.id) does not list it"))
      }
    }

    // Stable sort by line.
    let ordered = issues.enumerated().sorted {
      ($0.element.line, $0.offset) < ($1.element.line, $1.offset)
    }.map(\.element)
    return Result(
      comments: comments, replyTargetIndex: target, repliesResolved: resolved, issues: ordered)
  }

  /// Resolves `thread`'s replies in place: replaces its comments and reply targets, sets the
  /// integrity counters (comments read, removed, replies resolved) and adds the findings to its
  /// issues (all issues then sorted by line, stably). Every importer ends with this call.
  public static func resolve(_ thread: inout CommentThread) {
    let result = resolve(thread.comments, file: thread.sourceFile)
    thread.integrity.commentsRead = result.comments.count
    thread.integrity.removed = result.comments.reduce(0) { $0 + ($1.isRemoved ? 1 : 0) }
    thread.comments = result.comments
    thread.replyTargetIndex = result.replyTargetIndex
    thread.integrity.repliesResolved = result.repliesResolved
    let merged = thread.integrity.issues + result.issues
    thread.integrity.issues = merged.enumerated().sorted {
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
