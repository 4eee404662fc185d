import Discussion

/// How a comment section moves over time: per hour, day or week, its comments, commenters
/// (and those who wrote for the first time), replies, removals, hostile share, median reply
/// delay and active threads; per thread its lifetime and the half-life of its activity.
///
/// Periods are local to each comment (the UTC offset its source gave: a fakti.bg day is a
/// Sofia day on either side of a daylight-saving change); weeks start on Monday (ISO 8601).
/// Every period from the first comment's to the last's is listed, empty ones too, so the
/// series is regular. Comments without a time are counted in ``undated`` and in no period.
public struct Timeline: Sendable {
  /// The length of a period.
  public enum Period: String, CaseIterable, Sendable {
    case hour, day, week
  }

  /// One period's counts.
  public struct Bucket: Sendable, Hashable {
    /// The period's start, local time, as `2025-10-17 14:00` (hour), `2025-10-17` (day) or
    /// the Monday `2025-10-13` (week).
    public var label: String
    public var comments = 0
    /// Distinct authors of the period's comments (unknown authors not counted).
    public var commenters = 0
    /// Commenters whose first dated comment in the corpus is in this period.
    public var newCommenters = 0
    /// Comments whose reply target is in the copy.
    public var replies = 0
    /// Comments removed by a moderator.
    public var removed = 0
    /// Comments with text, and those among them that match the hostility lexicon.
    public var withText = 0
    public var hostile = 0
    /// Median seconds from a reply's target to the reply, over the period's replies whose
    /// target has a time; nil when there is none.
    public var medianReplyDelay: Double?
    /// Threads with a comment in the period.
    public var threadsActive = 0

    /// hostile / withText; NaN without text.
    public var hostileShare: Double { withText > 0 ? Double(hostile) / Double(withText) : .nan }
  }

  /// One thread's lifetime.
  public struct ThreadLife: Sendable, Hashable {
    /// Index of the thread in the corpus.
    public var thread: Int
    /// Comments with a time.
    public var comments: Int
    public var first: CommentTime?
    public var last: CommentTime?
    /// Seconds from the first comment until half of the thread's dated comments had been
    /// written (the ⌈n/2⌉-th in time order): how fast the discussion burns out. Nil without a
    /// dated comment.
    public var halfLife: Int64?

    /// Seconds from the first comment to the last; nil without a dated comment.
    public var lifetime: Int64? {
      guard let first, let last else { return nil }
      return last.epochSeconds - first.epochSeconds
    }
  }

  public let period: Period
  public let buckets: [Bucket]
  public let threads: [ThreadLife]
  /// Comments without a time.
  public let undated: Int
  /// Whether hostility was measured (a matcher was given).
  public let measuresHostility: Bool

  /// The timeline of `corpus` by `period`, with hostile shares when `matcher` is given.
  /// - Complexity: O(*C* log *C*) for *C* comments (each thread's times are sorted), plus the
  ///   hostility scan of every text and O(*P*) for *P* periods from the first to the last.
  public init(corpus: Corpus, period: Period, matcher: HostilityMatcher? = nil) {
    self.period = period
    measuresHostility = matcher != nil
    let hostile = matcher.map { m in
      CommentConflict.all(in: corpus, matcher: m).map { $0.map(\.isHostile) }
    }
    // Each dated comment's period key; the commenter's first dated comment.
    var keys: [[Int64?]] = []
    var firstKey = [Int64?](repeating: nil, count: corpus.commenters.count)
    var undated = 0
    for (t, thread) in corpus.threads.enumerated() {
      var threadKeys: [Int64?] = []
      threadKeys.reserveCapacity(thread.comments.count)
      for (k, comment) in thread.comments.enumerated() {
        // A comment outside the time window (context) is in no period.
        if comment.isContext {
          threadKeys.append(nil)
          continue
        }
        guard let time = comment.time else {
          undated += 1
          threadKeys.append(nil)
          continue
        }
        let key = Self.key(time, period)
        threadKeys.append(key)
        if let who = corpus.commenterIndex(thread: t, comment: k) {
          firstKey[who] = min(firstKey[who] ?? key, key)
        }
      }
      keys.append(threadKeys)
    }
    self.undated = undated
    let all = keys.joined().compactMap { $0 }
    guard let low = all.min(), let high = all.max() else {
      buckets = []
      threads = corpus.threads.indices.map {
        ThreadLife(thread: $0, comments: 0, first: nil, last: nil, halfLife: nil)
      }
      return
    }
    let count = Int(high - low) + 1
    var buckets = (0..<count).map { Bucket(label: Self.label(low + Int64($0), period)) }
    var authors = [Set<Int>](repeating: [], count: count)
    var delays = [[Double]](repeating: [], count: count)
    var lastThread = [Int](repeating: -1, count: count)
    for (t, thread) in corpus.threads.enumerated() {
      for (k, comment) in thread.comments.enumerated() {
        guard let key = keys[t][k] else { continue }
        let b = Int(key - low)
        buckets[b].comments += 1
        if let who = corpus.commenterIndex(thread: t, comment: k) { authors[b].insert(who) }
        if comment.isRemoved { buckets[b].removed += 1 }
        if !comment.textUTF8.isEmpty {
          buckets[b].withText += 1
          if hostile?[t][k] == true { buckets[b].hostile += 1 }
        }
        if let target = thread.replyTargetIndex[k] {
          buckets[b].replies += 1
          if let a = thread.comments[target].time, let time = comment.time {
            delays[b].append(Double(time.epochSeconds - a.epochSeconds))
          }
        }
        if lastThread[b] != t {
          lastThread[b] = t
          buckets[b].threadsActive += 1
        }
      }
    }
    for key in firstKey.compactMap({ $0 }) { buckets[Int(key - low)].newCommenters += 1 }
    for b in buckets.indices {
      buckets[b].commenters = authors[b].count
      buckets[b].medianReplyDelay = Self.median(delays[b])
    }
    self.buckets = buckets
    threads = corpus.threads.enumerated().map { t, thread in
      let times = thread.comments.filter { !$0.isContext }.compactMap(\.time).sorted()
      guard let first = times.first, let last = times.last else {
        return ThreadLife(thread: t, comments: 0, first: nil, last: nil, halfLife: nil)
      }
      let half = times[(times.count + 1) / 2 - 1]
      return ThreadLife(
        thread: t, comments: times.count, first: first, last: last,
        halfLife: half.epochSeconds - first.epochSeconds)
    }
  }

  /// The earliest and the latest comment time of `corpus`; nil when no comment has a time.
  /// - Complexity: O(*C*) for *C* comments.
  public static func span(of corpus: Corpus) -> (first: CommentTime, last: CommentTime)? {
    span(of: corpus.threads)
  }

  /// The earliest and the latest comment time of `threads` (comments kept only as context of
  /// a time window not counted); nil when no comment has a time.
  /// - Complexity: O(*C*) for *C* comments.
  public static func span(of threads: some Sequence<CommentThread>) -> (
    first: CommentTime, last: CommentTime
  )? {
    var first: CommentTime?
    var last: CommentTime?
    for thread in threads {
      for comment in thread.comments where !comment.isContext {
        guard let t = comment.time else { continue }
        if first == nil || t < first! { first = t }
        if last == nil || last! < t { last = t }
      }
    }
    guard let first, let last else { return nil }
    return (first, last)
  }

  /// The periods from the one holding `first` to the one holding `last`, both counted: how
  /// many rows a timeline of that span has (a time far out, a placeholder `0001-01-01`, makes
  /// millions).
  public static func periods(from first: CommentTime, to last: CommentTime, by period: Period)
    -> Int64
  {
    key(last, period) - key(first, period) + 1
  }

  /// The period a time falls in: hours, days or Monday-based weeks since the epoch, local.
  static func key(_ time: CommentTime, _ period: Period) -> Int64 {
    let local = time.epochSeconds + Int64(time.utcOffsetSeconds)
    let days = floorDiv(local, 86_400)
    switch period {
    case .hour: return floorDiv(local, 3_600)
    case .day: return days
    // 1970-01-01 was a Thursday: day 0 is the fourth day of week 0 (Monday-based).
    case .week: return floorDiv(days + 3, 7)
    }
  }

  static func label(_ key: Int64, _ period: Period) -> String {
    func date(_ seconds: Int64) -> String {
      CommentTime(epochSeconds: seconds, utcOffsetSeconds: 0).iso8601
    }
    switch period {
    case .hour: return String(date(key * 3_600).prefix(13)).replacing("T", with: " ") + ":00"
    case .day: return String(date(key * 86_400).prefix(10))
    case .week: return String(date((key * 7 - 3) * 86_400).prefix(10))
    }
  }

  static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    a >= 0 ? a / b : -((-a + b - 1) / b)
  }

  /// The median (the mean of the two middle values for an even count); nil when empty.
  static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }
}
