import Discussion
import DiscussionGraph

/// What `replynet render` draws.
public enum DiagramView: String, CaseIterable, Sendable {
  /// The comment-level reply tree of one thread (``ThreadView``).
  case thread
  /// The reply network between commenters (``NetworkView``).
  case replies
  /// The mention network between commenters.
  case mentions
  /// Replies and mentions together.
  case combined
  /// The groups of commenters who post together (``CoordinationDiagram``).
  case coordination

  /// The commenter network a network view draws; nil for the thread and coordination views.
  public var networkKind: NetworkKind? {
    switch self {
    case .thread, .coordination: nil
    case .replies: .reply
    case .mentions: .mention
    case .combined: .combined
    }
  }
}

/// One diagram request, with every option of `replynet render`: a view, its options, and
/// how to draw a whole corpus or each of its threads.
public struct DiagramRequest: Sendable {
  public var view: DiagramView
  /// Thread view: leave out comments in no reply chain.
  public var repliesOnly: Bool
  /// Network views: node size metric.
  public var sizeMetric: String
  public var pruning: NetworkPruning
  public var layout: LayoutChoice
  public var limits: DiagramLimits
  /// Seed for community detection.
  public var seed: UInt64
  /// Conflict figures given as they are; nil: from ``conflictLexicon``, else controversy
  /// from votes (thread view) or none (network views).
  public var marks: ConflictMarks?
  /// Draw the conflict analysis (``DiscussionGraph/ConflictAnalysis``) with this lexicon:
  /// made for the corpus a diagram draws, and only once it is known to be drawable, so that a
  /// network too large to draw costs no hostility scan (nil: no analysis).
  public var conflictLexicon: HostilityLexicon?

  public init(
    view: DiagramView, repliesOnly: Bool = false, sizeMetric: String = "pagerank",
    pruning: NetworkPruning = NetworkPruning(), layout: LayoutChoice = .automatic,
    limits: DiagramLimits = DiagramLimits(), seed: UInt64 = 0, marks: ConflictMarks? = nil,
    conflictLexicon: HostilityLexicon? = nil
  ) {
    self.conflictLexicon = conflictLexicon
    self.view = view
    self.repliesOnly = repliesOnly
    self.sizeMetric = sizeMetric
    self.pruning = pruning
    self.layout = layout
    self.limits = limits
    self.seed = seed
    self.marks = marks
  }

  /// The diagram of a whole corpus: for the thread view the corpus must hold one thread.
  ///
  /// - Throws: ``DiagramError`` (``DiagramError/Kind/noSuchThread`` when the thread view gets
  ///   other than one thread).
  public func diagram(corpus: Corpus) throws(DiagramError) -> Diagram {
    if view == .coordination {
      return try CoordinationDiagram(layout: layout, limits: limits).diagram(
        corpus: corpus, title: Self.title(of: corpus) + ": coordination")
    }
    guard let kind = view.networkKind else {
      guard corpus.threads.count == 1 else {
        throw DiagramError(
          kind: .noSuchThread,
          message: "the thread view draws one thread, and the input holds "
            + "\(corpus.threads.count); use --each-thread DIR for one diagram per thread")
      }
      return try threadView(corpus).diagram(corpus: corpus, thread: 0)
    }
    return try networkView(kind).diagram(corpus: corpus, title: Self.title(of: corpus))
  }

  /// A diagram's title: the thread's, or how many threads.
  static func title(of corpus: Corpus) -> String {
    corpus.threads.count == 1
      ? Excerpt.name(corpus.threads[0].title ?? "Thread \(corpus.threads[0].id)", limit: 160)
      : "\(corpus.threads.count) threads"
  }

  /// The diagram of thread `t` alone (for network views: the network of that thread's
  /// commenters, identities as in `corpus`).
  public func diagram(corpus: Corpus, thread t: Int) throws(DiagramError) -> Diagram {
    guard corpus.threads.indices.contains(t) else {
      throw DiagramError(
        kind: .noSuchThread, message: "no thread \(t); the corpus has \(corpus.threads.count)")
    }
    // The thread alone, as a corpus of its own: its diagram (and its conflict analysis) costs
    // what the thread does, not what the corpus does.
    let single = Corpus(threads: [corpus.threads[t]], identity: corpus.identity)
    return try diagram(corpus: single)
  }

  /// A file name stem for thread `id`: letters, digits, `-`, `_` and `.` kept (any script),
  /// everything else `_`; never empty, never starting with a dot, at most 120 characters and
  /// 200 bytes of UTF-8 (file systems allow 255 bytes a name, with room for "-2.svg").
  public static func fileStem(forThread id: String) -> String {
    var stem = ""
    var bytes = 0
    for c in id.prefix(120) {
      let kept: Character =
        c.isLetter || c.isNumber || c == "-" || c == "_" || c == "." ? c : "_"
      bytes += kept.utf8.count
      if bytes > 200 { break }
      stem.append(kept)
    }
    while stem.hasPrefix(".") { stem = "_" + stem.dropFirst() }
    return stem.isEmpty ? "thread" : stem
  }

  /// ``fileStem(forThread:)`` of each id, made unique by "-2", "-3"… in order (comparing
  /// without case, for case-insensitive file systems).
  public static func fileStems(forThreads ids: [String]) -> [String] {
    var used: Set<String> = []
    return ids.map { id in
      let base = fileStem(forThread: id)
      var stem = base
      var n = 1
      while used.contains(stem.lowercased()) {
        n += 1
        stem = "\(base)-\(n)"
      }
      used.insert(stem.lowercased())
      return stem
    }
  }

  private func threadView(_ corpus: Corpus) -> ThreadView {
    let analysed = conflictLexicon.map {
      ConflictMarks.analysis(ConflictAnalysis(corpus: corpus, lexicon: $0))
    }
    return ThreadView(
      repliesOnly: repliesOnly, marks: marks ?? analysed, layout: layout, limits: limits)
  }

  private func networkView(_ kind: NetworkKind) -> NetworkView {
    NetworkView(
      kind: kind, sizeMetric: sizeMetric, pruning: pruning, marks: marks ?? .none,
      conflictLexicon: marks == nil ? conflictLexicon : nil, layout: layout, limits: limits,
      statistics: .init(seed: seed))
  }
}
