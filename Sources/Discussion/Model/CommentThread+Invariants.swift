extension CommentThread {
  /// What every reader promises of the threads it returns, as the first promise broken, or
  /// `nil`: one reply index entry per comment, each inside the thread, never the comment
  /// itself, and at the comment whose id the reply names; file parts in order and in range.
  /// The fuzzers (Fuzz/) and the tests check it on every thread they read.
  /// - Complexity: O(*C* + *P*) for *C* comments and *P* file parts.
  public func invariantViolation() -> String? {
    guard replyTargetIndex.count == comments.count else {
      return "\(replyTargetIndex.count) reply index entries for \(comments.count) comments"
    }
    for (index, target) in replyTargetIndex.enumerated() {
      guard let target else { continue }
      guard comments.indices.contains(target) else {
        return "comment \(index) replies to index \(target), outside the thread"
      }
      guard target != index else { return "comment \(comments[index].id) replies to itself" }
      if let named = comments[index].replyTo, comments[target].id != named {
        return "comment \(comments[index].id) names \(named) but resolves to \(comments[target].id)"
      }
    }
    var start = 0
    for part in fileParts {
      guard part.firstComment >= start, part.firstComment <= comments.count else {
        return "file part at comment \(part.firstComment) out of order or range"
      }
      start = part.firstComment
    }
    return nil
  }
}
