import Discussion

/// Prints integrity findings and input errors on standard error.
struct IntegrityPrinter {
  /// Findings printed before "… and N more" when not all are asked for.
  static let defaultLimit = 20
  var printAll: Bool
  var quiet: Bool
  private var printed = 0
  private var omitted = 0
  private(set) var total = IntegrityReport()
  private(set) var threadCount = 0

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

  func error(_ error: InputError) { Terminal.error(error.description) }

  /// The closing summary: counts for the whole run.
  func finish() {
    guard !quiet else { return }
    if omitted > 0 { Terminal.error("… and \(omitted) more findings (--issues lists them all)") }
    let threads = threadCount == 1 ? "1 thread" : "\(threadCount) threads"
    Terminal.error("integrity: \(threads), \(total.summary)")
  }
}
