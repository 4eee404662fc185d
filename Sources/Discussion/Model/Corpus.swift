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
  /// Per thread, per comment: its author's index into ``commenters`` and the index of the
  /// spelling it used in that commenter's ``Commenter/spellings``; -1 when unknown.
  private let authors: [[(commenter: Int32, spelling: Int32)]]

  /// Resolves identities with one String hash per comment: each distinct spelling is seen
  /// once, then spellings are grouped into commenters by ``IdentityRule/id(for:)``.
  public init(threads: [CommentThread], identity: IdentityRule = .exact) {
    self.threads = threads
    self.identity = identity
    // Distinct spellings in order of first appearance, and each comment's.
    var spellingNumber: [String: Int32] = [:]
    var names: [String] = []
    var uses: [Int] = []
    let spellingOfComment = threads.map { thread in
      thread.comments.map { comment -> Int32 in
        guard let name = comment.author else { return -1 }
        let k = spellingNumber.findOrInsert(name, Int32(names.count))
        if k == names.count {
          names.append(name)
          uses.append(0)
        }
        uses[Int(k)] += 1
        return k
      }
    }
    // Spellings grouped by commenter, in order of first appearance.
    var groupOfID: [CommenterID: Int] = [:]
    var groups: [(id: CommenterID, spellings: [Int])] = []
    var groupOfSpelling = [Int](repeating: 0, count: names.count)
    var positionInGroup = [Int32](repeating: 0, count: names.count)
    for (k, name) in names.enumerated() {
      let id = identity.id(for: name)
      let g = groupOfID.findOrInsert(id, groups.count)
      if g == groups.count { groups.append((id, [])) }
      groupOfSpelling[k] = g
      positionInGroup[k] = Int32(groups[g].spellings.count)
      groups[g].spellings.append(k)
    }
    let order = groups.indices.sorted { groups[$0].id < groups[$1].id }
    var commenterOfGroup = [Int32](repeating: 0, count: groups.count)
    for (i, g) in order.enumerated() { commenterOfGroup[g] = Int32(i) }
    commenters = order.map { g in
      let spellings = groups[g].spellings
      // The most frequent spelling; ties: the first seen.
      var best = spellings[0]
      for k in spellings where uses[k] > uses[best] { best = k }
      return Commenter(
        id: groups[g].id, displayName: names[best], spellings: spellings.map { names[$0] },
        commentCount: spellings.reduce(0) { $0 + uses[$1] })
    }
    var idx: [String: Int] = [:]
    for (i, c) in commenters.enumerated() { idx[c.id.rawValue] = i }
    index = idx
    authors = spellingOfComment.map { spellingsOfThread in
      spellingsOfThread.map { k in
        k < 0
          ? (-1, -1)
          : (commenterOfGroup[groupOfSpelling[Int(k)]], positionInGroup[Int(k)])
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
