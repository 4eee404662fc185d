import ArgumentParser
import Discussion
import DiscussionGraph
import Findings

/// `replynet timeline`: the comment section over time, per hour, day or week.
struct TimelineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeline",
    abstract:
      "How the discussion moves over time: counts per hour, day or week; each thread's lifetime.",
    discussion: """
      One row per period from the first comment to the last (empty periods too): comments, \
      commenters, new commenters (first comment in the input), replies, removed, hostile share \
      (of comments with text), median reply delay in seconds, threads active. Periods are local \
      to each comment's UTC offset; weeks start on Monday. --threads lists each thread's first \
      and last comment, lifetime and half-life (seconds until half its comments were written).
      """)

  /// Most periods a timeline lists.
  static let maxPeriods: Int64 = 200_000

  @OptionGroup var input: InputOptions

  @Option(help: "Period: hour, day or week.")
  var by: Timeline.Period = .day

  @Flag(help: "One row per thread (lifetime, half-life) instead of one per period.")
  var threads = false

  @Option(name: .shortAndLong, help: "Output format: table, csv or json (json holds both lists).")
  var format: TimelineFormat = .table

  @Flag(help: "Merge names that differ in case, spacing or Latin/Cyrillic look-alike letters.")
  var foldNames = false

  @OptionGroup var lexicon: LexiconOption

  func run() throws {
    let lexicon = try self.lexicon.load()
    let progress = Progress(enabled: !input.quiet)
    progress.stage("reading")
    let (corpus, errors, printer) = try input.loadCorpus(foldNames: foldNames)
    try Self.checkSpan(of: corpus, by: by, command: "timeline", printer: printer)
    progress.stage("counting per \(by.rawValue)")
    let view = TimelineView(
      timeline: Timeline(corpus: corpus, period: by, matcher: HostilityMatcher(lexicon: lexicon)),
      corpus: corpus)
    progress.done()
    // Comments read but none with a time: no period to count in, said as an error rather
    // than an empty table.
    if view.timeline.buckets.isEmpty {
      printer.finish()
      Terminal.error(
        "replynet timeline: no comment has a time (\(IntegritySummary.count(view.timeline.undated, "comment")) read); a timeline needs times"
      )
      throw ReplynetExit.dataError
    }
    switch format {
    case .json: print(view.json(), terminator: "")
    case .csv: print(view.csv(threads: threads), terminator: "")
    case .table:
      let header = threads ? TimelineView.threadColumns : TimelineView.periodColumns
      var rows = threads ? view.threadCells(missing: "–") : view.periodCells(missing: "–")
      if threads {
        rows = rows.map { r in r.enumerated().map { $0 == 1 ? TextColumns.truncate($1, 40) : $1 } }
      }
      for line in TextColumns.lines([header] + rows, textColumns: threads ? [0, 1] : [0]) {
        print(line)
      }
      if view.timeline.undated > 0 {
        let undated = IntegritySummary.count(view.timeline.undated, "comment")
        print(
          "(\(undated) without a time \(view.timeline.undated == 1 ? "is" : "are") in no period)")
      }
    }
    printer.finish()
    if !errors.isEmpty { throw ReplynetExit.dataError }
  }
}

extension TimelineCommand {
  /// Exit 65 when the comments span more than ``maxPeriods`` periods: a time far out (a
  /// placeholder year 1) would make millions of empty ones.
  static func checkSpan(
    of corpus: Corpus, by: Timeline.Period, command: String, printer: IntegrityPrinter
  ) throws {
    guard let (first, last) = Timeline.span(of: corpus) else { return }
    let periods = Timeline.periods(from: first, to: last, by: by)
    guard periods > maxPeriods else { return }
    printer.finish()
    Terminal.error(
      "replynet \(command): the comments span \(DigitGrouping.grouped(Int(periods), separator: ",")) \(by.rawValue)s, from \(first.iso8601) to \(last.iso8601): check the times that lie far out, or give a longer --by"
    )
    throw ReplynetExit.dataError
  }
}

enum TimelineFormat: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

extension Timeline.Period: ExpressibleByArgument {}
