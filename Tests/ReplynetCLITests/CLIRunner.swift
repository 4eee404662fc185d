import Foundation
import ProcessMeasurement

/// Runs the built `replynet` executable, as a user would.
struct CLIRunner {
  struct Result {
    var stdout: [UInt8]
    var stderr: String
    var exitCode: Int32
    /// Wall time of the run, and whether the timeout stopped it.
    var seconds: TimeInterval = 0
    var timedOut = false
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    var lines: [Substring] { stdoutText.split(separator: "\n") }
  }

  /// `.build/<configuration>/replynet`, beside the test bundle.
  static let executable: URL = {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("replynet")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: ".build/debug/replynet")
  }()

  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let sample = repositoryRoot.appendingPathComponent(
    "Tests/Fixtures/threads/fakti-belarus-eu-2025-10-17.txt"
  ).path

  /// Runs the binary; with a `timeout`, a run that takes longer is stopped (SIGKILL) and
  /// its result has ``Result/timedOut`` set.
  static func run(
    _ arguments: [String], stdin: [UInt8]? = nil, in directory: URL? = nil,
    timeout: TimeInterval? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    let start = Date()
    nonisolated(unsafe) var timedOut = false
    if let timeout {
      let pid = process.processIdentifier
      DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
        if process.isRunning {
          timedOut = true
          kill(pid, SIGKILL)
        }
      }
    }
    if let stdin { input.fileHandleForWriting.write(Data(stdin)) }
    try input.fileHandleForWriting.close()
    // Read both pipes concurrently so a full pipe never blocks the child.
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      stdout: [UInt8](outData), stderr: String(decoding: errData, as: UTF8.self),
      exitCode: process.terminationStatus, seconds: Date().timeIntervalSince(start),
      timedOut: timedOut)
  }

  /// Runs the binary with its output thrown away and returns its exit status and its own peak
  /// resident memory (``ProcessMeasurement/MeasuredRun``: not this test runner's).
  static func peakMemory(_ arguments: [String]) throws -> (exitCode: Int32, peakBytes: Int) {
    let run = try MeasuredRun.run(executable.path, arguments)
    return (run.exitCode, run.peakBytes)
  }

  /// Runs `python3 -c script arguments…` (a test's own reference computation) and returns
  /// its standard output.
  static func python(_ script: String, _ arguments: [String]) throws -> Data {
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    python.arguments = ["python3", "-c", script] + arguments
    let pipe = Pipe()
    python.standardOutput = pipe
    try python.run()
    let answer = pipe.fileHandleForReading.readDataToEndOfFile()
    python.waitUntilExit()
    return answer
  }

  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "replynet-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
