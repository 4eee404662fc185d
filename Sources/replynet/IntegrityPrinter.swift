import Discussion

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

  init(printAll: Bool, quiet: Bool) {
    self.printAll = printAll
    self.quiet = quiet
  }

  /// Records a thread's report and prints its findings (up to the limit).
  mutating func add(_ thread: CommentThread) {
    threadCount += 1
    total.merge(thread.integrity)
    guard !quiet else { return }
    for issue in thread.integrity.issues {
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
    if !skipped.isEmpty { seen.append(Self.skippedSummary(skipped, limit: Self.skippedLimit)) }
    if !errors.isEmpty { seen.append("\(Self.count(errors.count, "input")) could not be read") }
    if seen.isEmpty { seen.append("no comment records in the input") }
    Terminal.error("error: no comment read: " + seen.joined(separator: "; "))
    throw ReplynetExit.noInput
  }

  /// The closing summary: counts for the whole run, what the inputs were read as, the fields
  /// not read and the files skipped.
  func finish() {
    guard !quiet else { return }
    if omitted > 0 { Terminal.error("… and \(omitted) more findings (--issues lists them all)") }
    let threads = threadCount == 1 ? "1 thread" : "\(threadCount) threads"
    Terminal.error("integrity: \(threads), \(total.summary)")
    if let layouts = Self.layoutSummary(sources) { Terminal.error("read as: " + layouts) }
    for line in Self.unreadSummary(sources) { Terminal.error(line) }
    if !skipped.isEmpty {
      Terminal.error("skipped: " + Self.skippedSummary(skipped, limit: printAll ? .max : 10))
    }
  }

  /// `ConvoKit corpus: data/tc`, or `page text × 120, Reddit dump × 2`.
  static func layoutSummary(_ sources: [SourceReport]) -> String? {
    guard !sources.isEmpty else { return nil }
    if sources.count == 1 { return "\(sources[0].layout): \(sources[0].file)" }
    var order: [String] = []
    var counts: [String: Int] = [:]
    for source in sources {
      if counts[source.layout] == nil { order.append(source.layout) }
      counts[source.layout, default: 0] += 1
    }
    return order.map { "\($0) × \(counts[$0]!)" }.joined(separator: ", ")
  }

  /// `fields not read, in 21,914 records: meta.score, vectors`: one line per record count,
  /// largest first, every field named once.
  static func unreadSummary(_ sources: [SourceReport]) -> [String] {
    var records: [String: Int] = [:]
    for source in sources {
      for field in source.unreadFields { records[field.name, default: 0] += field.records }
    }
    guard !records.isEmpty else { return [] }
    var byCount: [Int: [String]] = [:]
    for (name, n) in records { byCount[n, default: []].append(name) }
    return byCount.keys.sorted(by: >).map { n in
      let names = byCount[n]!.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      let records = DigitGrouping.grouped(n, separator: ",") + (n == 1 ? " record" : " records")
      return "fields not read, in \(records): " + names.joined(separator: ", ")
    }
  }

  /// `2 files: a.pdf (unknown type .pdf), RC (not comment data …)`.
  static func skippedSummary(_ skipped: [SkippedFile], limit: Int) -> String {
    let shown = skipped.prefix(limit).map { "\($0.path) (\($0.reason))" }
    let more = skipped.count > limit ? ", … and \(skipped.count - limit) more" : ""
    return "\(count(skipped.count, "file")) skipped: " + shown.joined(separator: ", ") + more
  }

  static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}
