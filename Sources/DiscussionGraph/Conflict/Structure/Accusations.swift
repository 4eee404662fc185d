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
    var counts = [Int](repeating: 0, count: skeleton.commenters.count)
    var seen = Set<Int64>()
    for t in 0..<skeleton.threadCount {
      let comments = skeleton.comments(ofThread: t)
      for c in comments where skeleton.targets[c] >= 0 {
        guard !skeleton.flags[c].contains(.context),
          isAccusation(t, c - comments.lowerBound),
          let accuser = skeleton.author(c),
          let accused = skeleton.author(comments.lowerBound + Int(skeleton.targets[c])),
          accused != accuser,
          seen.insert(Int64(accused) << 32 | Int64(accuser)).inserted
        else { continue }
        counts[accused] += 1
      }
    }
    return counts
  }

  /// The same for a corpus held whole.
  public static func accusedBy(
    corpus: Corpus, isAccusation: (_ thread: Int, _ comment: Int) -> Bool
  ) -> [Int] {
    accusedBy(skeleton: CorpusSkeleton(corpus, mentions: false), isAccusation: isAccusation)
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
