import Foundation
import Testing

/// `--strict` on every command: the first input (in the order given) that cannot be read
/// wholly stops the run with its error and exit 65, before any output; without it, the good
/// inputs are read, the bad ones named, and the exit is 65 too.
@Suite struct StrictInputTests {
  /// A good page, a table with an unreadable record on line 2, then a file that is not a
  /// table at all: strict stops at the second and never mentions the third.
  static func inputs(in dir: URL) throws -> [String] {
    let bad = dir.appendingPathComponent("bad-record.jsonl")
    try Data(
      """
      {"id":"1","thread":"t","author":"Ана","text":"x"}
      {"id":"2","thread":"t","author":
      {"id":"3","thread":"t","reply_to":"1","author":"Боби","text":"y"}

      """.utf8
    ).write(to: bad)
    let broken = dir.appendingPathComponent("broken.json")
    try Data("[{\"id\": ".utf8).write(to: broken)
    return [CLIRunner.sample, bad.path, broken.path]
  }

  static let commands: [[String]] = [
    ["parse"], ["stats"], ["conflict"], ["render", "--format", "dot"], ["commenters"],
  ]

  @Test(arguments: commands)
  func strictStopsAtTheFirstUnreadableInput(command: [String]) throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let inputs = try Self.inputs(in: dir)
    let strict = try CLIRunner.run(command + ["--strict"] + inputs)
    #expect(strict.exitCode == 65, "\(command): \(strict.stderr)")
    #expect(strict.stdout.isEmpty, "\(command) wrote output before stopping")
    #expect(strict.stderr.contains("bad-record.jsonl:2: error:"), "\(strict.stderr)")
    #expect(!strict.stderr.contains("broken.json"), "\(command) read on after the first")
    // Only the error: not the findings of the good page read before it.
    #expect(!strict.stderr.contains("fakti-belarus"), "\(command): \(strict.stderr)")

    let lenient = try CLIRunner.run(command + inputs)
    #expect(lenient.exitCode == 65, "\(command): \(lenient.stderr)")
    #expect(!lenient.stdout.isEmpty, "\(command) without --strict wrote nothing")
    #expect(lenient.stderr.contains("broken.json"))
    #expect(lenient.stderr.contains("fakti-belarus"), "the page's findings are printed")
  }

  @Test func strictWritesNoFile() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let inputs = try Self.inputs(in: dir)
    let table = dir.appendingPathComponent("table.csv").path
    let bundle = dir.appendingPathComponent("bundle").path
    let diagram = dir.appendingPathComponent("d.svg").path
    for command in [
      ["parse", "-o", table], ["export", "--to", bundle], ["render", "-o", diagram],
    ] {
      let result = try CLIRunner.run(command + ["--strict", "-q"] + inputs)
      #expect(result.exitCode == 65, "\(command): \(result.stderr)")
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(left == ["bad-record.jsonl", "broken.json"])
  }

  @Test func strictReadsAWholeInputAsUsual() throws {
    let strict = try CLIRunner.run(["stats", "--strict", "-q", CLIRunner.sample])
    let lenient = try CLIRunner.run(["stats", "-q", CLIRunner.sample])
    #expect(strict.exitCode == 0)
    #expect(strict.stdout == lenient.stdout)
  }

  @Test func strictStopsAtAPathThatDoesNotExist() throws {
    let result = try CLIRunner.run(["stats", "--strict", "/nonexistent/x.txt", CLIRunner.sample])
    #expect(result.exitCode == 65)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("/nonexistent/x.txt"))
  }
}
