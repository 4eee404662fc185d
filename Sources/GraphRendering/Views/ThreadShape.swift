import Discussion

/// The reply structure of one thread, as the thread view draws it.
struct ThreadShape {
  /// A reply's target: a comment of the copy (`index`), or only its id when it is not in it.
  struct Target {
    var index: Int?
    var id: String
  }

  /// Replies in source order of the replying comment.
  var replies: [(child: Int, target: Target)] = []
  /// Comments in a reply chain (they reply, or got a reply), in source order.
  var chained: [Int] = []
  /// Comments in no reply chain, in source order.
  var quiet: [Int] = []
  /// Replied-to comments that are not in the copy: id and the name the reply header gives,
  /// in order of first reply.
  var outside: [(id: String, name: String?)] = []

  var replyCount: Int { replies.count }
  /// Chains: comments of the copy that reply to nothing drawn, plus placeholders.
  var chainCount: Int {
    let children = Set(replies.map(\.child))
    return chained.filter { !children.contains($0) }.count + outside.count
  }

  /// - Complexity: O(C) for C comments.
  init(_ thread: CommentThread) {
    var inChain = [Bool](repeating: false, count: thread.comments.count)
    var outsideSeen: Set<String> = []
    for (i, comment) in thread.comments.enumerated() {
      let resolved = thread.replyTargetIndex.indices.contains(i) ? thread.replyTargetIndex[i] : nil
      if let p = resolved, thread.comments.indices.contains(p), p != i {
        replies.append((i, Target(index: p, id: thread.comments[p].id)))
        inChain[i] = true
        inChain[p] = true
      } else if resolved == nil, let target = comment.replyTo, target != comment.id {
        replies.append((i, Target(index: nil, id: target)))
        inChain[i] = true
        if outsideSeen.insert(target).inserted {
          outside.append((target, comment.replyToName))
        }
      }
    }
    for i in thread.comments.indices {
      if inChain[i] { chained.append(i) } else { quiet.append(i) }
    }
  }
}
