import Discussion
import DiscussionGraph
import Findings
import Foundation
import Testing

/// The findings of the conflict analysis that every front end shows: rankings, tables and
/// explanations, from the entry points the command line calls.
@Suite struct ConflictFindingsTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The feud fixture (Ана and Боби trade insults in 5 turns), read as the CLI reads it.
  static func feudReport() throws -> ConflictReport {
    let path = root.appendingPathComponent("Tests/Fixtures/conflict/feud.jsonl").path
    let load = ThreadLoader.corpus([path])
    #expect(load.errors.isEmpty)
    return ConflictReport(corpus: load.corpus, options: .init(rewirings: 20, seed: 1))
  }

  @Test("Rankings: most controversial first, ties in corpus order; lightning rods by hostility")
  func rankings() throws {
    let report = try Self.feudReport()
    let all = report.mostControversialComments(top: .max)
    let ranked = all.comments
    #expect(!ranked.isEmpty)
    #expect(ranked.allSatisfy { $0.controversy > 0 })
    #expect(ranked.count == report.comments.joined().filter { $0.controversy > 0 }.count)
    #expect(all.count == ranked.count)
    // A shorter list is the longer one's head.
    let two = report.mostControversialComments(top: 2)
    #expect(two.comments == Array(ranked.prefix(2)) && two.count == all.count)
    for (a, b) in zip(ranked, ranked.dropFirst()) {
      #expect(
        a.controversy > b.controversy
          || (a.controversy == b.controversy && (a.thread, a.comment) < (b.thread, b.comment)))
    }
    let rods = report.lightningRods
    #expect(rods.allSatisfy { $0.hostilityReceived > 0 })
    for (a, b) in zip(rods, rods.dropFirst()) {
      #expect(a.hostilityReceived >= b.hostilityReceived)
    }
  }

  @Test("Tables cut their lists to top rows and say how many were left out")
  func tables() throws {
    let report = try Self.feudReport()
    let one = ConflictTables(report: report, top: 1)
    let all = ConflictTables(report: report, top: 100)
    #expect(one.controversial.rows.count == 1)
    let count = report.mostControversialComments(top: 0).count
    #expect(all.controversial.rows.count == count)
    #expect(one.controversial.note == "\(count - 1) more")
    #expect(all.controversial.note == nil)
    #expect(
      all.feuds.rows.first?[2...3] == ["Ана", "Боби"]
        || all.feuds.rows.first?[2...3] == ["Боби", "Ана"])
    #expect(
      one.tables.map(\.title) == [
        "Summary", "Most controversial comments", "Feuds",
        "Lightning rods (hostile replies received)",
        "Called a troll or paid (by distinct accusers)", "Camps",
      ])
  }

  @Test("A comment's explanation writes each formula out with the report's own numbers")
  func commentExplanation() throws {
    let report = try Self.feudReport()
    let explanation = try #require(ConflictExplanations(report: report).explain("t#2"))
    #expect(explanation.subject.hasPrefix("comment #2 in t by Боби"))
    #expect(
      explanation.lines.map(\.label).prefix(5) == [
        "votes", "controversy", "hostility", "shouting", "exclamation",
      ])
    let c = report.comments[0][1]
    let controversy = explanation.lines[1].parts
    // 1 like, 4 dislikes: (1 + 4)^(1/4).
    #expect(
      controversy == [
        .formula(
          name: nil, expression: "(likes + dislikes)^(min / max)", steps: ["5^(1/4)", "5^0.25"],
          result: FindingsText.number(c.controversy))
      ])
    #expect(abs(c.controversy - 1.4953487812212205) < 1e-12)  // 5^0.25, by hand
    let text = explanation.textLines(labelWidth: ConflictExplanations.labelWidth(explanation))
    #expect(
      text.contains("controversy  (likes + dislikes)^(min / max) = 5^(1/4) = 5^0.25 = 1.49535"))
    #expect(text.contains { $0.hasPrefix("hostility    копей") })
  }

  @Test("A commenter's roles are explained from the thresholds the rules use")
  func commenterExplanation() throws {
    let report = try Self.feudReport()
    let explanation = try #require(ConflictExplanations(report: report).explain("Ана"))
    let roles = try #require(explanation.lines.first { $0.label == "roles" })
    let ana = try #require(
      report.commenters.first { report.corpus.commenters[$0.commenter].displayName == "Ана" })
    #expect(roles.parts == [.text(ana.roles.map(\.rawValue).joined(separator: ", "))])
    let details = explanation.details["roles"] ?? []
    #expect(details.count == ana.roles.count)
    if ana.roles.contains(.feuder) {
      #expect(
        details.contains {
          $0.hasPrefix("feuder: \(ana.feuds) feuds (≥ \(CommenterRole.Thresholds.feuderFeuds)")
        })
    }
    #expect(ConflictExplanations(report: report).explain("nobody") == nil)
  }
}
