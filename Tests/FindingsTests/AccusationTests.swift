import Discussion
import DiscussionGraph
import Findings
import Foundation
import Testing

/// "Called a troll by several different people": counted by distinct accusers.
@Suite struct AccusationTests {
  static func corpus() -> Corpus {
    // X and Y write; A, B and C call X a troll (A twice), D calls Y a копейка twice, E calls X
    // an idiot (hostile, no accusation), and X calls itself a troll (not counted).
    let rows: [(String, String, String?, String)] = [
      ("1", "X", nil, "мнение"), ("2", "Y", nil, "друго мнение"),
      ("3", "A", "1", "ти си трол"), ("4", "A", "1", "пак трол"), ("5", "B", "1", "ТРОЛ!"),
      ("6", "C", "1", "т.р.о.л.о.в.е сте"), ("7", "D", "2", "копейка"), ("8", "D", "2", "копейки"),
      ("9", "E", "1", "идиот"), ("10", "X", "1", "аз не съм трол"), ("11", "F", "2", "тролейбус"),
      ("12", "G", "2", "тролска работа"),
    ]
    let comments = rows.map {
      Discussion.Comment(id: $0.0, author: $0.1, replyTo: $0.2, text: $0.3)
    }
    var thread = CommentThread(id: "t", sourceFile: "t", comments: comments)
    ReplyResolution.resolve(&thread)
    return Corpus(threads: [thread])
  }

  @Test("Distinct accusers, not accusing replies; no self-accusation; insults are not accusations")
  func counts() throws {
    let corpus = Self.corpus()
    let report = ConflictReport(corpus: corpus, options: .init(rewirings: 0))
    func accused(_ name: String) -> Int? {
      report.commenters.first { corpus.commenters[$0.commenter].displayName == name }?.accusedBy
    }
    #expect(accused("X") == 3)  // A, B, C (A's second accusation and X's own do not count)
    #expect(accused("Y") == 2)  // D (twice) and G; "тролейбус" is no accusation
    #expect(accused("E") == 0)
    #expect(report.accused.map { corpus.commenters[$0.commenter].displayName } == ["X", "Y"])
    let table = ConflictTables(report: report, top: 10).accused
    #expect(table.rows.map { [$0[1], $0[2]] } == [["X", "3"], ["Y", "2"]])
    let json =
      try JSONSerialization.jsonObject(with: Data(ConflictJSON(report: report).render().utf8))
      as? [String: Any]
    let rows = try #require(json?["commenters"] as? [[String: Any]])
    #expect(rows.first { $0["name"] as? String == "X" }?["accused_by"] as? Int == 3)
    let explained =
      ConflictExplanations(report: report).explain("X")?.textLines(labelWidth: 18) ?? []
    #expect(
      explained.contains { $0.hasPrefix("accused by") && $0.contains("3 distinct commenters") })
  }

  @Test("The lexicon's [accusation] section; an unknown section is an error with its line")
  func lexiconSections() throws {
    let lexicon = try HostilityLexicon(text: "гад\n[accusation]\nтрол 0.5\n[hostility]\nидиот*\n")
    #expect(lexicon.entries.map(\.isAccusation) == [false, true, false])
    #expect(throws: HostilityLexicon.ParseError.self) {
      try HostilityLexicon(text: "гад\n[insults]\n")
    }
    // A term twice (here plain, then as an accusation) is an error naming both lines.
    do {
      _ = try HostilityLexicon(text: "трол\n[accusation]\nТРОЛ 0.5\n", source: "my.txt")
      Issue.record("a repeated term was accepted")
    } catch {
      #expect(error.description == "my.txt:3: entry 'ТРОЛ' repeats the term of line 1")
    }
    #expect((try? HostilityLexicon(text: "трол\nтрол*\n"))?.entries.count == 2)  // word and stem
    let accusations = HostilityLexicon.bulgarian.entries.filter(\.isAccusation).map(\.term)
    #expect(
      accusations.contains("трол") && accusations.contains("копей*")
        && accusations.contains("соросоид*"))
  }
}
