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
    let run = try CLIRunner.run(["coordination", "--quiet", "--format", "json", path])
    #expect(run.exitCode == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout)) as? [String: Any])
    #expect((json["groups"] as? [Any])?.isEmpty == true)
    #expect((json["pairs_tested"] as? Int ?? 0) > 1000)
    let text = try CLIRunner.run(["coordination", "--quiet", path])
    #expect(text.stdoutText.hasSuffix("more often than chance allows\n"))
  }
}
