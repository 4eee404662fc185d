import ArgumentParser
import Discussion
import DiscussionGraph
import Findings

/// `replynet stats`: the commenter table with every standard metric.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Commenter statistics and centralities of the reply, mention or combined network.",
    discussion: """
      Prints the network's summary (nodes, edges, density, reciprocity, components, diameter, \
      assortativity, modularity), then one row per commenter sorted by --sort. The table shows \
      the main columns; csv, json and markdown hold every metric, then accused_by (distinct \
      commenters who called this one a troll or paid in a reply; --lexicon). Definitions: \
      README, "Metrics".
      """)

  @OptionGroup var input: InputOptions

  @Option(help: "The network: reply, mention or combined.")
  var network: NetworkKind = .reply

  @Option(help: "Sort by this metric, largest first (ties by commenter id).")
  var sort: String = "pagerank"

  @Option(help: "Show only the first N commenters (default: 25 in a table, all otherwise).")
  var top: Int?

  @Option(name: .shortAndLong, help: "Output format: table, csv, json or markdown.")
  var format: StatsFormat = .table

  @Flag(help: "Merge names that differ in case, spacing or Latin/Cyrillic look-alike letters.")
  var foldNames = false

  @OptionGroup var metrics: MetricOptions

  @OptionGroup var lexicon: LexiconOption

  @Option(
    help: ArgumentHelp(
      "Instead of the commenter table, the network period by period (hour, day or week): comments, nodes, edges, reciprocity, communities, modularity and the top commenters by PageRank.",
      valueName: "period"))
  var by: Timeline.Period?

  /// The column after the metrics: distinct commenters who called this one a troll or paid
  /// (``Accusations``, the lexicon's `[accusation]` terms in replies).
  static let accusedByColumn = "accused_by"

  static var sortable: [String] { CommenterStatistics.columnNames + [accusedByColumn] }

  func validate() throws {
    guard Self.sortable.contains(sort) else {
      throw ValidationError(
        "unknown metric '\(sort)'; one of: \(Self.sortable.joined(separator: ", "))"
      )
    }
    if let top, top < 0 { throw ValidationError("--top must be 0 or more") }
  }

  func run() throws {
    let lexicon = try self.lexicon.load()
    let progress = Progress(enabled: !input.quiet)
    progress.stage("reading")
    if let by {
      let (corpus, errors, printer) = try input.loadCorpus(foldNames: foldNames)
      try TimelineCommand.checkSpan(of: corpus, by: by, command: "stats --by", printer: printer)
      progress.stage("building the \(network.rawValue) network of each \(by.rawValue)")
      let view = NetworkTimelineView(
        timeline: NetworkTimeline(
          corpus: corpus, period: by, kind: network, top: top ?? 3, seed: metrics.seed))
      progress.done()
      switch format {
      case .json: print(view.json(), terminator: "")
      case .csv: print(view.csv(), terminator: "")
      case .table, .markdown:
        let rows = [NetworkTimelineView.columns] + view.cells(missing: "–")
        if format == .markdown {
          for (k, row) in rows.enumerated() {
            print("| " + row.map { $0.replacing("|", with: "\\|") }.joined(separator: " | ") + " |")
            if k == 0 { print("|" + String(repeating: "---|", count: row.count)) }
          }
        } else {
          for line in TextColumns.lines(rows, textColumns: [0, 7]) {
            print(String(line.reversed().drop { $0 == " " }.reversed()))
          }
        }
      }
      printer.finish()
      if !errors.isEmpty { throw ReplynetExit.dataError }
      return
    }
    // Only the comments' columns are kept, not their texts: the reader scans each batch for
    // mentions and accusations and lets it go.
    let (skeleton, errors, printer) = try input.loadSkeleton(
      foldNames: foldNames, accusations: HostilityMatcher(lexicon: lexicon))
    progress.stage("building the \(network.rawValue) network")
    let chosen = CommenterNetwork(skeleton: skeleton, kind: network)
    progress.stage("computing metrics")
    let accused = Accusations.accusedBy(skeleton: skeleton)
    let stats = CommenterStatistics.compute(
      skeleton: skeleton, network: chosen, options: metrics.statistics
    ).adding(.init(name: Self.accusedByColumn, values: accused.map(Double.init), isCount: true))
    progress.done()
    let order = CommenterRanking.rows(stats, sortedBy: sort)
    let limit = top ?? (format == .table ? 25 : order.count)
    let rows = Array(order.prefix(limit))
    print(StatsFormatter(view: StatsView(stats: stats, rows: rows)).render(format), terminator: "")
    printer.finish()
    if !errors.isEmpty { throw ReplynetExit.dataError }
  }
}

enum StatsFormat: String, ExpressibleByArgument, CaseIterable { case table, csv, json, markdown }

extension NetworkKind: ExpressibleByArgument {}
extension CommunityAlgorithm: ExpressibleByArgument {}
