import Discussion
import DiscussionGraph
import Findings
import Foundation
import GraphExport
import GraphRendering

/// `replynet report`: one self-contained HTML file (styles, script, diagrams and data inline,
/// nothing fetched to view it) with what was read, the commenter network drawn, the commenter
/// table, the conflict findings with their arithmetic, the coordinated groups (``Findings/CoordinationView``), and charts of activity, degree, reply
/// delay and votes. Every number comes from the libraries the command line uses
/// (``Findings/StatsView``, ``Findings/ConflictTables``, ``Findings/ConflictExplanations``,
/// ``GraphRendering/DiagramRequest``): the report and `replynet` say the same.
///
/// Safety: every piece of user text is escaped for its context (``HTMLEscaping``), and a
/// Content-Security-Policy allows only the report's own style and script, by hash.
public enum Report {
  /// What the report is built from.
  public struct Input: Sendable {
    public var corpus: Corpus
    public var integrity: IntegritySummary
    /// Inputs that could not be read, as their messages.
    public var errors: [String]
    public var provenance: Provenance
    public var options: Options

    public init(
      corpus: Corpus, integrity: IntegritySummary, errors: [String], provenance: Provenance,
      options: Options
    ) {
      self.corpus = corpus
      self.integrity = integrity
      self.errors = errors
      self.provenance = provenance
      self.options = options
    }
  }

  /// The analyses' options, as `stats`, `conflict` and `render` take them.
  public struct Options: Sendable {
    public var lexicon: HostilityLexicon
    public var network: NetworkKind
    public var sizeBy: String
    public var rewirings: Int
    /// Communities, sampling and their seed, as `replynet stats` takes them; the seed is the
    /// null model's and the diagram's too.
    public var statistics: CommenterStatistics.Options
    public var limits: DiagramLimits
    /// Rows in each conflict list (comments, feuds, lightning rods).
    public var top: Int

    public init(
      lexicon: HostilityLexicon, network: NetworkKind = .reply, sizeBy: String = "pagerank",
      rewirings: Int = 1000, statistics: CommenterStatistics.Options = .init(),
      limits: DiagramLimits = DiagramLimits(), top: Int = 10
    ) {
      self.lexicon = lexicon
      self.network = network
      self.sizeBy = sizeBy
      self.rewirings = rewirings
      self.statistics = statistics
      self.limits = limits
      self.top = top
    }
  }

  /// The report's HTML.
  /// - Complexity: that of the analyses it shows (``CommenterStatistics``, ``ConflictReport``
  ///   with its rewirings, the diagram's layout), plus O(*C* + *N*) for *C* comments and *N*
  ///   commenters to write it.
  public static func html(_ input: Input) -> String {
    let corpus = input.corpus
    let options = input.options
    let skeleton = CorpusSkeleton(corpus, mentions: true)
    let network = CommenterNetwork(skeleton: skeleton, kind: options.network)
    let stats = CommenterStatistics.compute(
      skeleton: skeleton, network: network, options: options.statistics)
    let conflict = ConflictReport(
      corpus: corpus,
      options: .init(
        lexicon: options.lexicon, rewirings: options.rewirings, seed: options.statistics.seed))
    let view = StatsView(stats: stats, rows: CommenterRanking.rows(stats, sortedBy: options.sizeBy))
    let marks = ConflictMarks.analysis(conflict.analysis)
    let sections = [
      DiagramSection(corpus: corpus, options: options, marks: marks).html,
      ReadSection(input: input, stats: stats).html,
      TableSection(view: view, sortedBy: options.sizeBy).html,
      ConflictSection(report: conflict, top: options.top).html,
      CoordinationSection(
        view: CoordinationView(analysis: CoordinationAnalysis(corpus: corpus), corpus: corpus),
        top: options.top
      ).html,
      ChartsSection(corpus: corpus, stats: stats, conflict: conflict).html,
      DefinitionsSection().html,
    ]
    let title =
      corpus.threads.count == 1
      ? (corpus.threads[0].title ?? "Thread \(corpus.threads[0].id)")
      : "\(corpus.threads.count) threads"
    return ReportPage(
      title: title, summary: ReadSection.headline(corpus: corpus, stats: stats),
      sections: sections, data: TableSection(view: view, sortedBy: options.sizeBy).dataJSON
    ).html
  }
}
