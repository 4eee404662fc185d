import Discussion

/// Everything `replynet conflict` reports about one corpus: per comment, per feud, per
/// commenter, per thread and for the whole corpus, built on its ``ConflictAnalysis``
/// (definitions: README, "replynet conflict").
///
/// ```swift
/// let report = ConflictReport(corpus: corpus, options: .init(rewirings: 1000, seed: 7))
/// report.feuds.first?.turns   // the longest back-and-forth
/// ```
public struct ConflictReport: Sendable {
  public struct Options: Sendable {
    public var lexicon: HostilityLexicon
    /// Null-model samples for the p-values of the corpus's polarisation.
    public var rewirings: Int
    public var seed: UInt64
    /// Also split and measure each thread's own commenter network.
    public var threadPolarisation: Bool
    /// Null-model samples for each thread's polarisation (0: no per-thread p-values). Costs
    /// one Louvain run per sample and thread, so it is off by default.
    public var threadRewirings: Int

    public init(
      lexicon: HostilityLexicon = .bulgarian, rewirings: Int = 1000, seed: UInt64 = 0,
      threadPolarisation: Bool = true, threadRewirings: Int = 0
    ) {
      self.lexicon = lexicon
      self.rewirings = rewirings
      self.seed = seed
      self.threadPolarisation = threadPolarisation
      self.threadRewirings = threadRewirings
    }
  }

  /// The comments' signals, the signed network and the feuds.
  public let analysis: ConflictAnalysis
  public var corpus: Corpus { analysis.corpus }
  public var matcher: HostilityMatcher { analysis.matcher }
  /// Per comment, indexed [thread][comment].
  public var comments: [[CommentConflict]] { analysis.comments }
  /// The signed commenter network of the corpus (nodes = the corpus's commenters).
  public var signed: SignedNetwork { analysis.signed }
  /// Feuds, ranked (``Feud/find(in:comments:)``).
  public var feuds: [Feud] { analysis.feuds }
  /// Per thread, in corpus order.
  public let threads: [ThreadConflict]
  /// The corpus as a whole; its ``ThreadConflict/polarisation`` gives the camps.
  public let summary: ThreadConflict
  /// Per commenter, in corpus order.
  public let commenters: [CommenterConflict]

  /// The camps: the corpus's two-sided split.
  public var camps: Polarisation? { summary.polarisation }

  /// The report of `corpus`, its analysis made with `options.lexicon`.
  public init(corpus: Corpus, options: Options = Options()) {
    self.init(
      analysis: ConflictAnalysis(corpus: corpus, lexicon: options.lexicon), options: options)
  }

  /// The report of an analysis already made (`options.lexicon` is then not used).
  ///
  /// - Complexity: the analysis's, plus the threads' and the corpus's measures (reply trees
  ///   with a sort of each thread's comments, O(*C* log *C*)), plus the polarisation null
  ///   models: O(*R* · *B*) for *R* rewirings of a bisection costing *B* each
  ///   (``Polarisation``); threads are measured in parallel.
  public init(analysis: ConflictAnalysis, options: Options = Options()) {
    self.analysis = analysis
    let corpus = analysis.corpus
    let comments = analysis.comments
    let signed = analysis.signed
    let feuds = analysis.feuds
    let polarisation = Polarisation.Options(rewirings: options.rewirings, seed: options.seed)
    var whole = ThreadConflict(
      corpus: corpus, threads: Array(corpus.threads.indices), comments: comments, feuds: feuds,
      signed: signed, polarisation: polarisation)
    whole.thread = nil  // a summary, even of a one-thread corpus
    summary = whole
    var feudsByThread = [[Feud]](repeating: [], count: corpus.threads.count)
    for feud in feuds { feudsByThread[feud.thread].append(feud) }
    let byThread = feudsByThread
    threads = concurrentMap(count: corpus.threads.count) { t in
      let local = SignedNetwork.thread(t, of: corpus, comments: comments)
      var threadOptions = polarisation
      threadOptions.rewirings = options.threadRewirings
      threadOptions.seed = options.seed &+ UInt64(t + 1) &* 0x9E37_79B9_7F4A_7C15
      return ThreadConflict(
        corpus: corpus, threads: [t], comments: comments, feuds: byThread[t],
        signed: local.network,
        polarisation: options.threadPolarisation ? threadOptions : nil)
    }
    commenters = CommenterConflict.all(
      corpus: corpus, comments: comments, signed: signed, feuds: feuds,
      camps: summary.polarisation)
  }
}
