#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the process is connected to, and writing to standard error.
enum Terminal {
  static var standardInputIsTerminal: Bool { isatty(0) == 1 }
  static var standardErrorIsTerminal: Bool { isatty(2) == 1 }

  static func error(_ text: String) {
    var line = text
    if !line.hasSuffix("\n") { line += "\n" }
    line.utf8CString.withUnsafeBufferPointer { buffer in
      _ = write(2, buffer.baseAddress, buffer.count - 1)
    }
  }
}
