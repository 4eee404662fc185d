import Discussion

/// What every reader promises of the threads it returns, checked on each fuzz input (a
/// broken promise stops the fuzzer as a crash would).
public enum ThreadChecks {
  /// Stops at the first thread that breaks ``CommentThread/invariantViolation()``.
  public static func check(_ threads: [CommentThread]) {
    for thread in threads {
      if let violation = thread.invariantViolation() { preconditionFailure(violation) }
    }
  }

  /// A table format's reader on `bytes`: threads that keep the promises, or an error.
  public static func readTable(_ bytes: [UInt8], format: CommentTableFormat) {
    if let table = try? CommentTableReader.table(bytes, format: format, file: "fuzz") {
      check(table.threads)
    }
  }
}
