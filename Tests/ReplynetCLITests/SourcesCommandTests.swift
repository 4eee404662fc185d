import Foundation
import Testing

/// What the binary says about inputs other programs wrote: how each was read, and a loud
/// exit 66 (never an empty table with exit 0) when nothing was.
@Suite struct SourcesCommandTests {
  static let sources = CLIRunner.repositoryRoot.appendingPathComponent("Tests/Fixtures/sources")

  @Test("A ConvoKit corpus directory: read as one corpus, exit 0, its side files named")
  func convoKit() throws {
    let result = try CLIRunner.run([
      "stats", "--format", "json", Self.sources.appendingPathComponent("convokit").path,
    ])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stderr.contains("read as: ConvoKit corpus: "))
    #expect(result.stderr.contains("fields not read, in 7 records: vectors"))
    #expect(!result.stderr.contains("not a comment table"))
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
    let graph = try #require(json["graph"] as? [String: Any])
    #expect(graph["edges"] as? Int == 5)
  }

  @Test("A Reddit dump directory (RC_/RS_ .zst) gives the network, not an empty table")
  func redditDump() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for name in ["RC_2015-06", "RS_2015-06"] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = [
        "zstd", "-q", "--long=31",
        Self.sources.appendingPathComponent("reddit/\(name).ndjson").path, "-o",
        dir.appendingPathComponent("\(name).zst").path,
      ]
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
    }
    let result = try CLIRunner.run(["stats", "--format", "json", dir.path])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stderr.contains("read as: Reddit dump (Pushshift / Arctic Shift) × 2"))
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
    #expect((json["graph"] as? [String: Any])?["edges"] as? Int == 3)
  }

  @Test("Nothing to read: exit 66 with what was seen, and parse writes no file")
  func nothingRead() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("%PDF".utf8).write(to: dir.appendingPathComponent("paper.pdf"))
    try Data("x".utf8).write(to: dir.appendingPathComponent("RC_2022-02.zip"))
    for command in [["stats"], ["parse", "-o", dir.appendingPathComponent("out.jsonl").path]] {
      let result = try CLIRunner.run(command + [dir.path])
      #expect(result.exitCode == 66, "\(command)")
      #expect(result.stderr.contains("no comment read: 2 files skipped:"), "\(result.stderr)")
      #expect(result.stderr.contains("paper.pdf (unknown type .pdf)"))
      #expect(result.stdout.isEmpty)
    }
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.jsonl").path))
    let empty = dir.appendingPathComponent("empty.jsonl")
    try Data().write(to: empty)
    let result = try CLIRunner.run(["parse", empty.path])
    #expect(result.exitCode == 66)
    #expect(result.stderr.contains("empty.jsonl"))
  }

  @Test("--field reads another tool's names; a bad mapping is a usage error")
  func fieldOption() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("scraped.jsonl")
    try Data(
      """
      {"cid": 1, "in_reply": null, "who": {"nick": "A"}, "msg": "x"}
      {"cid": 2, "in_reply": 1, "who": {"nick": "B"}, "msg": "y"}

      """.utf8
    ).write(to: file)
    let mapped = try CLIRunner.run([
      "parse", "--field", "id=cid", "--field", "reply_to=in_reply", "--field", "author=who.nick",
      "--field", "text=msg", file.path,
    ])
    #expect(mapped.exitCode == 0, "\(mapped.stderr)")
    #expect(mapped.lines.last?.contains(#""reply_to":"1","author":"B""#) == true)
    #expect(
      mapped.stderr.contains("integrity: 1 thread, 2 comments, 0 removed, 1 replies resolved"))
    let unmapped = try CLIRunner.run(["parse", file.path])
    #expect(unmapped.exitCode == 66)
    #expect(unmapped.stderr.contains("--field id=NAME"))
    let bad = try CLIRunner.run(["parse", "--field", "parent=in_reply", file.path])
    #expect(bad.exitCode == 64)
    #expect(bad.stderr.contains("unknown field 'parent'"))
  }
}
