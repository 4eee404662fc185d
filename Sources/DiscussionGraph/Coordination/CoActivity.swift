import Discussion

/// Pairs of commenters posting in the same thread within a time window of each other, the
/// first of the coordination signals (co-activity, as QUT's coordination-network-toolkit and
/// Pacheco et al., "Uncovering Coordinated Networks on Social Media", ICWSM 2021, build it
/// for tweets), counted per thread.
///
/// Two comments written by people who reply to each other anywhere in that thread are a
/// conversation, not a coordination: such pairs are left out of that thread's count.
struct CoActivity: Sendable {
  /// One pair of comments within the window in one thread: `key` names the commenters
  /// (``pairKey(_:_:)``), `first` and `second` are comment indices, `first` written first.
  struct Event: Sendable {
    var key: UInt64
    var thread: Int32
    var first: Int32
    var second: Int32
    var seconds: Int32
  }

  /// What the null model needs of one thread: the share of its pairs of timed comments that
  /// lie within the window, and how many timed comments each of its commenters wrote.
  struct ThreadSlots: Sendable {
    var closeShare: Double
    var counts: [(commenter: Int32, comments: Int32)]
  }

  let events: [Event]
  let slots: [ThreadSlots]

  /// - Complexity: O(C log C + P) for C comments and P pairs of comments within the window
  ///   (P is O(C²) in the worst case: a whole thread inside one window); threads run in
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
    var events: [Event] = []
    var close = 0
    for a in timed.indices {
      var b = a + 1
      while b < timed.count, timed[b].time - timed[a].time <= window {
        close += 1
        if timed[a].author != timed[b].author {
          let key = pairKey(timed[a].author, timed[b].author)
          if !talking.contains(key) {
            events.append(
              Event(
                key: key, thread: Int32(t), first: Int32(timed[a].comment),
                second: Int32(timed[b].comment),
                seconds: Int32(clamping: timed[b].time - timed[a].time)))
          }
        }
        b += 1
      }
    }
    var counts: [Int: Int32] = [:]
    for c in timed { counts[c.author, default: 0] += 1 }
    let n = Double(timed.count)
    let share = timed.count < 2 ? 0 : Double(close) / (n * (n - 1) / 2)
    return (
      events,
      ThreadSlots(
        closeShare: share,
        counts: counts.map { (Int32($0.key), $0.value) }.sorted { $0.commenter < $1.commenter })
    )
  }
}
