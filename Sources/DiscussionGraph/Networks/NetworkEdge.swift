import Discussion

/// Everything known about one edge u → v of a commenter network: how many replies and
/// mentions it stands for, in which threads, through which comments, and when.
public struct NetworkEdge: Sendable, Hashable {
  /// Index of the source commenter (the one who wrote the replies or mentions).
  public var source: Int
  /// Index of the target commenter.
  public var target: Int
  /// Comments by `source` replying to a comment by `target`.
  public var replies: Int
  /// Comments by `source` mentioning `target` in their text.
  public var mentions: Int
  /// The kinds of mention evidence seen.
  public var evidence: MentionEvidence
  /// The comments behind the edge (replies and mentions), in corpus order.
  public var comments: [CommentRef]
  /// Times of the first and last of those comments that have a time.
  public var firstTime: CommentTime?
  public var lastTime: CommentTime?

  /// Layers present: reply when `replies > 0`, mention when `mentions > 0`.
  public var layers: EdgeLayers {
    var l: EdgeLayers = []
    if replies > 0 { l.insert(.reply) }
    if mentions > 0 { l.insert(.mention) }
    return l
  }

  /// Indices of the threads the edge appears in, sorted.
  public var threads: [Int] {
    var seen: [Int] = []
    for ref in comments where seen.last != Int(ref.thread) { seen.append(Int(ref.thread)) }
    return Array(Set(seen)).sorted()
  }
}
