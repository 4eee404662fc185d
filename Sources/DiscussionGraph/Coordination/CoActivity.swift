import Discussion

/// Pairs of commenters posting in the same thread within a time window of each other, the
/// first of the coordination signals (co-activity, as QUT's coordination-network-toolkit and
/// Pacheco et al., "Uncovering Coordinated Networks on Social Media", ICWSM 2021, build it
/// for tweets), counted per thread.
///
/// Two comments written by people who reply to each other anywhere in that thread are a
/// conversation, not a coordination: such pairs are left out of that thread's count.
struct CoActivity: Sendable {
  /// Two commenters together in one thread (at least one pair of their comments within the
  /// window): `key` names them (``pairKey(_:_:)``). Each pair once a thread, so memory grows
  /// with the distinct pairs, not with the pairs of comments (a thread whose comments all bear
  /// one time, as coarse scrapers write them, has n² of those); the comments themselves are
  /// found again for the significant pairs only (``commentPairs(_:_:thread:of:window:)``).
  struct Event: Sendable {
    var key: UInt64
    var thread: Int32
  }

  /// What the null model needs of one thread: the share of its pairs of timed comments that
  /// lie within the window, and how many timed comments each of its commenters wrote.
  struct ThreadSlots: Sendable {
    var closeShare: Double
    /// At least ``uninformativeShare`` of the thread's pairs of comments lie within the
    /// window: left out of the test.
    var isTooDense: Bool
    var counts: [(commenter: Int32, comments: Int32)]
  }

  let events: [Event]
  let slots: [ThreadSlots]

  /// The share of close pairs from which a thread is left out: there, any two of its
  /// commenters are together by chance with probability at least 0.9, so being together is
  /// almost no evidence (a chance of 1 would be none: removing a certain event leaves the
  /// p-value as it was).
  static let uninformativeShare = 0.9

  /// - Complexity: O(C log C + P) time for C comments and P pairs of comments within the
  ///   window (P is O(C²) in the worst case: a whole thread inside one window), O(C + D)
  ///   memory for D distinct pairs of commenters together in a thread; threads run in
  ///   parallel.
  init(corpus: Corpus, window: Int64) {
    let perThread = concurrentMap(count: corpus.threads.count) { t in
      Self.scan(thread: t, of: corpus, window: window)
    }
    events = perThread.flatMap(\.events)
    slots = perThread.map(\.slots)
  }

  static func pairKey(_ a: Int, _ b: Int) -> UInt64 {
    let (low, high) = a < b ? (a, b) : (b, a)
    return UInt64(low) << 32 | UInt64(high)
  }

  static func members(of key: UInt64) -> (Int, Int) {
    (Int(key >> 32), Int(key & 0xFFFF_FFFF))
  }

  private static func scan(thread t: Int, of corpus: Corpus, window: Int64) -> (
    events: [Event], slots: ThreadSlots
  ) {
    let thread = corpus.threads[t]
    var timed: [(time: Int64, comment: Int, author: Int)] = []
    var talking = Set<UInt64>()
    for i in thread.comments.indices {
      guard let author = corpus.commenterIndex(thread: t, comment: i) else { continue }
      if !thread.comments[i].isContext, let target = thread.replyTargetIndex[i],
        let other = corpus.commenterIndex(thread: t, comment: target), other != author
      {
        talking.insert(pairKey(author, other))
      }
      if let time = thread.comments[i].time, !thread.comments[i].isContext {
        timed.append((time.epochSeconds, i, author))
      }
    }
    timed.sort { ($0.time, $0.comment) < ($1.time, $1.comment) }
    // Pairs of comments within the window, counted in O(n) (two pointers) before any is
    // enumerated: a thread where nearly all are (one time for every comment, as coarse
    // scrapers write) says nothing about who moves together, and would cost n² to list.
    var close = 0
    var end = 0
    for a in timed.indices {
      end = max(end, a + 1)
      while end < timed.count, timed[end].time - timed[a].time <= window { end += 1 }
      close += end - a - 1
    }
    let n = Double(timed.count)
    let share = timed.count < 2 ? 0 : Double(close) / (n * (n - 1) / 2)
    var together = Set<UInt64>()
    if share < Self.uninformativeShare {
      forEachClosePair(timed, window: window) { a, b in
        let key = pairKey(timed[a].author, timed[b].author)
        if !talking.contains(key) { together.insert(key) }
      }
    }
    let events = together.sorted().map { Event(key: $0, thread: Int32(t)) }
    var counts: [Int: Int32] = [:]
    for c in timed { counts[c.author, default: 0] += 1 }
    // A thread too dense to tell is left out of the test altogether: no pair is together in
    // it, and none is expected to be (its close share counts as 0).
    let informative = share < Self.uninformativeShare
    return (
      events,
      ThreadSlots(
        closeShare: informative ? share : 0, isTooDense: !informative && timed.count >= 2,
        counts: counts.map { (Int32($0.key), $0.value) }.sorted { $0.commenter < $1.commenter })
    )
  }

  /// The pairs of comments of commenters `u` and `v` in thread `t` within `window` of each
  /// other, each (earlier, later, seconds apart), in time order.
  /// - Complexity: O(a + b + k) for their a and b timed comments there and k pairs found.
  static func commentPairs(_ u: Int, _ v: Int, thread t: Int, of corpus: Corpus, window: Int64)
    -> [(first: Int, second: Int, seconds: Int64)]
  {
    let thread = corpus.threads[t]
    var timed: [(time: Int64, comment: Int, author: Int)] = []
    for i in thread.comments.indices where !thread.comments[i].isContext {
      guard let time = thread.comments[i].time,
        let author = corpus.commenterIndex(thread: t, comment: i), author == u || author == v
      else { continue }
      timed.append((time.epochSeconds, i, author))
    }
    timed.sort { ($0.time, $0.comment) < ($1.time, $1.comment) }
    var out: [(first: Int, second: Int, seconds: Int64)] = []
    forEachClosePair(timed, window: window) { a, b in
      out.append((timed[a].comment, timed[b].comment, timed[b].time - timed[a].time))
    }
    return out
  }

  /// `body(a, b)` for every pair of entries of `timed` (sorted by time) by different authors
  /// and within `window` of each other, `a` before `b`.
  /// - Complexity: O(n + P) for n entries and P pairs within the window.
  private static func forEachClosePair(
    _ timed: [(time: Int64, comment: Int, author: Int)], window: Int64,
    _ body: (Int, Int) -> Void
  ) {
    for a in timed.indices {
      var b = a + 1
      while b < timed.count, timed[b].time - timed[a].time <= window {
        if timed[a].author != timed[b].author { body(a, b) }
        b += 1
      }
    }
  }
}
