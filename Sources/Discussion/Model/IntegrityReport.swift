/// Everything an importer could not resolve or found inconsistent in a thread, with the file
/// and line it concerns, so that no comment and no oddity is lost silently.
public struct IntegrityReport: Sendable, Hashable {
  /// One finding.
  public struct Issue: Sendable, Hashable {
    public var kind: IssueKind
    /// The file the finding concerns.
    public var file: String
    /// The 1-based line, or 0 when the finding concerns the whole file.
    public var line: Int
    /// The comment concerned, when there is one.
    public var commentID: String?
    /// A human-readable explanation.
    public var message: String

    public init(kind: IssueKind, file: String, line: Int, commentID: String? = nil, message: String)
    {
      self.kind = kind
      self.file = file
      self.line = line
      self.commentID = commentID
      self.message = message
    }

    /// `file:line: kind: message`, the form compilers use, so editors can jump to it
    /// (`file: kind: message` for a finding about the whole file).
    public var description: String {
      let place = line > 0 ? "\(file):\(line)" : file
      return "\(place): \(kind.severity): \(message) [\(kind.rawValue)]"
    }
  }

  /// What kind of finding an ``Issue`` is.
  public enum IssueKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// A reply header names an author other than the target comment's author.
    case replyNameMismatch = "reply_name_mismatch"
    /// A reply's target was removed; its author was recovered from the reply header.
    case targetRemovedAuthorRecovered = "target_removed_author_recovered"
    /// A reply's target is not in the copy.
    case targetOutsideCopy = "target_outside_copy"
    /// A back-reference (`Коментиран от #N`) that the replies do not confirm, or a reply the
    /// back-references omit.
    case backReferenceMismatch = "back_reference_mismatch"
    /// A commenter replied to their own comment.
    case selfReply = "self_reply"
    /// Two comments in one thread have the same number or id.
    case duplicateID = "duplicate_id"
    /// Comment numbers go down.
    case numberOutOfOrder = "number_out_of_order"
    /// A line outside every comment and outside the article header.
    case unplacedLine = "unplaced_line"
    /// A comment without its vote line, time or text.
    case damagedComment = "damaged_comment"
    /// The article header (title, date, views, comment count) is missing or damaged.
    case damagedHeader = "damaged_header"
    /// The declared comment count differs from the comments in the copy.
    case commentCountMismatch = "comment_count_mismatch"
    /// The file was not UTF-8 (it was decoded as Windows-1251) or held invalid bytes.
    case encoding = "encoding"
    /// A record of a comment table that could not be read as a comment.
    case unreadableRecord = "unreadable_record"
    /// Not one reply of a comment table resolved: its reply network has no edges.
    case noReplyResolved = "no_reply_resolved"
    /// A field that looks like a reply link, an author or a text was not read while nothing
    /// else gave one (the message names the `--field` option that reads it).
    case unreadField = "unread_field"

    /// `warning` for findings that lose information, `note` for ones that are merely
    /// reported (a recovered author, a self-reply).
    public var severity: String {
      switch self {
      case .targetRemovedAuthorRecovered, .selfReply, .commentCountMismatch: "note"
      default: "warning"
      }
    }
  }

  /// Comments read (removed ones included).
  public var commentsRead = 0
  /// Comments removed by a moderator.
  public var removed = 0
  /// Replies whose target was found in the copy.
  public var repliesResolved = 0
  /// Every finding, in file and line order.
  public var issues: [Issue] = []

  public init() {}

  /// How many findings of one kind.
  public func count(_ kind: IssueKind) -> Int {
    issues.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) }
  }

  /// Adds another report's counts and findings (for a corpus-wide report).
  public mutating func merge(_ other: IntegrityReport) {
    commentsRead += other.commentsRead
    removed += other.removed
    repliesResolved += other.repliesResolved
    issues += other.issues
  }

  /// One line per counter, for a terminal: `22 comments, 1 removed, 2 replies resolved, …`.
  public var summary: String {
    var parts = [
      "\(commentsRead) comments", "\(removed) removed", "\(repliesResolved) replies resolved",
    ]
    for kind in IssueKind.allCases {
      let n = count(kind)
      if n > 0 {
        parts.append("\(n) \(kind.rawValue.split(separator: "_").joined(separator: " "))")
      }
    }
    return parts.joined(separator: ", ")
  }
}
