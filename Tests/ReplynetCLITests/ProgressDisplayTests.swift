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

  /// 1,500 threads of 40 comments, one file each, among 3,000 commenters: seconds of reading
  /// and of path metrics in a debug build.
  static func corpus(in dir: URL) throws -> String {
    let corpus = dir.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    var state: UInt64 = 3
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % n
    }
    for t in 0..<1_500 {
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
    let shown = try Self.underTerminal(["stats", "--top", "1", corpus])
    #expect(shown.exitCode == 0)
    // One line rewritten in place: carriage return and erase-line, never a newline of its own.
    #expect(shown.text.contains("\r\u{1B}[Kreading…"))
    let lines = shown.text.components(separatedBy: "\r\u{1B}[K")
    let reading = lines.filter { $0.hasPrefix("reading ") && $0.contains("/1,500 files") }
    #expect(!reading.isEmpty, "no counted reading line in \(shown.text.prefix(2_000))")
    #expect(reading.contains { $0.contains(" MB/s") && $0.contains(" left") })
    let paths = lines.filter { $0.hasPrefix("path metrics ") && $0.contains(" sources") }
    #expect(!paths.isEmpty, "no path metrics line in \(shown.text.prefix(2_000))")
    #expect(!(reading + paths).contains { $0.contains("\n") })
    // The table follows on a clean line.
    #expect(shown.text.contains("commenter"))

    // Quiet on a terminal, and nothing when standard error is not a terminal.
    let quiet = try Self.underTerminal(["stats", "-q", "--top", "1", corpus])
    #expect(quiet.exitCode == 0 && !quiet.text.contains("\u{1B}[K"))
    let piped = try CLIRunner.run(["stats", "--top", "1", corpus])
    #expect(piped.exitCode == 0 && !piped.stderr.contains("\r"))
  }
}
