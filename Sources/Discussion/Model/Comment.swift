/// One comment of a thread, as the source gave it.
///
/// A comment is never dropped: removed comments, comments without votes or without a time,
/// and comments whose reply target is outside the copy all stay, and what is odd about them
/// is recorded in the thread's ``IntegrityReport``.
public struct Comment: Sendable, Hashable {
  /// The comment's identifier within its thread. For page text this is the comment number
  /// ("13"); for a generic comment table it is the `id` column.
  public var id: String
  /// The author's name as written, or `nil` when the comment was removed by a moderator and
  /// no reply recovered the author.
  public var author: String?
  /// `true` when ``author`` was recovered from a reply header that names this comment,
  /// because the comment itself was removed.
  public var authorIsRecovered: Bool
  /// Up-votes ("likes"), or `nil` when the source does not give them.
  public var likes: Int?
  /// Down-votes ("dislikes"), or `nil` when the source does not give them.
  public var dislikes: Int?
  /// The net score (up-votes minus down-votes) when the source gives only that (Reddit's and
  /// Hacker News' `score`); `nil` otherwise. Not derived from ``likes`` and ``dislikes``.
  public var score: Int?
  /// The ``id`` of the comment this one replies to, as the source gives it (it may name a
  /// comment outside the copy).
  public var replyTo: String?
  /// The target author's name as the reply header gives it (`До коментар #2 от "Name":`).
  public var replyToName: String?
  /// Comments that the page lists as replies to this one (`Коментиран от #22`).
  public var backReferences: [String]
  /// The text; paragraphs are separated by one empty line ("\n\n").
  ///
  /// Made from ``textUTF8`` on each read: read it once, and prefer ``textUTF8`` where bytes do.
  public var text: String {
    get { String(decoding: textUTF8, as: UTF8.self) }
    set { textUTF8 = ArraySlice(newValue.utf8) }
  }
  /// The text's UTF-8 handed to `body`, the bytes of ``text`` without making it when they are
  /// valid (``TextDecoding/withValidUTF8(_:_:)``): for scans of every comment's text.
  public func withTextUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try TextDecoding.withValidUTF8(textUTF8, body)
  }
  /// The text as UTF-8, as the importer read it.
  ///
  /// The page-text importer keeps the texts of a thread in one buffer, each a slice of it, and
  /// makes no String: building a String validates its bytes again, which was a fifth of the
  /// parse time. Equality and hashing compare these bytes.
  public internal(set) var textUTF8: ArraySlice<UInt8>
  /// When the comment was written, with the source's UTC offset.
  public var time: CommentTime?
  /// `true` when a moderator removed the comment.
  public var isRemoved: Bool
  /// `true` for the post that opens its thread when its author is a participant (a Reddit
  /// submission, a Hacker News story): replies to it are replies to its author, as to any
  /// comment. `false` for every comment of a news page, whose article is not a comment.
  public var isPost: Bool
  /// `true` for a comment written outside the selected ``TimeWindow``, kept only because a
  /// reply in the window answers it: it gives that reply its target's author and counts
  /// nowhere else.
  public var isContext: Bool = false
  /// The 1-based line of the source file where the comment starts.
  public var sourceLine: Int

  public init(
    id: String, author: String?, authorIsRecovered: Bool = false, likes: Int? = nil,
    dislikes: Int? = nil, score: Int? = nil, replyTo: String? = nil,
    replyToName: String? = nil, backReferences: [String] = [], text: String = "",
    time: CommentTime? = nil, isRemoved: Bool = false, isPost: Bool = false, sourceLine: Int = 0
  ) {
    self.id = id
    self.author = author
    self.authorIsRecovered = authorIsRecovered
    self.likes = likes
    self.dislikes = dislikes
    self.score = score
    self.replyTo = replyTo
    self.replyToName = replyToName
    self.backReferences = backReferences
    self.textUTF8 = ArraySlice(text.utf8)
    self.time = time
    self.isRemoved = isRemoved
    self.isPost = isPost
    self.sourceLine = sourceLine
  }

  /// The comment number when ``id`` is a decimal number (always so for page text).
  public var number: Int? { Int(id) }
}
