#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the process is connected to, and writing to standard error.
enum Terminal {
  static var standardInputIsTerminal: Bool { isatty(0) == 1 }
  static var standardErrorIsTerminal: Bool { isatty(2) == 1 }

  /// Writes a line to standard error.
  static func error(_ text: String) {
    write(stderr: text.hasSuffix("\n") ? text : text + "\n")
  }

  /// Writes text to standard error as it is, after flushing what `print` buffered for standard
  /// output, so the two streams interleave in the order they were written.
  static func write(stderr text: String) {
    fflush(nil)
    text.utf8CString.withUnsafeBufferPointer { buffer in
      _ = Glibc.write(2, buffer.baseAddress, buffer.count - 1)
    }
  }
}
