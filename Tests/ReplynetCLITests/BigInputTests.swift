import Foundation
import Testing

/// A comment of 10 MB and a commenter whose name has 100,000 characters: every command reads
/// them; data formats keep both whole; diagrams show the name shortened with an ellipsis
/// (a node as wide as a 100,000-character label is no diagram). The commands that only show
/// the text in part (stats, render) read a 1 MB comment instead: a debug build reads a few MB
/// a second.
@Suite struct BigInputTests {
  static let name = String(repeating: "Ж", count: 50_000) + String(repeating: "x", count: 50_000)
  static let text = String(repeating: "Здравей, ", count: 1_200_000)  // 10.8 MB of UTF-8
  static let shorterText = String(repeating: "Здравей, ", count: 120_000)  // 1.1 MB

  /// Three comments: the long name writes the long text, "Боби" replies and names the long
  /// name in quotes (a mention), the long name answers and mentions Боби.
  static func table(in dir: URL, text: String = text) throws -> String {
    let rows = [
      #"{"id":"1","thread":"t","author":"\#(name)","text":"\#(text)","time":"2025-10-17T17:18:00+03:00"}"#,
      #"{"id":"2","thread":"t","reply_to":"1","author":"Боби","text":"не, \"\#(name)\"","time":"2025-10-17T17:19:00+03:00"}"#,
      #"{"id":"3","thread":"t","reply_to":"2","author":"\#(name)","text":"да @Боби","time":"2025-10-17T17:20:00+03:00"}"#,
    ]
    let path = dir.appendingPathComponent("big.jsonl").path
    try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  static func count(of needle: String, in bytes: [UInt8]) -> Int {
    let pattern = Array(needle.utf8)
    var found = 0
    var i = 0
    while i + pattern.count <= bytes.count {
      if bytes[i] == pattern[0] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
        found += 1
        i += pattern.count
      } else {
        i += 1
      }
    }
    return found
  }

  @Test func parseKeepsTheNameAndTheTextWhole() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try Self.table(in: dir)
    for format in ["jsonl", "csv", "json"] {
      let result = try CLIRunner.run(["parse", "-q", "-f", format, input])
      #expect(result.exitCode == 0, "\(format): \(result.stderr)")
      #expect(Self.count(of: Self.name, in: result.stdout) == 3, "\(format)")
      #expect(Self.count(of: Self.text, in: result.stdout) == 1, "\(format)")
    }
  }

  @Test func statsDataFormatsKeepTheNameTheTableShortensIt() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try Self.table(in: dir, text: Self.shorterText)
    for format in ["csv", "json"] {
      let result = try CLIRunner.run(["stats", "-q", "-f", format, input])
      #expect(result.exitCode == 0)
      #expect(Self.count(of: Self.name, in: result.stdout) >= 1, "stats -f \(format)")
    }
    let table = try CLIRunner.run(["stats", "-q", input])
    #expect(table.exitCode == 0)
    #expect(table.lines.allSatisfy { $0.count < 400 }, "a line of the table is not shortened")
    #expect(table.stdoutText.contains("ЖЖЖ…"))
  }

  @Test(arguments: ["replies", "thread", "mentions", "combined"])
  func diagramsShortenTheName(view: String) throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try Self.table(in: dir, text: Self.shorterText)
    let dot = try CLIRunner.run(["render", "-q", "--view", view, "--format", "dot", input])
    #expect(dot.exitCode == 0, "\(dot.stderr)")
    #expect(dot.stdoutText.contains("…"))
    #expect(
      dot.lines.allSatisfy { $0.count < 2_000 }, "\(view): a label or tooltip is not shortened")
    let svg = dir.appendingPathComponent("\(view).svg").path
    let rendered = try CLIRunner.run(["render", "-q", "--view", view, "-o", svg, input])
    #expect(rendered.exitCode == 0, "\(rendered.stderr)")
    let width = try String(contentsOfFile: svg, encoding: .utf8)
      .firstMatch(of: /<svg width="([0-9]+)pt"/).map { Int($0.1)! }
    #expect(width.map { $0 < 2_000 } == true, "\(view) is \(width ?? -1) pt wide")
  }

  @Test func exportKeepsTheNameInEveryFormat() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try Self.table(in: dir)
    let bundle = dir.appendingPathComponent("bundle")
    let result = try CLIRunner.run(["export", "-q", "--to", bundle.path, input])
    #expect(result.exitCode == 0, "\(result.stderr)")
    for file in [
      "nodes.csv", "commenters.csv", "edges.csv", "comments.csv", "comments.jsonl",
      "reply.graphml", "reply.gexf", "reply.json", "combined.graphml", "mention.gexf",
    ] {
      let bytes = [UInt8](try Data(contentsOf: bundle.appendingPathComponent(file)))
      #expect(Self.count(of: Self.name, in: bytes) >= 1, "\(file) lost the name")
    }
    let comments = [UInt8](try Data(contentsOf: bundle.appendingPathComponent("comments.csv")))
    #expect(Self.count(of: Self.text, in: comments) == 1)
    // SQLite stores a long value across overflow pages: ask SQLite itself.
    let sqlite = Process()
    sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    sqlite.arguments = [
      "python3", "-c",
      "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); "
        + "print(db.execute('select count(*) from commenters where length(id)=100000').fetchone()[0])",
      bundle.appendingPathComponent("replynet.sqlite").path,
    ]
    let pipe = Pipe()
    sqlite.standardOutput = pipe
    try sqlite.run()
    let answer = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    sqlite.waitUntilExit()
    #expect(answer == "1\n", "SQLite's commenters: \(answer)")
  }
}
