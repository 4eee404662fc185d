import Discussion

/// Conflict measures of one thread, or of a whole corpus (``ConflictReport/summary``).
public struct ThreadConflict: Sendable, Hashable {
  /// The thread's index in the corpus; nil for a corpus summary.
  public var thread: Int?
  public var threads: Int
  public var comments: Int
  /// Moderation: comments removed by a moderator, their share of all comments, and replies
  /// whose target was a removed comment.
  public var removed: Int
  public var removedShare: Double
  public var repliesToRemoved: Int
  /// Reply-tree depth and width (``ReplyTree``; for a corpus, the largest over threads).
  public var depth: Int
  public var width: Int
  /// Structural virality (``ReplyTree/structuralVirality``; for a corpus, the mean over
  /// threads with comments).
  public var structuralVirality: Double
  /// Feuds, and the comments that belong to one over all comments.
  public var feuds: Int
  public var commentsInFeuds: Int
  public var feudShare: Double
  /// Reciprocity r = L↔ / L and Garlaschelli–Loffredo ρ of the commenter reply network
  /// (``Graph/reciprocity()``, ``Graph/reciprocityRho()``).
  public var reciprocity: Double
  public var reciprocityRho: Double
  /// Hostile comments, and their share of the comments with text.
  public var hostileComments: Int
  public var hostilityRate: Double
  /// Replies, and the hostile ones among them.
  public var replies: Int
  public var hostileReplies: Int
  /// Structural balance of the signed commenter network.
  public var balance: StructuralBalance
  /// The two-sided split and its polarisation; nil when not computed, or not measured
  /// (``polarisationNotMeasured``).
  public var polarisation: Polarisation?
  /// Why the camps were not measured (``MeasurementMinimums/polarisationCommenters``), when
  /// they were asked for and the largest component is too small; nil otherwise.
  public var polarisationNotMeasured: String?

  /// Measures the given threads (one thread: a per-thread row; all: a corpus summary).
  /// `signed` is the signed network over the same threads.
  ///
  /// - Complexity: O(C) for C comments in the threads, plus the triangle count and, when
  ///   `polarisation` is given, the components and (on a large enough one) the polarisation
  ///   and its null model.
  public init(
    corpus: Corpus, threads selected: [Int], comments signals: [[CommentConflict]],
    feuds feudList: [Feud],
    signed: SignedNetwork, polarisation options: Polarisation.Options?
  ) {
    thread = selected.count == 1 ? selected[0] : nil
    threads = selected.count
    var total = 0
    var removed = 0
    var repliesToRemoved = 0
    var withText = 0
    var hostile = 0
    var viralitySum = 0.0
    var viralityCount = 0
    var depth = 0
    var width = 0
    for t in selected {
      let thread = corpus.threads[t]
      for (i, c) in thread.comments.enumerated() where !c.isContext {
        total += 1
        if c.isRemoved { removed += 1 }
        if let target = thread.replyTargetIndex[i], thread.comments[target].isRemoved {
          repliesToRemoved += 1
        }
        if !c.isRemoved && !c.textUTF8.isEmpty { withText += 1 }
        if signals[t][i].isHostile { hostile += 1 }
      }
      let tree = ReplyTree(thread)
      depth = max(depth, tree.depth)
      width = max(width, tree.width)
      if !tree.structuralVirality.isNaN {
        viralitySum += tree.structuralVirality
        viralityCount += 1
      }
    }
    let chosen = Set(selected)
    var inFeuds = Set<SIMD2<Int>>()
    var feudCount = 0
    for feud in feudList where chosen.contains(feud.thread) {
      feudCount += 1
      for c in feud.comments { inFeuds.insert(SIMD2(feud.thread, c)) }
    }
    comments = total
    self.removed = removed
    removedShare = total > 0 ? Double(removed) / Double(total) : .nan
    self.repliesToRemoved = repliesToRemoved
    self.depth = depth
    self.width = width
    structuralVirality = viralityCount > 0 ? viralitySum / Double(viralityCount) : .nan
    feuds = feudCount
    commentsInFeuds = inFeuds.count
    feudShare = total > 0 ? Double(inFeuds.count) / Double(total) : .nan
    let replyGraph = signed.replyGraph
    reciprocity = replyGraph.reciprocity()
    reciprocityRho = replyGraph.reciprocityRho()
    hostileComments = hostile
    hostilityRate = withText > 0 ? Double(hostile) / Double(withText) : .nan
    replies = signed.edges.reduce(0) { $0 + $1.replies }
    hostileReplies = signed.edges.reduce(0) { $0 + $1.hostileReplies }
    balance = StructuralBalance(signed)
    let undirected = signed.undirectedGraph
    if let options {
      let components = undirected.weaklyConnectedComponents()
      let largest = components.largest.map { components.sizes[$0] } ?? 0
      polarisationNotMeasured = MeasurementMinimums.polarisation(largestComponent: largest)
      // Not measured on a component too small: no null model run for a number not shown.
      polarisation =
        polarisationNotMeasured == nil ? Polarisation(graph: undirected, options: options) : nil
    }
  }
}
