import Discussion
import DiscussionGraph
import Foundation

/// What a conflict analysis knows about one comment, for drawing it.
public struct CommentMarks: Sendable, Hashable {
  /// How hostile the comment is towards the comment it replies to, from 0 (not at all) to 1.
  public var hostility: Double?
  /// The comment's controversy (Reddit's (up + down)^(min/max); README, "replynet conflict").
  public var controversy: Double?

  public init(hostility: Double? = nil, controversy: Double? = nil) {
    self.hostility = hostility
    self.controversy = controversy
  }
}

/// What a conflict analysis knows about one ordered pair of commenters, for drawing their edge.
public struct PairMarks: Sendable, Hashable {
  /// Mean hostility of the source's replies to the target, 0 to 1.
  public var hostility: Double?
  /// Turns of the pair's longest feud (a strictly alternating reply chain), 0 when none.
  public var feudTurns: Int

  public init(hostility: Double? = nil, feudTurns: Int = 0) {
    self.hostility = hostility
    self.feudTurns = feudTurns
  }
}

/// Per-comment and per-pair conflict figures the views draw: hostile replies red, feuds
/// emphasised, controversial comments marked.
///
/// The views do not compute conflict themselves; whoever has the figures (a conflict module,
/// a file of annotations, a test) hands them in as closures. ``none`` draws no conflict, and
/// ``voteControversy(_:)`` marks controversy from the votes alone.
public struct ConflictMarks: Sendable {
  /// Marks of a comment, by thread and comment index into the corpus.
  public var comment: @Sendable (CommentRef) -> CommentMarks?
  /// Marks of the pair (source, target), by commenter index into the corpus.
  public var pair: @Sendable (Int, Int) -> PairMarks?
  /// Hostility at or above which a reply or an edge is drawn as hostile.
  public var hostileThreshold: Double
  /// The share of a diagram's comments with the highest controversy that are marked
  /// controversial (at least one, and only comments with controversy above 0).
  public var controversialShare: Double
  /// Words for the caption: where the figures come from ("votes only", "conflict analysis").
  public var source: String

  public init(
    source: String, hostileThreshold: Double = 0.5, controversialShare: Double = 0.1,
    comment: @escaping @Sendable (CommentRef) -> CommentMarks?,
    pair: @escaping @Sendable (Int, Int) -> PairMarks? = { _, _ in nil }
  ) {
    self.source = source
    self.hostileThreshold = hostileThreshold
    self.controversialShare = controversialShare
    self.comment = comment
    self.pair = pair
  }

  /// No conflict figures: nothing is drawn red or marked.
  public static let none = ConflictMarks(source: "none", comment: { _ in nil })

  /// Controversy from each comment's votes (Reddit's formula,
  /// ``DiscussionGraph/Controversy/reddit(likes:dislikes:)``); no hostility.
  public static func voteControversy(_ corpus: Corpus) -> ConflictMarks {
    ConflictMarks(source: "votes") { ref in
      let threads = corpus.threads
      guard threads.indices.contains(Int(ref.thread)) else { return nil }
      let comments = threads[Int(ref.thread)].comments
      guard comments.indices.contains(Int(ref.comment)) else { return nil }
      let c = comments[Int(ref.comment)]
      guard let up = c.likes, let down = c.dislikes else { return nil }
      return CommentMarks(controversy: Controversy.reddit(likes: up, dislikes: down))
    }
  }

  /// Which of `values` (controversy by item) are marked controversial: the top
  /// ``controversialShare`` by value, at least one, values above 0 only; ties by index.
  func controversial(_ values: [Double?]) -> Set<Int> {
    let ranked = values.indices.filter { (values[$0] ?? 0) > 0 }
      .sorted { (values[$0]!, $1) > (values[$1]!, $0) }
    let count = max(1, Int((Double(values.count) * controversialShare).rounded(.up)))
    return Set(ranked.prefix(count))
  }
}
