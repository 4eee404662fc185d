/// A set of comment threads read together, with the commenters across all of them.
///
/// A corpus is immutable once built: importers produce threads, ``Corpus/init(threads:identity:)``
/// resolves commenter identities, and every later stage reads it.
public struct Corpus: Sendable {
  public let threads: [CommentThread]
  /// Commenters sorted by ``CommenterID``.
  public let commenters: [Commenter]
  /// How names map to commenters.
  public let identity: IdentityRule
  /// What each input was read as (layouts, fields not read), when the corpus was loaded
  /// from files.
  public let sources: [SourceReport]
  private let index: [String: Int]
  /// Per thread, per comment: its author's index into ``commenters`` and the index of the
  /// spelling it used in that commenter's ``Commenter/spellings``; -1 when unknown.
  private let authors: [[(commenter: Int32, spelling: Int32)]]

  /// Resolves identities (``CommenterRegistry``): each distinct name is hashed once per
  /// comment by its bytes, which is cheap, and only the distinct names go through
  /// ``IdentityRule/id(for:)`` and String comparison.
  public init(
    threads: [CommentThread], identity: IdentityRule = .exact, sources: [SourceReport] = []
  ) {
    self.threads = threads
    self.identity = identity
    self.sources = sources
    var registry = CommenterRegistry(identity: identity)
    let nameOfComment = threads.map { thread in
      thread.comments.map { comment -> Int32 in
        guard let name = comment.author else { return -1 }
        return registry.add(name, counted: !comment.isContext)
      }
    }
    let (commenters, commenterOfGroup) = registry.commenters()
    self.commenters = commenters
    var idx: [String: Int] = [:]
    for (i, c) in commenters.enumerated() { idx[c.id.rawValue] = i }
    index = idx
    authors = nameOfComment.map { namesOfThread in
      namesOfThread.map { k in
        k < 0
          ? (-1, -1)
          : (
            commenterOfGroup[Int(registry.groupOfName[Int(k)])], registry.spellingOfName[Int(k)]
          )
      }
    }
  }

  /// The index into ``commenters`` of the author of comment `comment` of thread `thread`
  /// (indices into ``threads`` and its comments), without hashing the name.
  public func commenterIndex(thread: Int, comment: Int) -> Int? {
    let c = authors[thread][comment].commenter
    return c < 0 ? nil : Int(c)
  }

  /// The index, in its author's ``Commenter/spellings``, of the spelling comment `comment` of
  /// thread `thread` was written under.
  public func spellingIndex(thread: Int, comment: Int) -> Int? {
    let s = authors[thread][comment].spelling
    return s < 0 ? nil : Int(s)
  }

  /// The commenter who wrote a comment, or `nil` for a removed comment whose author is unknown.
  public func commenter(of comment: Comment) -> Commenter? {
    guard let name = comment.author else { return nil }
    return commenter(id: identity.id(for: name))
  }

  /// The index into ``commenters`` of the author of a comment.
  public func commenterIndex(of comment: Comment) -> Int? {
    guard let name = comment.author else { return nil }
    return index[identity.id(for: name).rawValue]
  }

  public func commenter(id: CommenterID) -> Commenter? {
    index[id.rawValue].map { commenters[$0] }
  }

  /// The integrity reports of all threads, merged.
  public var integrity: IntegrityReport {
    var report = IntegrityReport()
    for thread in threads { report.merge(thread.integrity) }
    return report
  }
}
