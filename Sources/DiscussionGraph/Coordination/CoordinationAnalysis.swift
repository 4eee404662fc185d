import Discussion

/// Which commenters act in concert: pairs who post in the same threads within minutes of each
/// other far more often than a null model that keeps each one's activity expects, with the
/// evidence of every pair (the comments, the minutes between them, their texts' similarity,
/// whether they reply to the same comment, near-identical texts elsewhere, look-alike names),
/// and the groups these pairs form.
///
/// Only co-activity is tested: for every pair of commenters co-active in at least one thread
/// (m pairs), the p-value of their count of co-active threads under ``CoActivityNull``
/// (conditional on being co-active at least once, the reason the pair is among the m),
/// multiplied by m (Bonferroni), must be at most `alpha`, and they must be co-active in at
/// least `minThreads` threads. Shared texts, same-target replies and names are evidence
/// shown beside the test, not tested themselves.
///
/// The signals follow the research on coordinated accounts (QUT's
/// coordination-network-toolkit; Pacheco et al., ICWSM 2021) and on paid trolls in Bulgarian
/// news forums (Mihaylov, Georgiev and Nakov, CoNLL 2015; Mihaylov and Nakov, ACL 2016).
public struct CoordinationAnalysis: Sendable {
  public struct Options: Sendable, Hashable {
    /// Seconds within which two comments count as together.
    public var window: Int64
    /// Family-wise error rate of the pairs declared coordinated.
    public var alpha: Double
    /// Co-active threads a pair needs at least, however small its p-value.
    public var minThreads: Int
    /// Words a text needs to be compared with others.
    public var minWords: Int
    /// Jaccard similarity of word 3-shingles from which two texts are near-identical.
    public var similarity: Double
    /// A near-identical text written by more commenters than this is a stock phrase.
    public var stockAuthors: Int

    public init(
      window: Int64 = 300, alpha: Double = 0.01, minThreads: Int = 3, minWords: Int = 6,
      similarity: Double = 0.5, stockAuthors: Int = 12
    ) {
      self.window = window
      self.alpha = alpha
      self.minThreads = minThreads
      self.minWords = minWords
      self.similarity = similarity
      self.stockAuthors = stockAuthors
    }
  }

  public let options: Options
  /// The significant pairs, by adjusted p-value, then by names.
  public let edges: [CoordinationEdge]
  /// Connected parts of the edges, largest first.
  public let groups: [CoordinationGroup]
  /// Pairs of commenters co-active in at least one thread: the number of tests (m).
  public let pairsTested: Int
  /// Pairs co-active in at least `minThreads` threads.
  public let candidatePairs: Int
  /// Pairs of near-identical texts by different commenters found in the corpus, and the
  /// stock phrases set aside.
  public let nearDuplicatePairs: Int
  public let stockPhrases: Int
  public let stockComments: Int
  /// Threads left out of the test because nearly all their pairs of comments lie within the
  /// window (one time for every comment): there, being together is no evidence.
  public let threadsTooDense: Int

  /// - Complexity: O(C log C + P log P + L + Σ (|T_u| + |T_v|)) for C comments, P pairs of
  ///   comments within the window, L bytes of text, and the thread lists of the candidate
  ///   pairs; the exact tail O(T·k) runs only for pairs whose Chernoff bound could be
  ///   significant.
  public init(corpus: Corpus, options: Options = Options()) {
    self.options = options
    let activity = CoActivity(corpus: corpus, window: options.window)
    threadsTooDense = activity.slots.count(where: \.isTooDense)
    // Co-active threads per pair: events (one a pair and thread) sorted by pair, then thread.
    var events = activity.events
    events.sort { ($0.key, $0.thread) < ($1.key, $1.thread) }
    var runs: [(key: UInt64, start: Int, end: Int, threads: Int)] = []
    var s = 0
    while s < events.count {
      var e = s + 1
      while e < events.count, events[e].key == events[s].key { e += 1 }
      runs.append((events[s].key, s, e, e - s))
      s = e
    }
    pairsTested = runs.count
    let candidates = runs.filter { $0.threads >= options.minThreads }
    candidatePairs = candidates.count
    // Each commenter's threads: (thread, timed comments there, the thread's close share).
    var threadsOf = [[(thread: Int32, comments: Int32)]](
      repeating: [], count: corpus.commenters.count)
    for (t, slots) in activity.slots.enumerated() {
      for c in slots.counts { threadsOf[Int(c.commenter)].append((Int32(t), c.comments)) }
    }
    let shares = activity.slots.map(\.closeShare)
    let commenterThreads = threadsOf
    let m = Double(max(1, pairsTested))
    let alpha = options.alpha
    let tested = concurrentMap(count: candidates.count) { k -> (Int, Int, Double, Double)? in
      let (u, v) = CoActivity.members(of: candidates[k].key)
      let (a, b) = (commenterThreads[u], commenterThreads[v])
      var probabilities: [Double] = []
      var i = 0
      var j = 0
      while i < a.count && j < b.count {
        if a[i].thread == b[j].thread {
          probabilities.append(
            CoActivityNull.probability(
              closeShare: shares[Int(a[i].thread)], Int(a[i].comments), Int(b[j].comments)))
          i += 1
          j += 1
        } else if a[i].thread < b[j].thread {
          i += 1
        } else {
          j += 1
        }
      }
      let observed = candidates[k].threads
      let expected = probabilities.reduce(0, +)
      // A pair is tested because it was together once: its p-value is conditional on that.
      let once = CoActivityNull.atLeastOnce(probabilities)
      guard once > 0,
        CoActivityNull.chernoffBound(atLeast: observed, mean: expected) / once * m <= alpha
      else { return nil }
      let p = min(1, CoActivityNull.tail(atLeast: observed, probabilities: probabilities) / once)
      return p * m <= alpha ? (k, probabilities.count, expected, p) : nil
    }
    let near = NearDuplicates(
      corpus: corpus, minWords: options.minWords, similarity: options.similarity,
      stockAuthors: options.stockAuthors)
    nearDuplicatePairs = near.pairs.count
    stockPhrases = near.stockPhrases
    stockComments = near.stockComments
    var textsOf: [UInt64: [SharedText]] = [:]
    for pair in near.pairs {
      guard
        let x = corpus.commenterIndex(
          thread: Int(pair.first.thread), comment: Int(pair.first.comment)),
        let y = corpus.commenterIndex(
          thread: Int(pair.second.thread), comment: Int(pair.second.comment))
      else { continue }
      textsOf[CoActivity.pairKey(x, y), default: []].append(
        SharedText(first: pair.first, second: pair.second, similarity: pair.similarity))
    }
    var found: [CoordinationEdge] = tested.compactMap { $0 }.map { k, shared, expected, p in
      let run = candidates[k]
      let (u, v) = CoActivity.members(of: run.key)
      let pairs = events[run.start..<run.end].flatMap { event in
        CoActivity.commentPairs(u, v, thread: Int(event.thread), of: corpus, window: options.window)
          .map { Self.pair(thread: Int(event.thread), $0, in: corpus, minWords: options.minWords) }
      }
      return CoordinationEdge(
        first: u, second: v, sharedThreads: shared, observed: run.threads, expected: expected,
        pValue: p, adjustedPValue: min(1, p * m), pairs: pairs,
        sharedTexts: (textsOf[run.key] ?? []).sorted {
          ($0.first, $0.second) < ($1.first, $1.second)
        })
    }
    let names = corpus.commenters.map(\.displayName)
    found.sort {
      ($0.adjustedPValue, $0.pValue, names[$0.first], names[$0.second])
        < ($1.adjustedPValue, $1.pValue, names[$1.first], names[$1.second])
    }
    edges = found
    groups = Self.groups(of: found, corpus: corpus)
  }

  private static func pair(
    thread t: Int, _ found: (first: Int, second: Int, seconds: Int64), in corpus: Corpus,
    minWords: Int
  ) -> CoordinatedPair {
    let thread = corpus.threads[t]
    let (i, j) = (found.first, found.second)
    let similarity = TextShingles.of(thread.comments[i].textUTF8, minWords: minWords).flatMap { x in
      TextShingles.of(thread.comments[j].textUTF8, minWords: minWords).map {
        TextShingles.jaccard(x, $0)
      }
    }
    let target = thread.replyTargetIndex[i]
    return CoordinatedPair(
      thread: t, firstComment: i, secondComment: j, seconds: Int(found.seconds),
      similarity: similarity, sameTarget: target != nil && target == thread.replyTargetIndex[j])
  }

  /// The connected parts of `edges`, largest first (then by smallest p-value, then names).
  private static func groups(of edges: [CoordinationEdge], corpus: Corpus) -> [CoordinationGroup] {
    var sets = DisjointSets(count: corpus.commenters.count)
    for e in edges { sets.union(e.first, e.second) }
    var byRoot: [Int: [Int]] = [:]
    for (k, e) in edges.enumerated() { byRoot[sets.find(e.first), default: []].append(k) }
    let names = corpus.commenters.map(\.displayName)
    var groups: [CoordinationGroup] = byRoot.values.map { edgeIndices in
      let members = Set(edgeIndices.flatMap { [edges[$0].first, edges[$0].second] })
        .sorted { (names[$0], $0) < (names[$1], $1) }
      var threads = Set<Int>()
      var times: [CommentTime] = []
      for k in edgeIndices {
        for p in edges[k].pairs {
          threads.insert(p.thread)
          for c in [p.firstComment, p.secondComment] {
            if let t = corpus.threads[p.thread].comments[c].time { times.append(t) }
          }
        }
      }
      var alike: [(Int, Int, NameLikeness.Reason)] = []
      for (x, a) in members.enumerated() {
        for b in members[(x + 1)...] {
          if let reason = NameLikeness.compare(names[a], names[b]) { alike.append((a, b, reason)) }
        }
      }
      return CoordinationGroup(
        number: 0, members: members, edges: edgeIndices.sorted(), threads: threads.sorted(),
        first: times.min(), last: times.max(),
        adjustedPValue: edgeIndices.map { edges[$0].adjustedPValue }.min() ?? 1, alikeNames: alike)
    }
    groups.sort {
      ($1.members.count, $0.adjustedPValue, names[$0.members[0]])
        < ($0.members.count, $1.adjustedPValue, names[$1.members[0]])
    }
    for k in groups.indices { groups[k].number = k + 1 }
    return groups
  }
}
