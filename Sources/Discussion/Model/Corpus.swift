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

  /// Resolves identities: each distinct name is hashed once per comment by its bytes, which is
  /// cheap, and only the distinct names go through ``IdentityRule/id(for:)`` and String
  /// comparison (canonical equivalence, so "é" and "e\u{301}" are one spelling of a commenter,
  /// as they always were), in order of first appearance.
  public init(
    threads: [CommentThread], identity: IdentityRule = .exact, sources: [SourceReport] = []
  ) {
    self.threads = threads
    self.identity = identity
    self.sources = sources
    // Distinct names byte for byte, in order of first appearance, and each comment's.
    var nameNumber: [ExactName: Int32] = [:]
    var names: [String] = []
    var uses: [Int] = []
    let nameOfComment = threads.map { thread in
      thread.comments.map { comment -> Int32 in
        guard let name = comment.author else { return -1 }
        let k = nameNumber.findOrInsert(ExactName(name), Int32(names.count))
        if k == names.count {
          names.append(name)
          uses.append(0)
        }
        if !comment.isContext { uses[Int(k)] += 1 }
        return k
      }
    }
    // Names grouped into commenters by id, then into spellings by String equality.
    var groupOfID: [CommenterID: Int] = [:]
    var groups: [(id: CommenterID, spellings: [String], uses: [Int])] = []
    var spellingInGroup: [SpellingKey: Int] = [:]
    var groupOfName = [Int](repeating: 0, count: names.count)
    var spellingOfName = [Int32](repeating: 0, count: names.count)
    for (k, name) in names.enumerated() {
      let id = identity.id(for: name)
      let g = groupOfID.findOrInsert(id, groups.count)
      if g == groups.count { groups.append((id, [], [])) }
      let p = spellingInGroup.findOrInsert(
        SpellingKey(group: g, name: name), groups[g].spellings.count)
      if p == groups[g].spellings.count {
        groups[g].spellings.append(name)
        groups[g].uses.append(0)
      }
      groups[g].uses[p] += uses[k]
      groupOfName[k] = g
      spellingOfName[k] = Int32(p)
    }
    let order = groups.indices.sorted { groups[$0].id < groups[$1].id }
    var commenterOfGroup = [Int32](repeating: 0, count: groups.count)
    for (i, g) in order.enumerated() { commenterOfGroup[g] = Int32(i) }
    commenters = order.map { g in
      let group = groups[g]
      // The most frequent spelling; ties: the first seen.
      var best = 0
      for p in group.uses.indices where group.uses[p] > group.uses[best] { best = p }
      return Commenter(
        id: group.id, displayName: group.spellings[best], spellings: group.spellings,
        commentCount: group.uses.reduce(0, +))
    }
    var idx: [String: Int] = [:]
    for (i, c) in commenters.enumerated() { idx[c.id.rawValue] = i }
    index = idx
    authors = nameOfComment.map { namesOfThread in
      namesOfThread.map { k in
        k < 0 ? (-1, -1) : (commenterOfGroup[groupOfName[Int(k)]], spellingOfName[Int(k)])
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

/// A name compared and hashed by its UTF-8 bytes: hashing a String normalises it (canonical
/// equivalence), which is what costs when every comment's author is looked up.
private struct ExactName: Hashable {
  var name: String

  init(_ name: String) { self.name = name }

  static func == (a: ExactName, b: ExactName) -> Bool { a.name.utf8.elementsEqual(b.name.utf8) }

  func hash(into hasher: inout Hasher) {
    var name = name
    name.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}

/// A spelling within a commenter's group, compared as Strings (canonical equivalence).
private struct SpellingKey: Hashable {
  var group: Int
  var name: String
}
