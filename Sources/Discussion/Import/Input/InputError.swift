/// A file that could not be read at all: missing, unreadable, a damaged `.gz`, or not the
/// format it claims (not JSON, not CSV). Records that are merely odd are not errors; they go
/// to the thread's ``IntegrityReport``.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file ("-" for standard input).
  public var file: String
  /// The 1-based line, or 0 when the error concerns the whole file.
  public var line: Int
  /// What went wrong.
  public var message: String

  public init(file: String, line: Int = 0, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: error: message`, the form compilers use (`file: error: message` when the
  /// error concerns the whole file).
  public var description: String {
    line > 0 ? "\(file):\(line): error: \(message)" : "\(file): error: \(message)"
  }
}
