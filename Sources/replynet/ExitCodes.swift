import ArgumentParser

/// The exit codes `replynet` documents (README, "Exit codes"); BSD sysexits values.
enum ReplynetExit {
  /// Some input could not be read; the others were processed.
  static let dataError = ExitCode(65)
  /// No input found.
  static let noInput = ExitCode(66)
  /// Output could not be written.
  static let ioError = ExitCode(74)
}
