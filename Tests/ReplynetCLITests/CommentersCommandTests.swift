import Foundation
import Testing

@Suite struct CommentersCommandTests {
  @Test func foldingMergesLookAlikeSpellings() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let table = dir.appendingPathComponent("t.jsonl")
    let records = [
      #"{"id":"1","thread":"a","author":"Kозел"}"#,  // Latin K
      #"{"id":"2","thread":"a","author":"козел","reply_to":"1"}"#,
      #"{"id":"3","thread":"b","author":"Ана"}"#,
    ]
    try Data(records.joined(separator: "\n").utf8).write(to: table)
    let exact = try CLIRunner.run(["commenters", table.path])
    #expect(exact.exitCode == 0)
    #expect(exact.lines.count == 4)  // header + 3
    let folded = try CLIRunner.run(["commenters", "--fold-names", "-f", "jsonl", table.path])
    #expect(folded.lines.count == 2)
    let goat = try #require(folded.lines.first { $0.contains("озел") })
    let object = try #require(JSONSerialization.jsonObject(with: Data(goat.utf8)) as? [String: Any])
    #expect(object["comments"] as? Int == 2)
    #expect(object["spellings"] as? [String] == ["Kозел", "козел"])
  }
}
