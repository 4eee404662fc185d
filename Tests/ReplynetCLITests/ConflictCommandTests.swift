import Foundation
import Testing

/// `replynet conflict` run as a user runs it, on the sample thread and a small feud table.
@Suite struct ConflictCommandTests {
  static let feudTable = CLIRunner.repositoryRoot.appendingPathComponent(
    "Tests/Fixtures/conflict/feud.jsonl"
  ).path

  static func json(_ arguments: [String]) throws -> [String: Any] {
    let result = try CLIRunner.run(["conflict", "-q", "--format", "json"] + arguments)
    #expect(result.exitCode == 0)
    return try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
  }

  @Test func sampleThreadJSON() throws {
    let report = try Self.json([CLIRunner.sample, "--rewirings", "20"])
    #expect(
      Set(report.keys).isSuperset(of: ["summary", "comments", "feuds", "commenters", "camps"]))
    let comments = try #require(report["comments"] as? [[String: Any]])
    #expect(comments.count == 22)
    let first = try #require(comments.first)
    #expect(first["thread"] as? String == "fakti-belarus-eu-2025-10-17")
    #expect(first["id"] as? String == "1")
    // 5 likes, 9 dislikes: 14^(5/9).
    #expect(first["controversy"] as? Double == pow(14.0, 5.0 / 9.0))
    let hostile = comments.filter { ($0["hostility"] as? Double ?? 0) > 0 }.compactMap {
      $0["id"] as? String
    }
    #expect(hostile == ["3", "5", "7", "8", "14"])
    let summary = try #require(report["summary"] as? [String: Any])
    #expect(summary["comments"] as? Int == 22)
    #expect(summary["removed"] as? Int == 1)
    #expect(summary["depth"] as? Int == 2)
  }

  @Test func feudTable() throws {
    let report = try Self.json([Self.feudTable, "--rewirings", "0"])
    let feuds = try #require(report["feuds"] as? [[String: Any]])
    // Ана ← Боби ← Ана ← Боби: 4 turns; Вера's reply to #4 is not part of it.
    #expect(feuds.count == 1)
    let feud = try #require(feuds.first)
    #expect(feud["thread"] as? String == "t")
    #expect(feud["a"] as? String == "Ана")
    #expect(feud["b"] as? String == "Боби")
    #expect(feud["turns"] as? Int == 4)
    #expect(feud["comments"] as? [String] == ["1", "2", "3", "4"])
    // копей* 1 at turns 2 and 3 ("копейко", "к0пейка"), маймун* 1.5 at turn 4.
    #expect(feud["hostility_by_turn"] as? [Double] == [0, 1, 1, 1.5])
    let commenters = try #require(report["commenters"] as? [[String: Any]])
    let ana = try #require(commenters.first { $0["id"] as? String == "Ана" })
    #expect(ana["hostility_received"] as? Int == 2)
    #expect(ana["feuds"] as? Int == 1)
    #expect(ana["role"] as? String == "feuder")
    // "Загадка" does not contain the term "гад" as a word.
    let comments = try #require(report["comments"] as? [[String: Any]])
    #expect(comments.last?["hostility"] as? Double == 0)
  }

  @Test func textReportIsDeterministic() throws {
    let arguments = ["conflict", "-q", "--rewirings", "50", "--seed", "4", Self.feudTable]
    let a = try CLIRunner.run(arguments)
    let b = try CLIRunner.run(arguments)
    #expect(a.exitCode == 0)
    #expect(a.stdout == b.stdout)
    #expect(a.stdoutText.contains("Feuds"))
    #expect(a.stdoutText.contains("#1 #2 #3 #4"))
    let markdown = try CLIRunner.run(["conflict", "-q", "--format", "markdown", Self.feudTable])
    #expect(markdown.stdoutText.hasPrefix("# Conflict report"))
  }

  @Test func explainShowsTheEvidence() throws {
    let comment = try CLIRunner.run(["conflict", "-q", "--explain", "3", CLIRunner.sample])
    #expect(comment.exitCode == 0)
    #expect(
      comment.stdoutText.contains(#"маймун* 1.5 ("ма йму няк") + путлер* 1 ("Путлер") = 2.5"#))
    #expect(comment.stdoutText.contains("11^(3/8)"))
    let person = try CLIRunner.run(["conflict", "-q", "--explain", "Ана", Self.feudTable])
    #expect(person.stdoutText.contains("feuder"))
    #expect(person.stdoutText.contains("t#4 by Боби to #3"))
    let missing = try CLIRunner.run(["conflict", "-q", "--explain", "никой", Self.feudTable])
    #expect(missing.exitCode != 0)
  }

  @Test func lexiconFileReplacesTheDefault() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let lexicon = dir.appendingPathComponent("lexicon.txt")
    try Data("# only one term\nдвамцата 3\n".utf8).write(to: lexicon)
    let report = try Self.json(["--lexicon", lexicon.path, "--rewirings", "0", CLIRunner.sample])
    let comments = try #require(report["comments"] as? [[String: Any]])
    let hostile = comments.filter { ($0["hostility"] as? Double ?? 0) > 0 }
    #expect(hostile.compactMap { $0["id"] as? String } == ["1"])
    #expect(hostile.first?["hostility"] as? Double == 3)
    try Data("двамцата -2\n".utf8).write(to: lexicon)
    let bad = try CLIRunner.run(["conflict", "-q", "--lexicon", lexicon.path, CLIRunner.sample])
    #expect(bad.exitCode == 65)
    #expect(bad.stderr.contains("lexicon.txt:1"))
  }
}
