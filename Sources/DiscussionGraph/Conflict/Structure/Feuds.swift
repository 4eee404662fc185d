import Discussion

/// A feud: two commenters A and B of one thread joined by a reply chain c1 ← c2 ← c3 … of 3
/// or more comments whose authors alternate strictly A, B, A, … (README, "replynet
/// conflict").
public struct Feud: Sendable, Hashable {
  /// Index of the thread in the corpus.
  public var thread: Int
  /// The two commenters (corpus indices), a < b.
  public var a: Int
  public var b: Int
  /// The longest alternating chain, comment indices in reply order (the first is replied to
  /// by the second, and so on). Its length is ``turns``.
  public var longestChain: [Int]
  /// Every comment on some alternating chain of 3 or more between A and B, in thread order.
  public var comments: [Int]
  /// Seconds from the first to the last of ``comments`` that have a time; nil with fewer
  /// than two times.
  public var durationSeconds: Int64?
  /// Hostility of each comment of ``longestChain``, in order.
  public var hostilityByTurn: [Double]

  /// The length of the longest alternating chain.
  public var turns: Int { longestChain.count }

  /// Least-squares slope of hostility against turn number (0, 1, 2, …): > 0 when the feud
  /// heats up, < 0 when it cools down.
  public var hostilityTrend: Double {
    let n = Double(hostilityByTurn.count)
    guard hostilityByTurn.count >= 2 else { return 0 }
    let meanX = (n - 1) / 2
    let meanY = hostilityByTurn.reduce(0, +) / n
    var sxy = 0.0
    var sxx = 0.0
    for (i, y) in hostilityByTurn.enumerated() {
      sxy += (Double(i) - meanX) * (y - meanY)
      sxx += (Double(i) - meanX) * (Double(i) - meanX)
    }
    return sxy / sxx
  }

  /// Total hostility along the longest chain.
  public var hostility: Double { hostilityByTurn.reduce(0, +) }

  /// The feuds of every thread, ranked: most turns first, then most comments, most
  /// hostility, then by thread, a and b.
  ///
  /// For each comment c with parent p and grandparent g, the longest alternating chain that
  /// ends at c is L(c) = L(p) + 1 when author(g) = author(c) ≠ author(p) and L(p) ≥ 2 with
  /// the same pair, 2 when only author(p) ≠ author(c), 1 otherwise; comments whose author is
  /// unknown break chains. A feud is a pair with some L(c) ≥ 3 in a thread.
  ///
  /// - Complexity: O(*C* log *C* + *F* log *F*) for *C* comments and *F* feuds, whatever the
  ///   threads' shape: chain lengths are found once per comment, chains are walked back
  ///   longest first and stop where a longer one of the same pair was walked (one long
  ///   back-and-forth of 200,000 comments costs what 200,000 separate replies do), and each
  ///   feud's comments are sorted.
  public static func find(in corpus: Corpus, comments: [[CommentConflict]]) -> [Feud] {
    var feuds: [Feud] = []
    for (t, thread) in corpus.threads.enumerated() {
      feuds += find(thread: t, of: thread, comments: comments[t])
    }
    feuds.sort { x, y in
      if x.turns != y.turns { return x.turns > y.turns }
      if x.comments.count != y.comments.count { return x.comments.count > y.comments.count }
      if x.hostility != y.hostility { return x.hostility > y.hostility }
      return (x.thread, x.a, x.b) < (y.thread, y.a, y.b)
    }
    return feuds
  }

  static func find(thread t: Int, of thread: CommentThread, comments: [CommentConflict])
    -> [Feud]
  {
    let n = comments.count
    // A comment outside the time window (context) is no turn of a feud.
    let parent = thread.replyTargetIndex.enumerated().map { i, target in
      comments[i].isContext ? nil : target.flatMap { comments[$0].isContext ? nil : $0 }
    }
    var length = [Int](repeating: 0, count: n)
    // Chain length ending at c; parents are computed first (iteratively, so a reply that
    // points forward or a cycle in damaged input cannot recurse without end).
    func chainLength(_ c: Int) -> Int {
      var stack: [Int] = []
      var x = c
      var onStack = Set<Int>()
      while length[x] == 0 {
        guard onStack.insert(x).inserted else { break }
        stack.append(x)
        guard let p = parent[x] else { break }
        x = p
      }
      while let y = stack.popLast() {
        length[y] = 1
        guard let p = parent[y], let ay = comments[y].author, let ap = comments[p].author,
          ay != ap, length[p] > 0 || p == y
        else { continue }
        length[y] = 2
        if let g = parent[p], comments[g].author == ay, length[p] >= 2 { length[y] = length[p] + 1 }
      }
      return length[c]
    }
    // Chains of 3 or more, longest first (a counting sort by length). Walking each back to
    // its start would cost n²/2 on one long chain; instead a walk stops at the first comment
    // an earlier (longer) walk of the same pair has covered: past its first comment, a
    // comment's place on every chain through it is its own chain length, so its pair and
    // the rest of the way back are the same. Each comment is walked once per pair whose
    // chain starts at it, and once otherwise.
    var ends: [[Int]] = []
    for c in 0..<n where chainLength(c) >= 3 {
      while ends.count <= length[c] { ends.append([]) }
      ends[length[c]].append(c)
    }
    var covered = [Bool](repeating: false, count: n)
    var byPair: [SIMD2<Int>: (longest: [Int], members: [Int], starts: Set<Int>)] = [:]
    for l in ends.indices.reversed() {
      for c in ends[l] {
        let a = comments[c].author!
        let b = comments[parent[c]!].author!
        let key = SIMD2(min(a, b), max(a, b))
        var entry = byPair[key] ?? ([], [], [])
        if entry.longest.isEmpty {
          // The pair's first chain is its longest: walked whole.
          var chain: [Int] = []
          var x = c
          for _ in 0..<l {
            chain.append(x)
            x = parent[x] ?? x
          }
          entry.longest = chain.reversed()
        }
        var x = c
        var position = l
        while position > 1 && !covered[x] {
          covered[x] = true
          entry.members.append(x)
          x = parent[x]!
          position -= 1
        }
        if position == 1, entry.starts.insert(x).inserted { entry.members.append(x) }
        byPair[key] = entry
      }
    }
    var feuds: [Feud] = []
    for (_, entry) in byPair {
      let first = comments[entry.longest[0]].author!
      let second = comments[entry.longest[1]].author!
      let members = entry.members.sorted()
      assert(Set(members).count == members.count)
      let times = members.compactMap { thread.comments[$0].time?.epochSeconds }
      feuds.append(
        Feud(
          thread: t, a: min(first, second), b: max(first, second), longestChain: entry.longest,
          comments: members,
          durationSeconds: times.count >= 2 ? times.max()! - times.min()! : nil,
          hostilityByTurn: entry.longest.map { comments[$0].hostility }))
    }
    return feuds
  }
}
