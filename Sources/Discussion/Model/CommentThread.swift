/// One article's comment section: its metadata, its comments in source order, and the
/// resolved reply structure.
public struct CommentThread: Sendable, Hashable {
  /// The thread's identifier: for page text the file name without extension, for a generic
  /// comment table the `thread` column.
  public var id: String
  /// The file the thread was read from ("-" for standard input).
  public var sourceFile: String
  /// The article's title, when the source has one.
  public var title: String?
  /// When the article was published, with its UTC offset.
  public var published: CommentTime?
  /// The view count the page shows.
  public var views: Int?
  /// The comment count the page declares (it can differ from the comments in the copy).
  public var declaredCommentCount: Int?
  /// Category and tag lines shown above the comments.
  public var categories: [String]
  /// The comments in source order.
  public var comments: [Comment]
  /// For each comment (same index as ``comments``), the index of the comment it replies to,
  /// or `nil` when it replies to none or its target is outside the copy.
  public var replyTargetIndex: [Int?]
  /// What the importer could not resolve or found inconsistent.
  public var integrity: IntegrityReport
  /// For a thread whose records came from several files (Reddit's comments and submissions),
  /// where each file's comments begin: comment index and file, in order. Empty when every
  /// comment came from ``sourceFile``.
  public var fileParts: [FilePart] = []

  /// Where a file's comments begin in a thread joined from several files.
  public struct FilePart: Sendable, Hashable {
    public var firstComment: Int
    public var file: String

    public init(firstComment: Int, file: String) {
      self.firstComment = firstComment
      self.file = file
    }
  }

  /// The file comment `index` was read from.
  public func file(ofComment index: Int) -> String {
    guard let part = fileParts.last(where: { $0.firstComment <= index }) else { return sourceFile }
    return part.file
  }

  public init(
    id: String, sourceFile: String, title: String? = nil, published: CommentTime? = nil,
    views: Int? = nil, declaredCommentCount: Int? = nil, categories: [String] = [],
    comments: [Comment], replyTargetIndex: [Int?]? = nil,
    integrity: IntegrityReport = IntegrityReport()
  ) {
    self.id = id
    self.sourceFile = sourceFile
    self.title = title
    self.published = published
    self.views = views
    self.declaredCommentCount = declaredCommentCount
    self.categories = categories
    self.comments = comments
    self.replyTargetIndex = replyTargetIndex ?? Array(repeating: nil, count: comments.count)
    self.integrity = integrity
  }
}
