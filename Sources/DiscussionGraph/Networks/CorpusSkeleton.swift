import Discussion

/// A corpus without its texts: per comment only what the network analyses read (author,
/// the comment it replies to, time, votes, flags), per thread the mentions its texts make,
/// and which replies accuse (``Accusations``). About 40 bytes a comment against the
/// comment's text and fields (``Discussion/Comment``), so a command that only measures the
/// networks (`replynet stats`) holds the graph of a corpus, not its page text: the reader
/// hands threads over batch by batch (``Builder``) and lets each go.
///
/// Threads and comments keep the corpus's indices: ``CommentRef`` into a skeleton names the
/// same comment as into the corpus it was made from. Commenters are ordered as
/// ``Discussion/Corpus/commenters`` (both resolve names with ``CommenterRegistry``).
public struct CorpusSkeleton: Sendable {
  public let identity: IdentityRule
  /// Sorted by ``CommenterID``, as a ``Discussion/Corpus`` built from the same threads.
  public let commenters: [Commenter]
  /// Thread `t`'s comments are `firstComment[t]..<firstComment[t + 1]` of the columns.
  let firstComment: [Int]
  /// Per comment: its author's index into ``commenters``, or -1.
  let authors: [Int32]
  /// Per comment: the index within its thread of the comment it replies to, or -1.
  let targets: [Int32]
  /// Per comment: its time (``Discussion/CommentTime/epochSeconds``, `Int64.min` when it has
  /// none) and UTC offset.
  let epochSeconds: [Int64]
  let utcOffsets: [Int32]
  /// Per comment: up- and down-votes, `nil` when the source gives none.
  let likes: CountColumn
  let dislikes: CountColumn
  let flags: [Flags]
  /// The mentions, sorted by comment (global index into the columns), then target;
  /// `nil` when the skeleton was made without them.
  let mentions: [Mention]?

  /// What a comment is, one bit each.
  struct Flags: OptionSet, Sendable {
    let rawValue: UInt8
    /// Removed by a moderator.
    static let removed = Flags(rawValue: 1)
    /// Outside the time window, kept as a reply's target (``Discussion/Comment/isContext``).
    static let context = Flags(rawValue: 2)
    /// A reply whose text has one of the lexicon's `[accusation]` terms.
    static let accusation = Flags(rawValue: 4)
  }

  /// Comment `comment` (a global index) refers to commenter `target`.
  struct Mention: Sendable {
    var comment: Int32
    var target: Int32
    var evidence: MentionEvidence
  }

  /// Whether the mentions were detected (``Builder/init(identity:mentions:accusations:)``).
  public var hasMentions: Bool { mentions != nil }
  /// Whether accusations were looked for.
  public let hasAccusations: Bool

  public var threadCount: Int { firstComment.count - 1 }
  public var commentCount: Int { authors.count }

  /// The global indices of thread `t`'s comments.
  func comments(ofThread t: Int) -> Range<Int> { firstComment[t]..<firstComment[t + 1] }

  /// The author of comment `c` (global index), or `nil`.
  func author(_ c: Int) -> Int? { authors[c] < 0 ? nil : Int(authors[c]) }

  func time(_ c: Int) -> CommentTime? {
    epochSeconds[c] == .min
      ? nil : CommentTime(epochSeconds: epochSeconds[c], utcOffsetSeconds: utcOffsets[c])
  }
}

extension CorpusSkeleton {
  /// The skeleton of a corpus held whole, with its mentions when `mentions` is set and its
  /// accusing replies when a matcher is given.
  /// - Complexity: O(C) for C comments, plus O(L) for L characters of text scanned.
  public init(
    _ corpus: Corpus, mentions: Bool, accusations: HostilityMatcher? = nil
  ) {
    var builder = Builder(identity: corpus.identity, mentions: mentions, accusations: accusations)
    builder.add(corpus.threads)
    self = builder.build()
    assert(commenters == corpus.commenters, "one identity resolution for corpus and skeleton")
  }
}
