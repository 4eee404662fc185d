import Foundation
import Testing

@testable import Discussion

@Suite("Comment table reader")
struct CommentTableReaderTests {
  @Test("JSON Lines: threads by first appearance, parents after replies, recovery")
  func jsonLines() throws {
    let threads = try CommentTableFixture.read("sample.jsonl")
    #expect(threads.map(\.id) == ["t1", "t2"])
    let t1 = threads[0]
    #expect(t1.comments.map(\.id) == ["3", "1", "2", "5"])
    #expect(t1.comments.map(\.sourceLine) == [1, 2, 4, 6])
    // "3" replies to "1", which comes after it.
    #expect(t1.replyTargetIndex == [1, nil, nil, 2])
    // Removed "2" gets its author from the header of "5", spacing normalised.
    #expect(t1.comments[2].author == "Небесен Йерусалим")
    #expect(t1.comments[2].authorIsRecovered)
    #expect(t1.comments[2].isRemoved)
    #expect(t1.comments[1].time?.iso8601 == "2025-10-17T17:18:00+03:00")
    #expect(t1.comments[1].likes == 5 && t1.comments[1].dislikes == 9)
    #expect(t1.integrity.commentsRead == 4)
    #expect(t1.integrity.removed == 1)
    #expect(t1.integrity.repliesResolved == 2)
    #expect(t1.integrity.issues.map(\.kind) == [.targetRemovedAuthorRecovered])
    #expect(t1.integrity.issues[0].line == 4)

    let t2 = threads[1]
    #expect(t2.comments[0].id == "4")  // a number id
    #expect(t2.comments[0].author == "Georgi \"the <b>\" \\ back")
    #expect(t2.comments[0].text == "tab\there\nnew line 😀")
    #expect(t2.comments[0].time == CommentTime(epochSeconds: 1_760_710_680, utcOffsetSeconds: 0))
    #expect(t2.comments[1].time?.iso8601 == "2025-10-17T14:30:00+00:00")
    #expect(t2.integrity.count(.targetOutsideCopy) == 1)
    #expect(t2.integrity.issues.first?.line == 7)
    #expect(t2.integrity.issues.first?.file == CommentTableFixture.path("sample.jsonl"))
  }

  @Test("ConvoKit utterances.jsonl")
  func convoKit() throws {
    let threads = try CommentTableFixture.read("convokit-utterances.jsonl")
    #expect(threads.map(\.id) == ["u1", "v1"])
    let u = threads[0]
    #expect(u.comments.map(\.author) == ["alice", "bob", "carol"])
    #expect(u.comments.map(\.likes) == [4, 1, nil])
    #expect(u.comments[1].dislikes == 2)
    #expect(u.replyTargetIndex == [nil, 0, 1])
    #expect(u.comments[1].time == CommentTime(epochSeconds: 1_700_000_060, utcOffsetSeconds: 0))
    #expect(u.comments[2].time == CommentTime(epochSeconds: 1_700_000_120, utcOffsetSeconds: 0))
    #expect(threads[1].comments[0].isRemoved)
    #expect(u.integrity.issues.isEmpty)
  }

  @Test("JSON object with a comments array: element lines, bad elements reported")
  func jsonDocument() throws {
    let threads = try CommentTableFixture.read("sample.json")
    #expect(threads.count == 1)
    let t = threads[0]
    #expect(t.comments.map(\.id) == ["1", "3"])
    #expect(t.comments.map(\.sourceLine) == [4, 12])
    #expect(t.comments[1].isRemoved)  // 1 counts as true
    #expect(t.integrity.count(.unreadableRecord) == 1)
    #expect(t.integrity.issues.first { $0.kind == .unreadableRecord }?.line == 5)
    // "3" by A replies to "1" by A.
    #expect(t.integrity.count(.selfReply) == 1)
  }

  @Test("JSON array, empty inputs, and JSON that is not a table")
  func jsonShapes() throws {
    let array = Array(#"[{"id": 1, "text": "x"}, {"id": 2, "reply_to": 1}]"#.utf8)
    let threads = try CommentTableReader.read(array, format: .json, file: "dir/a.b.json")
    // No thread field: named after the file, without its format's extension.
    #expect(threads.map(\.id) == ["a.b"])
    #expect(threads[0].replyTargetIndex == [nil, 0])
    #expect(try CommentTableReader.read([], format: .json, file: "e.json").isEmpty)
    #expect(try CommentTableReader.read(Array("[]".utf8), format: .json, file: "e").isEmpty)
    #expect(try CommentTableReader.read(Array("\n\n".utf8), format: .jsonLines, file: "e").isEmpty)
    #expect(try CommentTableReader.read([], format: .csv, file: "e.csv").isEmpty)

    let notTable = #expect(throws: InputError.self) {
      try CommentTableReader.read(Array("{\n\"a\": 1}".utf8), format: .json, file: "x.json")
    }
    #expect(notTable?.line == 1)
    #expect(notTable?.message.contains("not a comment table") == true)
    let broken = #expect(throws: InputError.self) {
      try CommentTableReader.read(
        Array("[\n{\"id\": 1},\n{\"id\": }]".utf8), format: .json, file: "y.json")
    }
    #expect(broken?.line == 3)
    #expect(broken?.file == "y.json")
    #expect(broken?.description.hasPrefix("y.json:3: error: not JSON") == true)
  }

  @Test("Unreadable records are reported with their lines, never dropped silently")
  func badRecords() throws {
    let threads = try CommentTableFixture.read("bad-records.jsonl")
    #expect(threads.map(\.id) == ["t", "u"])
    let t = threads[0]
    #expect(t.comments.map(\.id) == ["1", "8"])
    #expect(t.replyTargetIndex == [nil, 0])
    let unreadable = t.integrity.issues.filter { $0.kind == .unreadableRecord }
    #expect(unreadable.map(\.line) == [2, 3, 4, 5, 7])
    #expect(unreadable[1].message.contains("likes"))
    #expect(unreadable[4].message.contains("time"))
    #expect(threads[1].comments.isEmpty)
    #expect(threads[1].integrity.issues.map(\.line) == [6])
    #expect(threads[1].integrity.issues[0].message.contains("removed"))
    let all = threads.reduce(0) { $0 + $1.integrity.issues.count + $1.comments.count }
    #expect(all == 8)  // every non-blank line is a comment or a finding
  }

  @Test("JSON Lines with a BOM, CRLF line ends and upper-case keys")
  func jsonLinesCRLF() throws {
    let text =
      "\u{FEFF}{\"ID\": \"a\", \"Text\": \"x\"}\r\n\r\n{\"id\": \"b\", \"reply_to\": \"a\"}\r\n"
    let threads = try CommentTableReader.read(Array(text.utf8), format: .jsonLines, file: "c.jsonl")
    #expect(threads.map(\.id) == ["c"])
    #expect(threads[0].comments.map(\.id) == ["a", "b"])
    #expect(threads[0].comments.map(\.sourceLine) == [1, 3])
    #expect(threads[0].comments[0].text == "x")
    #expect(threads[0].replyTargetIndex == [nil, 0])
  }

  @Test("Times out of range are unreadable, not a crash later")
  func timeRange() throws {
    let text = """
      {"id": "1", "time": 9223372036854775807}
      {"id": "2", "time": -1e300}
      {"id": "3", "time": "0001-01-01T00:00:00Z"}
      {"id": "4", "time": 1.5}
      """
    let threads = try CommentTableReader.read(Array(text.utf8), format: .jsonLines, file: "t")
    #expect(threads[0].comments.map(\.id) == ["3", "4"])
    #expect(threads[0].comments[1].time?.iso8601 == "1970-01-01T00:00:01+00:00")
    #expect(threads[0].integrity.issues.map(\.line) == [0, 1, 2])
    #expect(threads[0].integrity.issues[0].kind == .noReplyResolved)
    _ = CommentTableWriter.encode(threads, format: .jsonLines)
  }

  @Test("A file that is not JSON at all is an error naming file and line")
  func notJSON() {
    let error = #expect(throws: InputError.self) {
      try CommentTableFixture.read("not-json.jsonl")
    }
    #expect(error?.line == 1)
    #expect(error?.file.hasSuffix("not-json.jsonl") == true)
  }

  @Test("Deeply nested JSON is an error, not a crash")
  func deepNesting() {
    let deep = Array(repeating: UInt8(ascii: "["), count: 100_000)
    #expect(throws: InputError.self) {
      try CommentTableReader.read(deep, format: .json, file: "deep.json")
    }
    let threads = try? CommentTableReader.read(
      Array((String(repeating: "[", count: 10_000) + "\n{\"id\":1}\n").utf8),
      format: .jsonLines, file: "deep.jsonl")
    #expect(threads?.first?.integrity.issues.first?.line == 1)
  }

  @Test("CSV: BOM, CRLF, quoted commas, quotes and line breaks, loose booleans")
  func csv() throws {
    let threads = try CommentTableFixture.read("sample.csv")
    #expect(threads.count == 1)
    let c = threads[0].comments
    #expect(c.map(\.id) == ["1", "2", "3", "4"])
    #expect(c.map(\.sourceLine) == [2, 4, 5, 6])
    #expect(c[0].author == "Мария \"Mimi\"")
    #expect(c[0].text == "first line\r\nsecond, with comma")
    #expect(c[1].time?.iso8601 == "2025-10-17T17:19:00+03:00")  // no offset: Sofia time
    #expect(c[1].likes == nil && c[1].dislikes == nil && !c[1].isRemoved)
    #expect(c[2].isRemoved && c[2].author == nil && c[2].text == "")
    #expect(c[3].text == "ends with quote \"")
    #expect(c[3].time == CommentTime(epochSeconds: 1_760_710_680, utcOffsetSeconds: 0))
    #expect(threads[0].replyTargetIndex == [nil, 0, nil, 2])
    #expect(threads[0].integrity.issues.isEmpty)
  }

  @Test("CSV: LF line ends, wrong field counts, no id column, unterminated quote")
  func csvProblems() throws {
    let text = "thread,id,text\nt,1,a\nt,2\n\nt,3,\"x\ny\"\nt,4,b,extra\n"
    let threads = try CommentTableReader.read(Array(text.utf8), format: .csv, file: "p.csv")
    #expect(threads[0].comments.map(\.id) == ["1", "3"])
    #expect(threads[0].comments[1].text == "x\ny")
    #expect(threads[0].integrity.issues.map(\.line) == [0, 3, 7])
    #expect(threads[0].integrity.issues[0].kind == .noReplyResolved)
    let noID = #expect(throws: InputError.self) {
      try CommentTableReader.read(Array("a,b\n1,2\n".utf8), format: .csv, file: "n.csv")
    }
    #expect(noID?.line == 1)
    let open = #expect(throws: InputError.self) {
      try CommentTableReader.read(
        Array("id,text\n1,a\n2,\"never\nclosed\n".utf8), format: .csv, file: "o.csv")
    }
    #expect(open?.line == 3)
  }
}

@Suite("JSON Lines read piece by piece")
struct JSONLinesPiecesTests {
  /// A table of `count` records in 40 threads, with an unreadable line, a line of invalid
  /// UTF-8 and a blank line every so often, so that findings fall on piece boundaries.
  static func table(count: Int) -> (bytes: [UInt8], records: Int, unreadable: [Int]) {
    var bytes: [UInt8] = []
    var records = 0
    var unreadable: [Int] = []
    for line in 1...count {
      switch line % 97 {
      case 13:
        bytes += Array("{\"id\": \"x\(line)\", \"likes\": \"many\"}\n".utf8)
        unreadable.append(line)
      case 29:
        bytes += Array("not json at all\n".utf8)
        unreadable.append(line)
      case 41: bytes += Array("   \n".utf8)
      case 53:
        bytes += Array("{\"id\": \"b\(line)\", \"thread\": \"t\(line % 40)\", \"text\": \"".utf8)
        bytes += [0xC3, 0x28] + Array("\"}\n".utf8)
        records += 1
      default:
        let parent = line > 40 ? ", \"reply_to\": \"c\(line - 40)\"" : ""
        bytes += Array(
          ("{\"id\": \"c\(line)\", \"thread\": \"t\(line % 40)\", \"author\": \"a\(line % 17)\""
            + parent + ", \"text\": \"comment \(line) "
            + String(repeating: "word ", count: line % 30)
            + "\"}\n").utf8)
        records += 1
      }
    }
    return (bytes, records, unreadable)
  }

  static func read(_ bytes: [UInt8], pieceSize: Int) throws -> [CommentThread] {
    let reader = try DecompressingReader(bytes: bytes, file: "p.jsonl")
    let (table, error) = try CommentTableReader.readJSONLines(
      reader, mapping: FieldMapping(), pieceSize: pieceSize)
    #expect(error == nil)
    return table.resolved().threads
  }

  @Test("Pieces of 4 KB give the threads, findings and lines of one piece, in file order")
  func smallPieces() throws {
    let (bytes, records, unreadable) = Self.table(count: 8_000)
    #expect(bytes.count > 1 << 20)  // the one piece is scanned in several parts too
    let whole = try Self.read(bytes, pieceSize: 1 << 23)
    let pieces = try Self.read(bytes, pieceSize: 1 << 12)
    #expect(pieces == whole)
    #expect(whole.reduce(0) { $0 + $1.comments.count } == records)
    let found = whole.flatMap(\.integrity.issues).filter { $0.kind == .unreadableRecord }
    #expect(found.map(\.line).sorted() == unreadable)
    let repaired = whole.flatMap(\.integrity.issues).filter { $0.kind == .encoding }
    #expect(repaired.count == 8_000 / 97 + (8_000 % 97 >= 53 ? 1 : 0))
    // File order within each thread, and each comment's own line.
    for thread in whole {
      let lines = thread.comments.map(\.sourceLine)
      #expect(lines == lines.sorted())
      for comment in thread.comments { #expect(comment.id.dropFirst() == "\(comment.sourceLine)") }
    }
  }
}
