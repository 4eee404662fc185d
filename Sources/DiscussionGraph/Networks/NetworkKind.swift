/// Which commenter network to build.
public enum NetworkKind: String, Sendable, Hashable, CaseIterable {
  /// u → v for each comment by u that replies to a comment by v.
  case reply
  /// u → v for each comment by u whose text refers to v outside the reply header.
  case mention
  /// Both, each edge carrying the layers it came from.
  case combined
}

/// The layers an edge of the combined network came from.
public struct EdgeLayers: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  public static let reply = EdgeLayers(rawValue: 1)
  public static let mention = EdgeLayers(rawValue: 2)

  /// `reply`, `mention` or `reply+mention`.
  public var name: String {
    switch self {
    case .reply: "reply"
    case .mention: "mention"
    case [.reply, .mention]: "reply+mention"
    default: "none"
    }
  }
}

/// How a comment's text refers to another commenter (see ``MentionDetector``).
public struct MentionEvidence: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  /// `#N` naming a comment by v in the same thread.
  public static let commentNumber = MentionEvidence(rawValue: 1)
  /// v's name in quotes.
  public static let quotedName = MentionEvidence(rawValue: 2)
  /// v's whole (distinctive) name as a word sequence, after name folding.
  public static let wholeName = MentionEvidence(rawValue: 4)

  /// The evidence kinds by name, e.g. `["comment_number", "quoted_name"]`.
  public var names: [String] {
    var out: [String] = []
    if contains(.commentNumber) { out.append("comment_number") }
    if contains(.quotedName) { out.append("quoted_name") }
    if contains(.wholeName) { out.append("whole_name") }
    return out
  }
}

/// A comment, by thread index (into ``Discussion/Corpus/threads``) and comment index (into
/// that thread's comments).
public struct CommentRef: Sendable, Hashable, Comparable {
  public var thread: Int32
  public var comment: Int32
  public init(thread: Int, comment: Int) {
    self.thread = Int32(thread)
    self.comment = Int32(comment)
  }
  public static func < (a: CommentRef, b: CommentRef) -> Bool {
    (a.thread, a.comment) < (b.thread, b.comment)
  }
}
