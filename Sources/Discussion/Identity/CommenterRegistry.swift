/// Commenters as their names are met, one comment at a time: what ``Corpus`` resolves its
/// identities with, and what a reader that lets each thread go after reading it (the lean
/// ``Corpus`` stand-ins of the analyses) keeps of the names instead of the comments.
///
/// Names are numbered by their UTF-8 bytes in order of first appearance; each new name goes
/// through ``IdentityRule/id(for:)`` once and joins its commenter (one per ``CommenterID``)
/// as one of its spellings (compared as Strings, canonical equivalence, so "é" and "e\u{301}"
/// are one spelling). ``commenters()`` gives the commenters sorted by id, each shown under
/// its most frequent spelling (ties: the first seen).
///
/// - Complexity: O(b) per comment for a name of b bytes (one hash of its bytes); a new name
///   costs its identity and one String hash more. Memory: the distinct names only.
public struct CommenterRegistry: Sendable {
  public let identity: IdentityRule
  private var numberOfName: [ExactName: Int32] = [:]
  /// Distinct names, numbered in order of first appearance.
  public private(set) var names: [String] = []
  /// Per name number, its group (one per commenter, in order of first appearance).
  public private(set) var groupOfName: [Int32] = []
  /// Per name number, the index of its spelling among its group's.
  public private(set) var spellingOfName: [Int32] = []
  private var groupOfID: [CommenterID: Int32] = [:]
  private var groups: [Group] = []
  private var spellingInGroup: [SpellingKey: Int32] = [:]

  private struct Group: Sendable {
    var id: CommenterID
    var spellings: [String] = []
    /// Comments counted under each spelling.
    var uses: [Int] = []
  }

  public init(identity: IdentityRule) { self.identity = identity }

  /// The number of `name`, registering it when new; a `counted` comment adds one to its
  /// spelling's uses (a context comment of a time window is not counted).
  public mutating func add(_ name: String, counted: Bool) -> Int32 {
    let k = numberOfName.findOrInsert(ExactName(name), Int32(names.count))
    if k == names.count {
      names.append(name)
      let id = identity.id(for: name)
      let g = groupOfID.findOrInsert(id, Int32(groups.count))
      if g == groups.count { groups.append(Group(id: id)) }
      let p = spellingInGroup.findOrInsert(
        SpellingKey(group: g, name: name), Int32(groups[Int(g)].spellings.count))
      if p == groups[Int(g)].spellings.count {
        groups[Int(g)].spellings.append(name)
        groups[Int(g)].uses.append(0)
      }
      groupOfName.append(g)
      spellingOfName.append(p)
    }
    if counted { groups[Int(groupOfName[Int(k)])].uses[Int(spellingOfName[Int(k)])] += 1 }
    return k
  }

  /// How many commenters (groups) have been met.
  public var groupCount: Int { groups.count }

  /// The identity of group `g`.
  public func id(ofGroup g: Int32) -> CommenterID { groups[Int(g)].id }

  /// The spelling name number `k` was written under, as first seen: names canonically
  /// equivalent to it ("é" and "e\u{301}") give the same String.
  public func spelling(ofName k: Int32) -> String {
    groups[Int(groupOfName[Int(k)])].spellings[Int(spellingOfName[Int(k)])]
  }

  /// The commenters sorted by ``CommenterID``, and each group's index among them.
  /// - Complexity: O(G log G) for G commenters.
  public func commenters() -> (commenters: [Commenter], commenterOfGroup: [Int32]) {
    let order = groups.indices.sorted { groups[$0].id < groups[$1].id }
    var commenterOfGroup = [Int32](repeating: 0, count: groups.count)
    for (i, g) in order.enumerated() { commenterOfGroup[g] = Int32(i) }
    let commenters = order.map { g in
      let group = groups[g]
      var best = 0
      for p in group.uses.indices where group.uses[p] > group.uses[best] { best = p }
      return Commenter(
        id: group.id, displayName: group.spellings[best], spellings: group.spellings,
        commentCount: group.uses.reduce(0, +))
    }
    return (commenters, commenterOfGroup)
  }
}

/// A name compared and hashed by its UTF-8 bytes: hashing a String normalises it (canonical
/// equivalence), which is what costs when every comment's author is looked up.
/// Both read a native String's bytes in place (the generic comparison of two `UTF8View`s,
/// byte by byte through their indices, was most of the corpus's serial name resolution).
private struct ExactName: Hashable, Sendable {
  var name: String
  init(_ name: String) { self.name = name }
  static func == (a: ExactName, b: ExactName) -> Bool {
    guard a.name.utf8.count == b.name.utf8.count else { return false }
    let inPlace: Bool?? = a.name.utf8.withContiguousStorageIfAvailable { x in
      b.name.utf8.withContiguousStorageIfAvailable { y in x.elementsEqual(y) }
    }
    return (inPlace ?? nil) ?? a.name.utf8.elementsEqual(b.name.utf8)
  }
  func hash(into hasher: inout Hasher) {
    if let hashed: Void = name.utf8.withContiguousStorageIfAvailable({
      hasher.combine(bytes: UnsafeRawBufferPointer($0))
    }) {
      return hashed
    }
    var name = name
    name.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}

/// A spelling within a commenter's group, compared as Strings (canonical equivalence).
private struct SpellingKey: Hashable, Sendable {
  var group: Int32
  var name: String
}
