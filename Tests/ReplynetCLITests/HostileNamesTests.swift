import Foundation
import Testing

@testable import Discussion

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Names anyone can choose — spreadsheet formulas with and without a leading tab or CR,
/// quotes, `<`, `&`, control characters, U+0008 and U+000C — written through every output
/// that holds text: CSV cells never start a formula and read back to the name; JSON reads back
/// to the name; markup stays well-formed.
@Suite struct HostileNamesTests {
  static let names = [
    "=1+1", "@SUM(1)", "+cmd|' /C calc'!A0", "-minus-", "'=already quoted", "''=twice",
    "\"Quoted\", with comma", "<b>bold</b> & co", "back\u{8}space\u{C}feed", "Ноќ <script>",
    "ctrl\u{1}and\u{7}bell",
  ]

  /// A thread in which each name replies to the one before, with hostile texts too, and two
  /// names that start with a tab and a carriage return.
  static func table() -> String {
    var lines: [String] = []
    let all = names + ["\t=tab", "\r=cr"]
    for (i, name) in all.enumerated() {
      let reply = i == 0 ? "null" : JSONText.quoted(String(i))
      let text = JSONText.quoted("=HYPERLINK(\"x\") reply to \(all[max(0, i - 1)]) копейка")
      lines.append(
        #"{"id": "\#(i + 1)", "thread": "=thread <&>", "reply_to": \#(reply), "author": \#(JSONText.quoted(name)), "likes": \#(i), "dislikes": 1, "text": \#(text)}"#
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static var expectedNames: [String] { names + ["\t=tab", "\r=cr"] }

  func csvCells(_ bytes: [UInt8]) throws -> [[String]] {
    var parser = CSVParser(bytes)
    var rows: [[String]] = []
    while let record = try parser.next() { rows.append(record.fields.map { $0 ?? "" }) }
    return rows
  }

  func expectNeutralised(_ cells: [String], _ what: String) {
    for cell in cells {
      let rest = cell.drop(while: { $0 == "'" })
      if let first = rest.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
        #expect(cell.hasPrefix("'"), "\(what): formula cell \(cell.debugDescription)")
      }
    }
  }

  @Test("Comment tables: CSV neutralised and read back unchanged; JSON Lines and JSON exact")
  func parseOutputs() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("hostile.jsonl")
    try Data(Self.table().utf8).write(to: input)
    let csv = try CLIRunner.run(["parse", "-q", "--format", "csv", input.path])
    #expect(csv.exitCode == 0)
    let rows = try csvCells(csv.stdout)
    let author = try #require(rows.first?.firstIndex(of: "author"))
    #expect(rows.dropFirst().map { CSVCell.reading($0[author]) } == Self.expectedNames)
    for row in rows.dropFirst() { expectNeutralised(row, "parse --format csv") }
    // Reads back to the same table.
    let back = dir.appendingPathComponent("back.csv")
    try Data(csv.stdout).write(to: back)
    let again = try CLIRunner.run(["parse", "-q", back.path])
    let original = try CLIRunner.run(["parse", "-q", input.path])
    #expect(
      String(decoding: again.stdout, as: UTF8.self).replacing(#""thread":"=thread <&>""#, with: "")
        == String(decoding: original.stdout, as: UTF8.self).replacing(
          #""thread":"=thread <&>""#, with: ""))
    for format in ["jsonl", "json"] {
      let out = try CLIRunner.run(["parse", "-q", "--format", format, input.path])
      let records: [[String: Any]]
      if format == "json" {
        records = try #require(
          JSONSerialization.jsonObject(with: Data(out.stdout)) as? [[String: Any]])
      } else {
        records = try out.lines.map {
          try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
      }
      #expect(records.map { $0["author"] as? String } == Self.expectedNames, "\(format)")
    }
  }

  @Test("stats and commenters: CSV neutralised, JSON exact, table and markdown one row a name")
  func statsOutputs() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("hostile.jsonl")
    try Data(Self.table().utf8).write(to: input)
    let csv = try CLIRunner.run(["stats", "-q", "--format", "csv", input.path])
    let rows = try csvCells(csv.stdout)
    #expect(Set(rows.dropFirst().map { CSVCell.reading($0[1]) }) == Set(Self.expectedNames))
    for row in rows.dropFirst() { expectNeutralised(Array(row.prefix(2)), "stats --format csv") }
    let json = try CLIRunner.run(["stats", "-q", "--format", "json", input.path])
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
    let commenters = try #require(object["commenters"] as? [[String: Any]])
    #expect(Set(commenters.compactMap { $0["name"] as? String }) == Set(Self.expectedNames))
    let markdown = try CLIRunner.run(["stats", "-q", "--format", "markdown", input.path])
    #expect(
      markdown.lines.filter { $0.hasPrefix("| ") && $0.first == "|" }.count
        >= Self.expectedNames.count)
    let commenterLines = try CLIRunner.run(["commenters", "-q", "--format", "jsonl", input.path])
      .lines
    let listed = try commenterLines.map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["name"]
        as? String
    }
    #expect(Set(listed.compactMap { $0 }) == Set(Self.expectedNames))
  }

  @Test("conflict JSON holds the names exactly; render's DOT and SVG stay well-formed")
  func conflictAndRender() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("hostile.jsonl")
    try Data(Self.table().utf8).write(to: input)
    let json = try CLIRunner.run([
      "conflict", "-q", "--rewirings", "10", "--format", "json", input.path,
    ])
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
    let commenters = try #require(object["commenters"] as? [[String: Any]])
    #expect(Set(commenters.compactMap { $0["name"] as? String }) == Set(Self.expectedNames))
    for format in ["text", "markdown"] {
      #expect(
        try CLIRunner.run(["conflict", "-q", "--rewirings", "10", "--format", format, input.path])
          .exitCode == 0)
    }
    let svg = try CLIRunner.run([
      "render", "-q", "--view", "replies", "--format", "svg", input.path,
    ])
    #expect(svg.exitCode == 0, "\(svg.stderr)")
    let parser = XMLParser(data: Data(svg.stdout))
    #expect(
      parser.parse(), "the SVG is not well-formed XML: \(String(describing: parser.parserError))")
    let dot = try CLIRunner.run(["render", "-q", "--view", "thread", "--format", "dot", input.path])
    #expect(dot.exitCode == 0)
    #expect(!dot.stdoutText.contains("\u{8}") && !dot.stdoutText.contains("\u{1}"))
  }
}
