import Discussion
import DiscussionGraph

extension ConflictMarks {
  /// Marks from a corpus's ``DiscussionGraph/ConflictAnalysis`` (its comments' signals, signed
  /// network and feuds):
  /// - a comment's hostility is its lexicon hostility capped at 1 (one matched term of weight 1
  ///   or more makes a reply red), its controversy Reddit's formula of its votes;
  /// - a pair's hostility is the share of the source's replies to the target that are hostile,
  ///   and its feud turns the longest feud between the two in any thread.
  ///
  /// - Complexity: O(C + P + F) to index C comments, P reply pairs and F feuds; each look-up O(1).
  public static func analysis(_ analysis: ConflictAnalysis) -> ConflictMarks {
    let comments = analysis.comments
    let signed = analysis.signed
    let feuds = analysis.feuds
    var pairHostility: [Int64: Double] = [:]
    for edge in signed.edges where edge.replies > 0 {
      pairHostility[key(edge.source, edge.target)] =
        Double(edge.hostileReplies) / Double(edge.replies)
    }
    var feudTurns: [Int64: Int] = [:]
    for feud in feuds {
      for k in [key(feud.a, feud.b), key(feud.b, feud.a)] {
        feudTurns[k] = max(feudTurns[k] ?? 0, feud.turns)
      }
    }
    let hostility = pairHostility
    let turns = feudTurns
    return ConflictMarks(source: "conflict analysis") { ref in
      let t = Int(ref.thread)
      let i = Int(ref.comment)
      guard comments.indices.contains(t), comments[t].indices.contains(i) else { return nil }
      let c = comments[t][i]
      return CommentMarks(hostility: min(1, c.hostility), controversy: c.controversy)
    } pair: { source, target in
      let k = key(source, target)
      guard hostility[k] != nil || turns[k] != nil else { return nil }
      return PairMarks(hostility: hostility[k], feudTurns: turns[k] ?? 0)
    }
  }

  private static func key(_ a: Int, _ b: Int) -> Int64 { Int64(a) << 32 | Int64(b) }
}
