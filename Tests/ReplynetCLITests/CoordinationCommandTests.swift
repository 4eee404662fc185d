import Discussion
import Foundation
import Testing

/// `replynet coordination` as a user runs it, on a JSON Lines table of a generated world with
/// planted brigades: the JSON's `groups` name the planted members, every piece of evidence
/// points at comments of the table, and `--explain` writes the arithmetic out.
@Suite struct CoordinationCommandTests {
  static func table(brigades: Int, seed: UInt64) throws -> (path: String, planted: [Set<String>]) {
    let generator = SyntheticCorpus(
      SyntheticCorpus.Parameters(
        threads: 120, meanCommentsPerThread: 50, commenters: 700, seed: seed,
        coordination: CoordinationPlan(
          brigades: brigades, brigadeSize: 4, brigadeThreadShare: 0.15, feudingPairs: 3,
          stockPhraseProbability: 0.03)))
    let path = try CLIRunner.temporaryDirectory().appendingPathComponent("world.jsonl").path
    try CommentTableWriter.write(generator.threads(), format: .jsonLines, toFile: path)
    return (path, generator.plantedBrigades().map(Set.init))
  }

  @Test func jsonGroupsAreThePlantedBrigadesWithTheirEvidence() throws {
    let (path, planted) = try Self.table(brigades: 3, seed: 11)
    defer {
      try? FileManager.default.removeItem(
        at: URL(fileURLWithPath: path).deletingLastPathComponent())
    }
    let run = try CLIRunner.run(["coordination", "--quiet", "--format", "json", path])
    #expect(run.exitCode == 0, "\(run.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout)) as? [String: Any])
    let groups = try #require(json["groups"] as? [[String: Any]])
    let found = groups.map { Set(($0["members"] as? [String]) ?? []) }
    #expect(Set(found) == Set(planted), "found \(found), planted \(planted)")
    // Evidence names comments of the table, by commenters of the group, within the window.
    let records = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
    var byKey: [String: [String: Any]] = [:]
    for r in records { byKey["\(r["thread"]!)#\(r["id"]!)"] = r }
    for group in groups {
      let members = Set(group["members"] as! [String])
      let evidence = try #require(group["evidence"] as? [[String: Any]])
      #expect(!evidence.isEmpty)
      for edge in evidence {
        #expect((edge["observed"] as! Int) >= 3)
        #expect((edge["expected"] as! Double) < Double(edge["observed"] as! Int))
        #expect((edge["adjusted_p"] as! Double) <= 0.01)
        for pair in edge["pairs"] as! [[String: Any]] {
          let thread = pair["thread"] as! String
          let first = try #require(byKey["\(thread)#\(pair["first"]!)"])
          let second = try #require(byKey["\(thread)#\(pair["second"]!)"])
          #expect(members.contains(first["author"] as! String))
          #expect(members.contains(second["author"] as! String))
          #expect(first["author"] as! String != second["author"] as! String)
          #expect((pair["seconds"] as! Int) <= 300)
        }
      }
    }
    let text = try CLIRunner.run(["coordination", "--quiet", path])
    #expect(text.stdoutText.contains("group 1: 4 commenters"))
    let explained = try CLIRunner.run(["coordination", "--quiet", "--explain", "1", path])
    #expect(explained.exitCode == 0)
    #expect(explained.stdoutText.contains("P(X ≥"))
    #expect(explained.stdoutText.contains("p = 1 − (1 − q)^(a·b)"))
    let missing = try CLIRunner.run(["coordination", "--quiet", "--explain", "9", path])
    #expect(missing.exitCode == 65)
    #expect(missing.stderr.contains("no group 9 (3 groups found)"))
  }

  @Test func aWorldWithoutBrigadesHasNoGroup() throws {
    let (path, _) = try Self.table(brigades: 0, seed: 12)
    defer {
      try? FileManager.default.removeItem(
        at: URL(fileURLWithPath: path).deletingLastPathComponent())
    }
    let run = try CLIRunner.run(["coordination", "--quiet", "--format", "json", path])
    #expect(run.exitCode == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout)) as? [String: Any])
    #expect((json["groups"] as? [Any])?.isEmpty == true)
    #expect((json["pairs_tested"] as? Int ?? 0) > 1000)
    let text = try CLIRunner.run(["coordination", "--quiet", path])
    #expect(text.stdoutText.hasSuffix("more often than chance allows\n"))
  }

  /// The worst cases of co-activity: 60,000 comments by 6,000 commenters all at one instant
  /// (a scraper that kept only the date), whose 1.8 billion pairs of comments are never
  /// listed, as the thread tells nothing; and 100,000 comments a second apart, each within
  /// the window of the next 300, listed once per pair of commenters.
  @Test func denseThreadsFinishAndTheInstantOneIsLeftOut() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    var instant: [UInt8] = []
    var burst: [UInt8] = []
    for i in 0..<100_000 {
      let line = { (time: Int, authors: Int) in
        Array(
          #"{"id":"\#(i)","thread":"t","author":"u\#((i * 7919) % authors)","time":\#(time),"text":"слово \#(i % 97) и още \#(i % 89) думи тук"}"#
            .utf8) + [10]
      }
      if i < 60_000 { instant += line(1_700_000_000, 6_000) }
      burst += line(1_700_000_000 + i, 5_000)
    }
    let instantPath = dir.appendingPathComponent("instant.jsonl")
    let burstPath = dir.appendingPathComponent("burst.jsonl")
    try Data(instant).write(to: instantPath)
    try Data(burst).write(to: burstPath)
    let first = try CLIRunner.run(
      ["coordination", "-q", "--format", "json", instantPath.path], timeout: 300)
    #expect(!first.timedOut && first.exitCode == 0, "\(first.stderr.suffix(300))")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(first.stdout)) as? [String: Any])
    #expect(json["threads_too_dense"] as? Int == 1)
    #expect(json["pairs_tested"] as? Int == 0)
    let second = try CLIRunner.run(["coordination", "-q", burstPath.path], timeout: 300)
    #expect(!second.timedOut && second.exitCode == 0, "\(second.stderr.suffix(300))")
    #expect(second.stdoutText.contains("no group"))
    print(
      "instant \(String(format: "%.1f", first.seconds)) s, burst \(String(format: "%.1f", second.seconds)) s"
    )
  }
}
