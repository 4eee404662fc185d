/// A stable identifier of a person who writes comments: the name itself by default, or its
/// folded form when look-alike spellings are merged (see ``NameFolding``). Stable across
/// runs and machines, so exported IDs can be joined with earlier exports.
public struct CommenterID: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var rawValue: String
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public static func < (lhs: CommenterID, rhs: CommenterID) -> Bool { lhs.rawValue < rhs.rawValue }
  public var description: String { rawValue }
}

/// A person who writes comments, with every spelling of their name seen in the corpus.
public struct Commenter: Sendable, Hashable {
  public var id: CommenterID
  /// The most frequent spelling (ties: the first seen).
  public var displayName: String
  /// Every spelling seen, in order of first appearance.
  public var spellings: [String]
  /// How many comments (removed ones with a recovered author included).
  public var commentCount: Int

  public init(id: CommenterID, displayName: String, spellings: [String], commentCount: Int) {
    self.id = id
    self.displayName = displayName
    self.spellings = spellings
    self.commentCount = commentCount
  }
}
