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
      the main columns; csv, json and markdown hold every metric. Definitions: README, "Metrics".
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

  func validate() throws {
    guard CommenterStatistics.columnNames.contains(sort) else {
      throw ValidationError(
        "unknown metric '\(sort)'; one of: \(CommenterStatistics.columnNames.joined(separator: ", "))"
      )
    }
    if let top, top < 0 { throw ValidationError("--top must be 0 or more") }
  }

  func run() throws {
    let progress = Progress(enabled: !input.quiet)
    progress.stage("reading")
    let (corpus, errors, printer) = try input.loadCorpus(foldNames: foldNames)
    progress.stage("building the \(network.rawValue) network")
    let chosen = CommenterNetwork(corpus: corpus, kind: network)
    progress.stage("computing metrics")
    let stats = CommenterStatistics.compute(
      corpus: corpus, network: chosen,
      options: metrics.statistics)
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
