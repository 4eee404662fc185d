import Foundation
import Testing

/// The progress line as a person at a terminal sees it: the binary runs under a
/// pseudo-terminal (Python's `pty`), and what it wrote there is read back.
@Suite struct ProgressDisplayTests {
  /// Runs `replynet arguments…` with its standard input, output and error on a new
  /// pseudo-terminal; returns everything written there and the exit status.
  static func underTerminal(_ arguments: [String]) throws -> (text: String, exitCode: Int32) {
    let script = """
      import os, pty, sys
      pid, fd = pty.fork()
      if pid == 0:
          os.execv(sys.argv[1], sys.argv[1:])
      out = b""
      while True:
          try:
              data = os.read(fd, 65536)
          except OSError:
              break
          if not data:
              break
          out += data
      _, status = os.waitpid(pid, 0)
      sys.stdout.buffer.write(out)
      sys.exit(os.waitstatus_to_exitcode(status))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, CLIRunner.executable.path] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: data, as: UTF8.self), process.terminationStatus)
  }

  /// 3,000 threads of 40 comments, one file each: a few seconds of reading in a debug build
  /// (the tests run the debug binary), so that a counted line shows with time left.
  static func corpus(in dir: URL) throws -> String {
    let corpus = dir.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    var state: UInt64 = 3
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % n
    }
    for t in 0..<3_000 {
      var lines = ""
      for i in 0..<40 {
        let reply = i == 0 ? "null" : "\"\(next(i))\""
        lines +=
          #"{"id":"\#(i)","thread":"t\#(t)","reply_to":\#(reply),"author":"u\#(next(3_000))","text":"коментар номер \#(i) в нишка \#(t)"}"#
          + "\n"
      }
      try Data(lines.utf8).write(to: corpus.appendingPathComponent("t\(t).jsonl"))
    }
    return corpus.path
  }

  @Test func countsRateAndTimeLeftOnATerminalOnly() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let corpus = try Self.corpus(in: dir)
    let table = dir.appendingPathComponent("table.jsonl").path
    let shown = try Self.underTerminal(["parse", "-o", table, corpus])
    #expect(shown.exitCode == 0)
    // One line rewritten in place: carriage return and erase-line, never a newline of its own.
    let lines = shown.text.components(separatedBy: "\r\u{1B}[K")
    let reading = lines.filter { $0.hasPrefix("reading ") && $0.contains("/3,000 files") }
    #expect(!reading.isEmpty, "no counted reading line in \(shown.text.prefix(2_000))")
    #expect(
      reading.contains { $0.contains(" MB/s") && $0.contains(" s left") },
      "\(reading)")
    #expect(!reading.contains { $0.contains("\n") })

    // Quiet on a terminal, and nothing when standard error is not a terminal.
    let quiet = try Self.underTerminal(["parse", "-q", "-o", table, corpus])
    #expect(quiet.exitCode == 0 && !quiet.text.contains("\u{1B}[K"))
    let piped = try CLIRunner.run(["parse", "-o", table, corpus])
    #expect(piped.exitCode == 0 && !piped.stderr.contains("\r"))

    // A stage message is cleared before the command's table, which starts a line of its own.
    let stats = try Self.underTerminal(["stats", "--top", "1", CLIRunner.sample])
    #expect(stats.exitCode == 0 && stats.text.contains("\r\u{1B}[Kreading…"))
    let header = try #require(stats.text.range(of: "network    "))
    let before = stats.text[..<header.lowerBound]
    #expect(before.hasSuffix("\n") || before.hasSuffix("\u{1B}[K"), "\(before)")
  }
}
