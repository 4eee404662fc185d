import ArgumentParser
import Discussion
import DiscussionGraph

/// The inputs every subcommand reads.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Files or directories to read: page text (.txt), comment tables (.jsonl, .json, .csv) of replynet, ConvoKit, Reddit dumps, Hacker News, youtube-comment-downloader or 4CAT, each optionally .gz or .zst; \"-\" for standard input.",
      valueName: "input"))
  var inputs: [String] = []

  @Option(
    name: .customLong("field"),
    help: ArgumentHelp(
      "Read a comment field from another field of the records: FIELD=PATH, for example reply_to=parent or author=user.name (a dotted path reads a member of a JSON object). Fields: id, thread, reply_to, author, time, likes, dislikes, score, removed, text, title, reply_to_name, author_recovered, post. Repeatable.",
      valueName: "field=path"))
  var fields: [String] = []

  @Flag(help: "Print every integrity finding on standard error, not only the first ones.")
  var issues = false

  @Flag(name: .shortAndLong, help: "Print nothing on standard error but errors.")
  var quiet = false

  @Flag(
    help:
      "Stop at the first input that cannot be read wholly (a file that is damaged or not comment data, a record that cannot be read), print its error and exit 65 without output. By default the good inputs are read and the bad ones named."
  )
  var strict = false

  @Option(
    help: ArgumentHelp(
      "Only comments written from this time on: an ISO 8601 date (2025-10-01) or date-time (2025-10-01T18:00, Sofia time without an offset). A reply in the window counts even when its target is older.",
      valueName: "time"))
  var since: String?

  @Option(
    help: ArgumentHelp(
      "Only comments written before this time; a date alone means up to the end of that day.",
      valueName: "time"))
  var until: String?

  /// How reading treats an input it cannot read wholly.
  var policy: ThreadLoader.Policy { strict ? .strict : .lenient }

  func validate() throws {
    _ = try mapping()
    let window = try self.window()
    if let since = window.since, let until = window.until, until.epochSeconds <= since.epochSeconds
    {
      throw ValidationError("--until (\(until.iso8601)) must come after --since (\(since.iso8601))")
    }
  }

  /// The time window `--since` and `--until` give (unbounded without them).
  func window() throws -> TimeWindow {
    func bound(_ text: String?, _ name: String, isEnd: Bool) throws -> CommentTime? {
      guard let text else { return nil }
      guard let time = TimeWindow.parseBound(text, isEnd: isEnd) else {
        throw ValidationError(
          "\(name) '\(text)': expected an ISO 8601 date (2025-10-17) or date-time (2025-10-17T18:00, optionally with seconds and an offset)"
        )
      }
      return time
    }
    return TimeWindow(
      since: try bound(since, "--since", isEnd: false),
      until: try bound(until, "--until", isEnd: true))
  }

  /// The field mapping the `--field` options give.
  func mapping() throws -> FieldMapping {
    do {
      return try FieldMapping(fields)
    } catch {
      throw ValidationError("--field: \(error.message)")
    }
  }

  /// The paths to read: standard input when none is given and it is not a terminal.
  func paths() throws -> [String] {
    if !inputs.isEmpty { return inputs }
    if Terminal.standardInputIsTerminal {
      throw ValidationError("give an input file or directory, or pipe one into standard input")
    }
    return ["-"]
  }

  /// Reads every input into one corpus, prints its integrity findings and input errors, and
  /// stops with exit 66 when no comment could be read (65 under `--strict` at the first
  /// input not read wholly). The printer is returned for the closing summary
  /// (``IntegrityPrinter/finish()``).
  func loadCorpus(foldNames: Bool) throws -> (
    corpus: Corpus, errors: [InputError], printer: IntegrityPrinter
  ) {
    let load = ThreadLoader.corpus(
      try paths(), identity: foldNames ? .folded : .exact, mapping: try mapping(), policy: policy)
    try Self.stopIfStrict(load.stoppedAt)
    var printer = IntegrityPrinter(printAll: issues, quiet: quiet)
    for thread in load.corpus.threads { printer.add(thread) }
    for error in load.errors { printer.error(error) }
    printer.add(sources: load.corpus.sources, skipped: load.skipped)
    try printer.stopIfNothingRead(errors: load.errors)
    let window = try self.window()
    guard window.isBounded else { return (load.corpus, load.errors, printer) }
    let (selected, selection) = window.select(load.corpus)
    try printer.window(window, selection, span: Timeline.span(of: load.corpus))
    return (selected, load.errors, printer)
  }

  /// Reads the inputs a batch of files at a time (``ThreadLoader/forEachFile(_:mapping:policy:_:)``)
  /// and hands each batch's threads, cut to the time window, to `body`, so that a caller that
  /// keeps only what it needs of them holds two batches of page-text files at a time, the one
  /// it works on and the next being read (comment tables, and every file after the first of
  /// them, are handed on together at the end). Integrity findings and input errors go to
  /// `printer`, and the run stops as ``loadCorpus(foldNames:)`` stops
  /// (66 when nothing was read, 65 for an empty window or under `--strict`). Returns the input
  /// errors.
  func forEachBatch(
    printer: inout IntegrityPrinter, _ body: ([CommentThread]) throws -> Void
  ) throws -> [InputError] {
    let window = try self.window()
    var selection = TimeWindow.Selection()
    var span: (first: CommentTime, last: CommentTime)?
    // Under --strict the findings wait for the end: a run that stops prints only its error,
    // as ``loadCorpus(foldNames:)`` does.
    var heldFindings: [IntegrityReport] = []
    let outcome = try ThreadLoader.forEachFile(try paths(), mapping: try mapping(), policy: policy)
    { threads in
      for thread in threads {
        if strict { heldFindings.append(thread.integrity) } else { printer.add(thread) }
      }
      guard window.isBounded else { return try body(threads) }
      if let part = Timeline.span(of: threads) {
        // On equal instants the first seen is kept, as ``Timeline/span(of:)`` keeps it.
        span = (
          span.map { part.first < $0.first ? part.first : $0.first } ?? part.first,
          span.map { part.last > $0.last ? part.last : $0.last } ?? part.last
        )
      }
      try body(threads.map { window.select($0, counting: &selection) })
    }
    try Self.stopIfStrict(outcome.stoppedAt)
    for report in heldFindings { printer.add(report) }
    for error in outcome.errors { printer.error(error) }
    printer.add(sources: outcome.sources, skipped: outcome.skipped)
    try printer.stopIfNothingRead(errors: outcome.errors)
    if window.isBounded { try printer.window(window, selection, span: span) }
    return outcome.errors
  }

  /// Reads every input into a ``CorpusSkeleton`` (mentions detected, accusing replies marked
  /// with `accusations`), a batch of files at a time (``forEachBatch(printer:_:)``): memory
  /// follows the comments' columns, not their texts.
  func loadSkeleton(foldNames: Bool, accusations: HostilityMatcher?) throws -> (
    skeleton: CorpusSkeleton, errors: [InputError], printer: IntegrityPrinter
  ) {
    var printer = IntegrityPrinter(printAll: issues, quiet: quiet)
    var builder = CorpusSkeleton.Builder(
      identity: foldNames ? .folded : .exact, mentions: true, accusations: accusations)
    let errors = try forEachBatch(printer: &printer) { builder.add($0) }
    return (builder.build(), errors, printer)
  }

  /// Exit 65 with the error `--strict` stopped at, if it stopped.
  static func stopIfStrict(_ stoppedAt: InputError?) throws {
    guard let stoppedAt else { return }
    Terminal.error(stoppedAt.description)
    Terminal.error("stopped at the first input not read wholly (--strict)")
    throw ReplynetExit.dataError
  }
}
