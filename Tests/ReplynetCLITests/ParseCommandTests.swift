import Foundation
import Testing

/// `replynet parse` end to end: the built binary on the sample thread and on bad input.
@Suite struct ParseCommandTests {
  func objects(_ result: CLIRunner.Result) throws -> [[String: Any]] {
    try result.lines.map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test func sampleThreadAsJSONLines() throws {
    let result = try CLIRunner.run(["parse", CLIRunner.sample])
    #expect(result.exitCode == 0)
    let records = try objects(result)
    #expect(records.count == 22)
    #expect(records[0]["id"] as? String == "1")
    #expect(records[0]["thread"] as? String == "fakti-belarus-eu-2025-10-17")
    #expect(records[0]["author"] as? String == "Ганя Путинофила")
    #expect(records[0]["likes"] as? Int == 5)
    #expect(records[0]["dislikes"] as? Int == 9)
    #expect(records[0]["time"] as? String == "2025-10-17T17:18:00+03:00")
    #expect(records[1]["removed"] as? Bool == true)
    #expect(records[1]["author"] as? String == "Небесен Йерусалим")
    #expect(records[12]["reply_to"] as? String == "2")
    #expect(records[21]["reply_to"] as? String == "19")
    #expect(
      records[8]["text"] as? String
        == "Лукашенко ще бил искал да се сближава с ЕС..то!\n\nЩо така бе Миме!")
    #expect(
      result.stderr.contains("integrity: 1 thread, 22 comments, 1 removed, 2 replies resolved"))
    #expect(result.stderr.contains("fakti-belarus-eu-2025-10-17.txt:34: note:"))
  }

  @Test(arguments: ["jsonl", "json", "csv"])
  func outputReadsBackUnchanged(format: String) throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let first = dir.appendingPathComponent("first.\(format)").path
    let second = dir.appendingPathComponent("second.\(format)").path
    #expect(
      try CLIRunner.run(["parse", "-f", format, "-o", first, CLIRunner.sample]).exitCode == 0)
    #expect(try CLIRunner.run(["parse", "-f", format, "-o", second, first]).exitCode == 0)
    let a = try Data(contentsOf: URL(fileURLWithPath: first))
    let b = try Data(contentsOf: URL(fileURLWithPath: second))
    #expect(!a.isEmpty)
    #expect(a == b)
    // No temporary file is left beside the outputs.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [
        "first.\(format)", "second.\(format)",
      ])
  }

  @Test func standardInputAndGzip() throws {
    let sample = [UInt8](try Data(contentsOf: URL(fileURLWithPath: CLIRunner.sample)))
    let fromStdin = try CLIRunner.run(["parse", "-"], stdin: sample)
    #expect(fromStdin.exitCode == 0)
    #expect(fromStdin.lines.count == 22)
    #expect(fromStdin.lines[0].contains("\"thread\":\"stdin\""))
    // The JSON Lines output, gzip-compressed, through standard input.
    let jsonl = try CLIRunner.run(["parse", CLIRunner.sample]).stdout
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("c.jsonl")
    try Data(jsonl).write(to: path)
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
    gzip.arguments = ["-n", path.path]
    try gzip.run()
    gzip.waitUntilExit()
    let compressed = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path.path + ".gz")))
    let again = try CLIRunner.run(["parse", "-"], stdin: compressed)
    #expect(again.exitCode == 0)
    #expect(again.stdout == jsonl)
    let byName = try CLIRunner.run(["parse", path.path + ".gz"])
    #expect(byName.stdout == jsonl)
  }

  @Test func directoriesAreReadRecursively() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let nested = dir.appendingPathComponent("a/b")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: CLIRunner.sample, toPath: nested.appendingPathComponent("one.txt").path)
    try FileManager.default.copyItem(
      atPath: CLIRunner.sample, toPath: dir.appendingPathComponent("two.txt").path)
    try Data("ignored".utf8).write(to: dir.appendingPathComponent("notes.md"))
    let result = try CLIRunner.run(["parse", dir.path])
    #expect(result.exitCode == 0)
    #expect(result.lines.count == 44)
    #expect(result.stderr.contains("integrity: 2 threads, 44 comments"))
  }

  @Test func badInputsAreNamedAndTheRestIsStillRead() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let empty = dir.appendingPathComponent("empty.txt").path
    let binary = dir.appendingPathComponent("binary.txt").path
    _ = FileManager.default.createFile(atPath: empty, contents: Data())
    _ = FileManager.default.createFile(
      atPath: binary, contents: Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 10]))
    let result = try CLIRunner.run(["parse", empty, CLIRunner.sample, binary])
    #expect(result.exitCode == 65)
    #expect(result.lines.count == 22)
    #expect(result.stderr.contains("empty.txt"))
    #expect(result.stderr.contains("the file is empty"))
    #expect(result.stderr.contains("binary.txt:1: error: binary data"))
  }

  @Test func nothingReadableIsExit66() throws {
    let result = try CLIRunner.run(["parse", "/nonexistent/thread.txt"])
    #expect(result.exitCode == 66)
    #expect(result.stderr.contains("/nonexistent/thread.txt"))
    #expect(result.stdout.isEmpty)
  }

  @Test func usageErrorIsExit64() throws {
    let result = try CLIRunner.run(["parse", "--format", "xml", CLIRunner.sample])
    #expect(result.exitCode == 64)
    #expect(result.stdout.isEmpty)
  }

  @Test func writingToANamedPipeWritesThroughIt() throws {
    // `-o /dev/null` or `-o pipe` must write into the device or pipe, not rename a temporary
    // file over it. A named pipe in a temporary directory shows it without touching /dev.
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let fifo = dir.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    nonisolated(unsafe) var received = Data()
    let reader = DispatchGroup()
    reader.enter()
    DispatchQueue.global().async {
      if let handle = FileHandle(forReadingAtPath: fifo) { received = handle.readDataToEndOfFile() }
      reader.leave()
    }
    let result = try CLIRunner.run(["parse", "-o", fifo, CLIRunner.sample])
    // A writer that renamed a file over the pipe never opened it: the reader would wait forever.
    #expect(reader.wait(timeout: .now() + 20) == .success)
    #expect(result.exitCode == 0)
    #expect(String(decoding: received, as: UTF8.self).split(separator: "\n").count == 22)
    var status = stat()
    #expect(stat(fifo, &status) == 0)
    #expect(status.st_mode & S_IFMT == S_IFIFO)
  }

  @Test func unwritableOutputIsExit74() throws {
    let result = try CLIRunner.run(["parse", "-o", "/nonexistent/dir/out.jsonl", CLIRunner.sample])
    #expect(result.exitCode == 74)
    #expect(result.stderr.contains("/nonexistent/dir/out.jsonl"))
  }
}
