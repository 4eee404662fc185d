import DiscussionGraph

/// The rankings of a conflict report, one rule each, for every front end: the most
/// controversial comments, the lightning rods, each camp's members.
extension ConflictReport {
  /// The `top` comments with a controversy above 0, most controversial first (ties: corpus
  /// order), and how many have one. Ranked by key (controversy, thread, comment), so that a
  /// large corpus's comments are not copied to show ten of them.
  /// - Complexity: O(C + K log K) time for C comments, K of them controversial; O(K) keys.
  public func mostControversialComments(top: Int) -> (comments: [CommentConflict], count: Int) {
    var keys: [(controversy: Double, thread: Int, comment: Int)] = []
    for thread in comments {
      for c in thread where c.controversy > 0 { keys.append((c.controversy, c.thread, c.comment)) }
    }
    keys.sort { ($0.controversy, $1.thread, $1.comment) > ($1.controversy, $0.thread, $0.comment) }
    return (keys.prefix(max(0, top)).map { comments[$0.thread][$0.comment] }, keys.count)
  }

  /// Commenters who received hostile replies, most first (ties: commenter order).
  public var lightningRods: [CommenterConflict] {
    commenters.filter { $0.hostilityReceived > 0 }.sorted {
      ($0.hostilityReceived, $1.commenter) > ($1.hostilityReceived, $0.commenter)
    }
  }

  /// Commenters called a troll or paid by at least one other, most accusers first (ties:
  /// commenter order).
  public var accused: [CommenterConflict] {
    commenters.filter { $0.accusedBy > 0 }.sorted {
      ($0.accusedBy, $1.commenter) > ($1.accusedBy, $0.commenter)
    }
  }

  /// The members of camp `side` (0 is X, 1 is Y), most comments first (ties: commenter
  /// order); empty without camps.
  public func campMembers(_ side: UInt8) -> [Int] {
    guard let camps else { return [] }
    return camps.members(side).sorted {
      (commenters[$0].comments, $1) > (commenters[$1].comments, $0)
    }
  }
}
