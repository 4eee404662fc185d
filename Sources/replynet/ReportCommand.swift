import ArgumentParser
import Discussion
import DiscussionGraph
import Foundation
import GraphExport
import GraphRendering
import Report

/// `replynet report`: one self-contained HTML file to open, share and attach.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract:
      "Write one self-contained HTML report: what was read, the network, the commenters, the conflict, charts.",
    discussion: """
      The file holds its styles, script, diagrams and data; nothing is fetched to view it, and \
      a Content-Security-Policy lets nothing else run. Open it in any browser; send it as it is. \
      Its numbers are those of stats, conflict and render with the same options.
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "Write the report to this file.")
  var output: String = "report.html"

  @Option(help: "The network drawn and measured: reply, mention or combined.")
  var network: NetworkKind = .reply

  @Option(help: "The metric that sizes the diagram's commenters and orders the table.")
  var sizeBy: String = "pagerank"

  @Option(help: "Rewired null-model samples for the polarisation p-values.")
  var rewirings: Int = 1000

  @Option(help: "Rows in each conflict list (comments, feuds, lightning rods).")
  var top: Int = 10

  @Option(help: "Most commenters the diagram draws (above: the most central, by --size-by).")
  var maxNodes: Int = DiagramLimits().maxNodes

  @Flag(help: "Refuse a network above --max-nodes instead of drawing its most central commenters.")
  var noPrune = false

  @Flag(help: "Merge names that differ in case, spacing or Latin/Cyrillic look-alike letters.")
  var foldNames = false

  @OptionGroup var metrics: MetricOptions

  @OptionGroup var lexicon: LexiconOption

  func validate() throws {
    guard CommenterStatistics.columnNames.contains(sizeBy) else {
      throw ValidationError(
        "unknown metric '\(sizeBy)'; one of: "
          + CommenterStatistics.columnNames.joined(separator: ", "))
    }
    if rewirings < 0 { throw ValidationError("--rewirings must be 0 or more") }
    if top < 0 { throw ValidationError("--top must be 0 or more") }
    if maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1") }
    if output == "-" { throw ValidationError("the report is a file: give -o FILE.html") }
  }

  func run() throws {
    let lexicon = try self.lexicon.load()
    let progress = Progress(enabled: !input.quiet)
    progress.stage("reading")
    let (corpus, errors, printer) = try input.loadCorpus(foldNames: foldNames)
    let window = try input.window()
    progress.stage("hashing inputs")
    let paths = try input.paths()
    let provenance = Provenance(
      version: ReplynetVersion.current, inputs: Provenance.inputs(of: paths),
      options: [
        ("network", network.rawValue), ("size by", sizeBy), ("rewirings", String(rewirings)),
        ("seed", String(metrics.seed)), ("communities", metrics.communities.rawValue),
        ("samples", metrics.samples.map(String.init) ?? "exact"),
        ("max nodes", String(maxNodes)), ("prune", String(!noPrune)),
        ("fold names", String(foldNames)), ("lexicon", self.lexicon.lexicon ?? "built-in"),
      ] + (window.isBounded ? [("window", window.description)] : []))
    progress.stage("analysing (\(rewirings) rewirings) and drawing")
    let html = Report.html(
      Report.Input(
        corpus: corpus, integrity: printer.summary, errors: errors.map(\.description),
        provenance: provenance,
        options: Report.Options(
          lexicon: lexicon, network: network, sizeBy: sizeBy, rewirings: rewirings,
          statistics: metrics.statistics,
          limits: DiagramLimits(maxNodes: maxNodes, prunesAutomatically: !noPrune), top: top)))
    progress.done()
    do {
      let file = try OutputFile(output)
      try file.write(Array(html.utf8))
      try file.commit()
    } catch {
      Terminal.error(error.description)
      throw ReplynetExit.ioError
    }
    printer.finish()
    if !input.quiet {
      let megabytes = String(format: "%.1f", Double(html.utf8.count) / 1e6)
      Terminal.error("wrote \(output) (\(megabytes) MB)")
    }
    if !errors.isEmpty { throw ReplynetExit.dataError }
  }
}
