import Discussion

/// Who is called a troll or paid, and by how many different people: for each commenter, the
/// distinct other commenters who replied to one of their comments with one of the lexicon's
/// `[accusation]` terms (трол, копейка, соросоид…). The signal that Mihaylov, Georgiev and
/// Nakov ("Finding Opinion Manipulation Trolls in News Community Forums", CoNLL 2015) found to
/// mark paid opinion manipulators, counted by accusers, not replies, so that one person's
/// campaign counts once.
public enum Accusations {
  /// Accusers of each commenter (skeleton order), given which comments accuse:
  /// `isAccusation(thread, comment)`.
  /// - Complexity: O(C) for C comments (expected, for the set of accuser pairs).
  public static func accusedBy(
    skeleton: CorpusSkeleton, isAccusation: (_ thread: Int, _ comment: Int) -> Bool
  ) -> [Int] {
    var accusers = DistinctAccusers(commenters: skeleton.commenters.count)
    for t in 0..<skeleton.threadCount {
      let comments = skeleton.comments(ofThread: t)
      for c in comments where skeleton.targets[c] >= 0 {
        guard !skeleton.flags[c].contains(.context), isAccusation(t, c - comments.lowerBound)
        else { continue }
        accusers.add(
          skeleton.author(c),
          accusing: skeleton.author(comments.lowerBound + Int(skeleton.targets[c])))
      }
    }
    return accusers.counts
  }

  /// The same for a corpus held whole, read from its threads and its authors' indices (the
  /// same commenters in the same order as its skeleton's).
  /// - Complexity: O(C) for C comments (expected).
  public static func accusedBy(
    corpus: Corpus, isAccusation: (_ thread: Int, _ comment: Int) -> Bool
  ) -> [Int] {
    var accusers = DistinctAccusers(commenters: corpus.commenters.count)
    for (t, thread) in corpus.threads.enumerated() {
      for (i, target) in thread.replyTargetIndex.enumerated() {
        guard let target, !thread.comments[i].isContext, isAccusation(t, i) else { continue }
        accusers.add(
          corpus.commenterIndex(thread: t, comment: i),
          accusing: corpus.commenterIndex(thread: t, comment: target))
      }
    }
    return accusers.counts
  }

  /// The accusers of each commenter from the accusing replies the skeleton's lexicon marked
  /// (``CorpusSkeleton/Builder/init(identity:mentions:accusations:)``), for a front end that
  /// has not run the whole conflict analysis (`replynet stats`).
  /// - Complexity: O(C) for C comments; the texts were scanned when the skeleton was made.
  public static func accusedBy(skeleton: CorpusSkeleton) -> [Int] {
    precondition(skeleton.hasAccusations, "a skeleton made with a lexicon")
    return accusedBy(skeleton: skeleton) { t, i in
      skeleton.flags[skeleton.firstComment[t] + i].contains(.accusation)
    }
  }
}

/// Per commenter, the distinct others who accused them: each (accused, accuser) pair counts once.
private struct DistinctAccusers {
  private(set) var counts: [Int]
  private var seen = Set<Int64>()

  init(commenters: Int) { counts = [Int](repeating: 0, count: commenters) }

  /// Counts `accuser` for `accused` unless either is unknown, they are the same commenter, or
  /// the pair was counted before.
  mutating func add(_ accuser: Int?, accusing accused: Int?) {
    guard let accuser, let accused, accused != accuser,
      seen.insert(Int64(accused) << 32 | Int64(accuser)).inserted
    else { return }
    counts[accused] += 1
  }
}
