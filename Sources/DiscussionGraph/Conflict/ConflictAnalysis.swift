import Discussion

/// The conflict analysis every view of a corpus's conflict starts from, built once: each
/// comment's signals (``CommentConflict``: controversy, hostility and the terms it matched,
/// loudness), the signed commenter network (``SignedNetwork``) and the feuds (``Feud``).
///
/// `replynet conflict` (through ``ConflictReport``), the diagrams' conflict marks, the export
/// columns, the report and the benchmarks all read this one value, so that they cannot
/// disagree about what is hostile or who feuds.
///
/// ```swift
/// let analysis = ConflictAnalysis(corpus: corpus)
/// analysis.feuds.first?.turns   // the longest back-and-forth
/// ```
public struct ConflictAnalysis: Sendable {
  public let corpus: Corpus
  public let matcher: HostilityMatcher
  /// Per comment, indexed [thread][comment].
  public let comments: [[CommentConflict]]
  /// The signed commenter network of the corpus (nodes = the corpus's commenters).
  public let signed: SignedNetwork
  /// Feuds, ranked (``Feud/find(in:comments:)``).
  public let feuds: [Feud]

  /// - Complexity: O(*T* · *L*) for the hostility scan of *T* text bytes against a lexicon of
  ///   *L* terms' first letters (``HostilityMatcher``), plus O(*C* + *E* log *E*) for the
  ///   signed network and the feuds of *C* comments and *E* signed edges.
  public init(corpus: Corpus, lexicon: HostilityLexicon = .bulgarian) {
    self.corpus = corpus
    matcher = HostilityMatcher(lexicon: lexicon)
    comments = CommentConflict.all(in: corpus, matcher: matcher)
    signed = SignedNetwork(corpus: corpus, comments: comments)
    feuds = Feud.find(in: corpus, comments: comments)
  }
}
