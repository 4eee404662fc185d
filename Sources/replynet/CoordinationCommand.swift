import ArgumentParser
import Discussion
import DiscussionGraph
import Findings

/// `replynet coordination`: commenters who act in concert, with the evidence of each pair.
struct CoordinationCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coordination",
    abstract: "Commenters who post together far more often than chance: groups and evidence.",
    discussion: """
      Tests every pair of commenters who wrote in one thread within --window of each other \
      against a null model that keeps each one's threads and comment counts and deals each \
      thread's comment times at random; pairs significant after Bonferroni form groups. Each \
      pair comes with its comment pairs, the seconds between them, their texts' similarity, \
      replies to the same comment and near-identical texts elsewhere (MinHash). --explain \
      GROUP writes one group's arithmetic out. Definitions: README, "Coordination".
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "Output format: text or json.")
  var format: CoordinationFormat = .text

  @Option(help: "Minutes within which two comments in a thread count as together.")
  var window: Double = 5

  @Option(help: "Family-wise error rate of the pairs declared coordinated (Bonferroni).")
  var alpha: Double = 0.01

  @Option(help: "Threads together a pair needs at least.")
  var minThreads: Int = 3

  @Option(help: "Words a text needs to be compared for near-duplicates.")
  var minWords: Int = 6

  @Option(help: "A near-identical text by more commenters than this is a stock phrase.")
  var stockAuthors: Int = 12

  @Option(help: ArgumentHelp("Write out one group's evidence and arithmetic.", valueName: "group"))
  var explain: Int?

  @Flag(help: "Merge names that differ in case, spacing or Latin/Cyrillic look-alike letters.")
  var foldNames = false

  @Option(help: "Groups in the text report (JSON holds all).")
  var top: Int = 10

  func validate() throws {
    guard window > 0, window.isFinite else { throw ValidationError("--window must be above 0") }
    guard alpha > 0, alpha < 1 else { throw ValidationError("--alpha must lie between 0 and 1") }
    if minThreads < 1 { throw ValidationError("--min-threads must be 1 or more") }
    if minWords < 3 { throw ValidationError("--min-words must be 3 or more") }
    if stockAuthors < 2 { throw ValidationError("--stock-authors must be 2 or more") }
    if top < 0 { throw ValidationError("--top must be 0 or more") }
  }

  func run() throws {
    let progress = Progress(enabled: !input.quiet)
    progress.stage("reading")
    let (corpus, errors, printer) = try input.loadCorpus(foldNames: foldNames)
    progress.stage("testing co-activity")
    let analysis = CoordinationAnalysis(
      corpus: corpus,
      options: CoordinationAnalysis.Options(
        window: Int64((window * 60).rounded()), alpha: alpha, minThreads: minThreads,
        minWords: minWords, stockAuthors: stockAuthors))
    progress.done()
    let view = CoordinationView(analysis: analysis, corpus: corpus)
    if let explain {
      guard let text = view.explain(group: explain) else {
        printer.finish()
        Terminal.error(
          "replynet coordination: no group \(explain) (\(IntegritySummary.count(analysis.groups.count, "group")) found)"
        )
        throw ReplynetExit.dataError
      }
      print(text, terminator: "")
    } else {
      switch format {
      case .json: print(view.json(), terminator: "")
      case .text: print(view.text(top: top), terminator: "")
      }
    }
    printer.finish()
    if !errors.isEmpty { throw ReplynetExit.dataError }
  }
}

enum CoordinationFormat: String, ExpressibleByArgument, CaseIterable { case text, json }
