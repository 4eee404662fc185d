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
  private let index: [String: Int]

  public init(threads: [CommentThread], identity: IdentityRule = .exact) {
    self.threads = threads
    self.identity = identity
    var byID: [CommenterID: (spellings: [String: Int], order: [String], count: Int)] = [:]
    for thread in threads {
      for comment in thread.comments {
        guard let name = comment.author else { continue }
        let id = identity.id(for: name)
        var entry = byID[id] ?? ([:], [], 0)
        if entry.spellings[name] == nil { entry.order.append(name) }
        entry.spellings[name, default: 0] += 1
        entry.count += 1
        byID[id] = entry
      }
    }
    var list: [Commenter] = []
    list.reserveCapacity(byID.count)
    for (id, entry) in byID {
      var best = entry.order[0]
      for name in entry.order where entry.spellings[name]! > entry.spellings[best]! { best = name }
      list.append(
        Commenter(id: id, displayName: best, spellings: entry.order, commentCount: entry.count))
    }
    list.sort { $0.id < $1.id }
    commenters = list
    var idx: [String: Int] = [:]
    for (i, c) in list.enumerated() { idx[c.id.rawValue] = i }
    index = idx
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
