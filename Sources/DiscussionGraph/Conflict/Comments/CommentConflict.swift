import Discussion

/// The conflict signals of one comment: its votes, how divided they are, and how hostile and
/// loud its text is.
public struct CommentConflict: Sendable, Hashable {
  /// Index of the thread in the corpus, and of the comment in the thread.
  public var thread: Int
  public var comment: Int
  /// Index of the author in the corpus's commenters, or `nil` for a removed comment whose
  /// author is unknown.
  public var author: Int?
  /// Likes and dislikes (0 when the source gives none).
  public var likes: Int
  public var dislikes: Int
  /// Reddit's controversy, ``Controversy/reddit(likes:dislikes:)``.
  public var controversy: Double
  /// Hostility: the summed weights of the lexicon terms found (``matches``); 0 for none.
  public var hostility: Double
  /// The terms found, in text order, each with the text it matched.
  public var matches: [HostilityMatcher.Match]
  /// Shouting: upper-case letters / cased letters, 0 without cased letters.
  public var shouting: Double
  /// The longest run of `!` in the text.
  public var exclamationRun: Int
  public var isRemoved: Bool

  /// Likes − dislikes.
  public var score: Int { likes - dislikes }
  /// likes / (likes + dislikes); NaN without votes.
  public var voteShare: Double { Controversy.voteShare(likes: likes, dislikes: dislikes) }
  /// `true` when the text matched at least one lexicon term.
  public var isHostile: Bool { !matches.isEmpty }
  /// `true` when the text uses one of the lexicon's accusations (трол, копейка…): a reply
  /// that does accuses the commenter it replies to.
  public var isAccusation: Bool
  /// A comment outside the selected time window, kept as the target of a reply in it
  /// (``Discussion/Comment/isContext``): its signals are all zero and it is no source of any.
  public var isContext: Bool

  /// The signals of every comment of a corpus, thread by thread in corpus order; threads are
  /// scanned in parallel and the result does not depend on scheduling.
  ///
  /// - Complexity: O(L · t) for L characters of text and t the longest term; parallel.
  public static func all(in corpus: Corpus, matcher: HostilityMatcher) -> [[CommentConflict]] {
    let threads = corpus.threads
    return concurrentMap(count: threads.count) { t in
      threads[t].comments.enumerated().map { i, c in
        CommentConflict(
          thread: t, comment: i, comment: c, author: corpus.commenterIndex(thread: t, comment: i),
          matcher: matcher)
      }
    }
  }

  /// The signals of one comment.
  public init(
    thread: Int, comment index: Int, comment: Discussion.Comment, author: Int?,
    matcher: HostilityMatcher
  ) {
    self.thread = thread
    self.comment = index
    self.author = author
    isContext = comment.isContext
    guard !comment.isContext else {
      (likes, dislikes, controversy, hostility, matches) = (0, 0, 0, 0, [])
      (shouting, exclamationRun, isRemoved, isAccusation) = (0, 0, false, false)
      return
    }
    likes = max(0, comment.likes ?? 0)
    dislikes = max(0, comment.dislikes ?? 0)
    controversy = Controversy.reddit(likes: likes, dislikes: dislikes)
    let (matches, loudness) = comment.withTextUTF8 { text in
      (text.isEmpty ? [] : matcher.matches(inUTF8: text), Self.loudness(utf8: text))
    }
    self.matches = matches
    hostility = matches.reduce(0) { $0 + $1.weight }
    isAccusation = matcher.accuses(matches)
    (shouting, exclamationRun) = loudness
    isRemoved = comment.isRemoved
  }

  /// ``loudness(utf8:)`` of a String.
  static func loudness(_ text: String) -> (Double, Int) {
    var text = text
    return text.withUTF8 { loudness(utf8: $0) }
  }

  /// Shouting (share of upper-case letters among cased ones) and the longest `!` run, in one
  /// pass over valid UTF-8 (ASCII and Cyrillic by range, other scripts by Unicode properties).
  static func loudness(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (Double, Int) {
    var upper = 0
    var lower = 0
    var run = 0
    var longest = 0
    var i = 0
    let n = bytes.count
    while i < n {
      let v = decodeScalar(bytes, at: &i)
      if v == 33 {
        run += 1
        longest = max(longest, run)
        continue
      }
      run = 0
      if (v >= 65 && v <= 90) || (v >= 0x400 && v <= 0x42F) {
        upper += 1
      } else if (v >= 97 && v <= 122) || (v >= 0x430 && v <= 0x45F) {
        lower += 1
      } else if v >= 128, let u = Unicode.Scalar(v) {
        if u.properties.isUppercase {
          upper += 1
        } else if u.properties.isLowercase {
          lower += 1
        }
      }
    }
    let cased = upper + lower
    return (cased > 0 ? Double(upper) / Double(cased) : 0, longest)
  }
}
