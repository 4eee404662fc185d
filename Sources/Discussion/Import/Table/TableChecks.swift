/// What a comment table as a whole says that no single record does: that not one reply
/// resolved, that no record named an author, and, when fields that look like those links went
/// unread, which `--field` option would read them. A network built from a misread table looks
/// like a finding, so these are warnings.
enum TableChecks {
  /// The checks of one file, made once its threads' replies are resolved (after threads of
  /// other files with the same id have joined them).
  struct Pending: Sendable {
    var decoder: CommentRecordDecoder?
    var unread: [(name: String, records: Int)]
    var file: String
    /// The threads the file's records went to.
    var threadIDs: Set<String>

    /// Adds the file's findings to the first of its threads among `threads`, given where
    /// each thread id is (``ThreadJoining`` builds that once for all files).
    func apply(to threads: inout [CommentThread], indicesOfID: [String: [Int]]) {
      guard let decoder else { return }
      let mine = threadIDs.flatMap { indicesOfID[$0] ?? [] }.sorted()
      guard let first = mine.first else { return }
      let own = mine.map { threads[$0] }
      guard own.contains(where: { !$0.comments.isEmpty }) else { return }
      let issues = findings(threads: own, decoder: decoder, unread: unread, file: file)
      threads[first].integrity.issues = issues + threads[first].integrity.issues
    }
  }

  /// Field names that look like a comment's author.
  static let authorLikeNames: Set<String> = [
    "author", "user", "username", "user_name", "name", "by", "speaker", "screen_name",
    "author_name", "nickname", "nick", "commenter", "poster", "from", "sender", "handle",
  ]

  /// Field names that look like a comment's text.
  static let textLikeNames: Set<String> = [
    "text", "body", "content", "message", "comment", "comment_text", "commenttext", "msg",
    "comment_body", "selftext", "html",
  ]

  static func findings(
    threads: [CommentThread], decoder: CommentRecordDecoder,
    unread: [(name: String, records: Int)], file: String
  ) -> [IntegrityReport.Issue] {
    let comments = threads.reduce(0) { $0 + $1.comments.count }
    let resolved = threads.reduce(0) { $0 + $1.integrity.repliesResolved }
    let withTarget = threads.reduce(0) { n, t in
      n + t.comments.reduce(0) { $0 + ($1.replyTo == nil ? 0 : 1) }
    }
    let withAuthor = threads.reduce(0) { n, t in
      n + t.comments.reduce(0) { $0 + ($1.author == nil ? 0 : 1) }
    }
    let withText = threads.reduce(0) { n, t in
      n + t.comments.reduce(0) { $0 + ($1.textUTF8.isEmpty ? 0 : 1) }
    }
    var issues: [IntegrityReport.Issue] = []
    func issue(_ kind: IntegrityReport.IssueKind, _ message: String) {
      issues.append(IntegrityReport.Issue(kind: kind, file: file, line: 0, message: message))
    }
    func unreadLike(_ names: Set<String>) -> [(name: String, records: Int)] {
      unread.filter { field in
        let last = field.name.split(separator: ".").last.map(String.init) ?? field.name
        return names.contains(last.asciiLowercased)
      }
    }
    let what = decoder.layout.name
    // Only where some thread holds two comments could a reply have resolved (a file of
    // Reddit submissions alone holds one a thread).
    let couldResolve = threads.contains { $0.comments.count > 1 }
    if couldResolve && resolved == 0 {
      let message: String
      if withTarget == 0 {
        message =
          "no reply resolved among \(comments) comments: no record names the comment it "
          + "replies to (\(source(.replyTo, decoder))), so the reply network has no edges"
      } else {
        message =
          "no reply resolved among \(comments) comments: none of the \(withTarget) targets "
          + "named is in the file, so the reply network has no edges"
      }
      issue(.noReplyResolved, message)
      for field in unreadLike(TableLayout.parentLikeNames) {
        issue(
          .unreadField,
          "field \"\(field.name)\" (in \(field.records) records) looks like a link to the "
            + "replied-to comment but is not read as one (\(what)); read it with "
            + "--field reply_to=\(field.name)")
      }
    }
    if withAuthor == 0 {
      for field in unreadLike(authorLikeNames) {
        issue(
          .unreadField,
          "no record gives an author (\(source(.author, decoder))), but field \"\(field.name)\" "
            + "(in \(field.records) records) is not read; read it with --field author=\(field.name)"
        )
      }
    }
    if withText == 0 {
      for field in unreadLike(textLikeNames) {
        issue(
          .unreadField,
          "no record gives a text (\(source(.text, decoder))), but field \"\(field.name)\" "
            + "(in \(field.records) records) is not read; read it with --field text=\(field.name)")
      }
    }
    return issues
  }

  /// "read from parent_id", or "not read in this layout".
  private static func source(_ field: CommentField, _ decoder: CommentRecordDecoder) -> String {
    let paths = decoder.layout.sources[field] ?? []
    if paths.isEmpty { return "the layout does not read \(field.rawValue)" }
    return "read from " + paths.map(\.description).joined(separator: " or ")
  }
}
