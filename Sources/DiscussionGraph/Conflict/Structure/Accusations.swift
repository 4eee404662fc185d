import Discussion

/// Who is called a troll or paid, and by how many different people: for each commenter, the
/// distinct other commenters who replied to one of their comments with one of the lexicon's
/// `[accusation]` terms (трол, копейка, соросоид…). The signal that Mihaylov, Georgiev and
/// Nakov ("Finding Opinion Manipulation Trolls in News Community Forums", CoNLL 2015) found to
/// mark paid opinion manipulators, counted by accusers, not replies, so that one person's
/// campaign counts once.
public enum Accusations {
  /// Accusers of each commenter (corpus order), given which comments accuse:
  /// `isAccusation(thread, comment)`.
  /// - Complexity: O(C) for C comments (expected, for the set of accuser pairs).
  public static func accusedBy(
    corpus: Corpus, isAccusation: (_ thread: Int, _ comment: Int) -> Bool
  ) -> [Int] {
    var counts = [Int](repeating: 0, count: corpus.commenters.count)
    var seen = Set<Int64>()
    for (t, thread) in corpus.threads.enumerated() {
      for (i, target) in thread.replyTargetIndex.enumerated() {
        guard let target, !thread.comments[i].isContext, isAccusation(t, i),
          let accuser = corpus.commenterIndex(thread: t, comment: i),
          let accused = corpus.commenterIndex(thread: t, comment: target), accused != accuser,
          seen.insert(Int64(accused) << 32 | Int64(accuser)).inserted
        else { continue }
        counts[accused] += 1
      }
    }
    return counts
  }

  /// The same, scanning only the replies' texts with `matcher` (in parallel over threads), for
  /// a front end that has not run the whole conflict analysis (`replynet stats`).
  /// - Complexity: O(L · t) for L characters of replies' text and t the longest term.
  public static func accusedBy(corpus: Corpus, matcher: HostilityMatcher) -> [Int] {
    let entries = matcher.lexicon.entries
    let accusing = concurrentMap(count: corpus.threads.count) { t -> Set<Int> in
      let thread = corpus.threads[t]
      var out = Set<Int>()
      for (i, target) in thread.replyTargetIndex.enumerated() where target != nil {
        let text = thread.comments[i].text
        if !text.isEmpty,
          matcher.matches(in: text).contains(where: { entries[$0.entry].isAccusation })
        {
          out.insert(i)
        }
      }
      return out
    }
    return accusedBy(corpus: corpus) { accusing[$0].contains($1) }
  }
}
