import Discussion

/// Two commenters whose co-activity is significant, with all of its evidence.
public struct CoordinationEdge: Sendable {
  /// Commenter indices into ``Corpus/commenters``, `first` < `second`.
  public var first: Int
  public var second: Int
  /// Threads in which both wrote a comment with a time.
  public var sharedThreads: Int
  /// Of those, the threads in which they wrote within the window of each other (and do not
  /// reply to each other there).
  public var observed: Int
  /// The number the null model (``CoActivityNull``) expects.
  public var expected: Double
  /// P(X ≥ observed | X ≥ 1) under the null model.
  public var pValue: Double
  /// `pValue` times the number of pairs tested (Bonferroni), at most 1.
  public var adjustedPValue: Double
  /// Every pair of their comments within the window, in thread and time order.
  public var pairs: [CoordinatedPair]
  /// Their near-identical texts anywhere in the corpus (``NearDuplicates``), in corpus order.
  public var sharedTexts: [SharedText]

  /// Pairs of ``pairs`` that reply to the same comment.
  public var sameTargetPairs: Int { pairs.count { $0.sameTarget } }

  /// Pairs of ``pairs`` whose texts have a similarity of at least `threshold`
  /// (``CoordinationAnalysis/Options/similarity``).
  public func nearIdenticalPairs(atLeast threshold: Double) -> Int {
    pairs.count { ($0.similarity ?? 0) >= threshold }
  }
}

/// Two comments, one by each commenter of an edge, within the window in one thread.
public struct CoordinatedPair: Sendable, Hashable {
  /// Thread index; the comment written first and the one written second.
  public var thread: Int
  public var firstComment: Int
  public var secondComment: Int
  /// Seconds between them.
  public var seconds: Int
  /// Jaccard similarity of their word 3-shingles; `nil` when either text is too short.
  public var similarity: Double?
  /// Both reply to the same comment.
  public var sameTarget: Bool
}

/// Two comments with near-identical texts, one by each commenter of an edge.
public struct SharedText: Sendable, Hashable {
  public var first: CommentRef
  public var second: CommentRef
  public var similarity: Double
}

/// A connected part of the significant edges: commenters who move together.
public struct CoordinationGroup: Sendable {
  /// Its number in the listing, from 1.
  public var number: Int
  /// Commenter indices, by display name.
  public var members: [Int]
  /// Indices into ``CoordinationAnalysis/edges``.
  public var edges: [Int]
  /// Threads with a coordinated pair of its members, in corpus order.
  public var threads: [Int]
  /// The earliest and latest comment of its coordinated pairs.
  public var first: CommentTime?
  public var last: CommentTime?
  /// The smallest adjusted p-value of its edges.
  public var adjustedPValue: Double
  /// Pairs of members whose names look alike (supporting evidence only).
  public var alikeNames: [(first: Int, second: Int, reason: NameLikeness.Reason)]
}
