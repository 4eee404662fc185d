import Discussion
import Findings

/// Prints integrity findings, input errors, and what each input was read as, on standard
/// error.
struct IntegrityPrinter {
  /// Findings printed before "… and N more" when not all are asked for.
  static let defaultLimit = 20
  /// Skipped files named before "… and N more".
  static let skippedLimit = 10
  var printAll: Bool
  var quiet: Bool
  private var printed = 0
  private var omitted = 0
  private(set) var total = IntegrityReport()
  private(set) var threadCount = 0
  private var sources: [SourceReport] = []
  private var skipped: [SkippedFile] = []
  /// What `--since`/`--until` kept, printed with the closing summary.
  private var windowLine: String?

  init(printAll: Bool, quiet: Bool) {
    self.printAll = printAll
    self.quiet = quiet
  }

  /// Records a thread's report and prints its findings (up to the limit).
  mutating func add(_ thread: CommentThread) { add(thread.integrity) }

  /// Records one thread's integrity report and prints its findings (up to the limit).
  mutating func add(_ report: IntegrityReport) {
    threadCount += 1
    total.merge(report)
    guard !quiet else { return }
    for issue in report.issues {
      if printAll || printed < Self.defaultLimit {
        Terminal.error(issue.description)
        printed += 1
      } else {
        omitted += 1
      }
    }
  }

  /// Records what the inputs were read as, and the files skipped.
  mutating func add(sources: [SourceReport], skipped: [SkippedFile]) {
    self.sources += sources
    self.skipped += skipped
  }

  func error(_ error: InputError) { Terminal.error(error.description) }

  /// Exit 66, with what was seen, when the inputs gave no comment at all.
  func stopIfNothingRead(errors: [InputError]) throws {
    guard total.commentsRead == 0 else { return }
    var seen: [String] = []
    if !skipped.isEmpty {
      seen.append(IntegritySummary.skippedSummary(skipped, limit: Self.skippedLimit))
    }
    if !errors.isEmpty { seen.append("\(Self.count(errors.count, "input")) could not be read") }
    if seen.isEmpty { seen.append("no comment records in the input") }
    Terminal.error("error: no comment read: " + seen.joined(separator: "; "))
    throw ReplynetExit.noInput
  }

  /// The closing summary: counts for the whole run, what the inputs were read as, the fields
  /// not read and the files skipped (``Findings/IntegritySummary``).
  /// Records what the time window kept; exit 65 when it kept no comment, with the span the
  /// comments do cover.
  mutating func window(
    _ window: TimeWindow, _ selection: TimeWindow.Selection,
    span: (first: CommentTime, last: CommentTime)?
  ) throws {
    windowLine = IntegritySummary.windowLine(window, selection)
    guard selection.selected == 0 else { return }
    let covered =
      span.map { "the comments span \($0.first.iso8601) to \($0.last.iso8601)" }
      ?? "no comment has a time"
    Terminal.error("error: no comment written in the window \(window.description) (\(covered))")
    throw ReplynetExit.dataError
  }

  func finish() {
    guard !quiet else { return }
    if let windowLine { Terminal.error(windowLine) }
    if omitted > 0 { Terminal.error("… and \(omitted) more findings (--issues lists them all)") }
    for line in summary.lines(skippedLimit: printAll ? .max : Self.skippedLimit) {
      Terminal.error(line)
    }
  }

  /// Everything read so far, for the closing summary and the report.
  var summary: IntegritySummary {
    IntegritySummary(threads: threadCount, integrity: total, sources: sources, skipped: skipped)
  }

  static func count(_ n: Int, _ noun: String) -> String { IntegritySummary.count(n, noun) }
}
