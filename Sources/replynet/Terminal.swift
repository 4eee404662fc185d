import Discussion

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the process is connected to, and writing to standard error.
enum Terminal {
  static var standardInputIsTerminal: Bool { isatty(0) == 1 }
  static var standardErrorIsTerminal: Bool { isatty(2) == 1 }
  static var standardOutputIsTerminal: Bool { isatty(1) == 1 }

  /// Writes a line to standard error.
  static func error(_ text: String) {
    write(stderr: text.hasSuffix("\n") ? text : text + "\n")
  }

  /// Writes text to standard error as it is, after flushing what `print` buffered for standard
  /// output, so the two streams interleave in the order they were written; a progress line on
  /// show is cleared first, so that the text starts a line of its own.
  static func write(stderr text: String) {
    progressShown.withLock { shown in
      fflush(nil)
      raw((shown ? "\r\u{1B}[K" : "") + text)
      shown = false
    }
  }

  /// Whether a progress line is on show (``showProgress(_:)``), not yet cleared.
  private static let progressShown = Locked(false)

  /// Shows `line` as the progress line, in place of the one before.
  static func showProgress(_ line: String) {
    progressShown.withLock { shown in
      raw("\r\u{1B}[K" + line)
      shown = true
    }
  }

  /// Clears the progress line, if one is on show.
  static func clearProgress() {
    progressShown.withLock { shown in
      if shown { raw("\r\u{1B}[K") }
      shown = false
    }
  }

  private static func raw(_ text: String) {
    text.utf8CString.withUnsafeBufferPointer { buffer in
      _ = Glibc.write(2, buffer.baseAddress, buffer.count - 1)
    }
  }
}
