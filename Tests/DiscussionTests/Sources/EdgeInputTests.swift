import Foundation
import Testing

@testable import Discussion

/// Inputs at the edges of the formats, each once read wrong: damaged compression, long first
/// lines, escaped keys, look-alike layouts, threads split across files, quoted structure,
/// invalid UTF-8, files recognised only by their content.
@Suite struct EdgeInputTests {
  static let two = Array(
    #"{"id":"1","author":"Ана","text":"a"}\#n{"id":"2","reply_to":"1","author":"Боби","text":"b"}\#n"#
      .utf8)

  @Test("A gzip or zstd file cut short keeps every comment decoded before the cut")
  func truncatedCompression() throws {
    let scratch = try CommentTableScratch()
    // gzip without its 8-byte trailer: every byte of content is there.
    let gz = try scratch.write("t.jsonl.gz", Array(Gzip.compress(Self.two).dropLast(4)))
    let load = ThreadLoader.corpus([gz])
    #expect(load.corpus.threads.first?.comments.count == 2)
    #expect(load.errors.count == 1 && load.errors[0].message.contains("truncated gzip"))
    // zstd cut in its last block: the blocks before it (128 KB each) are read.
    var lines: [UInt8] = []
    for i in 0..<6000 {
      lines +=
        Array(
          #"{"id":"\#(i)","author":"u\#(i % 50)","text":"\#(String(repeating: "ж", count: 30 + i % 17))"}"#
            .utf8) + [10]
    }
    let zst = Zstd.compress(lines, level: 1)
    let cut = try scratch.write("t.jsonl.zst", Array(zst.prefix(zst.count - 100)))
    let partial = ThreadLoader.corpus([cut])
    let kept = partial.corpus.threads.first?.comments.count ?? 0
    #expect(kept > 1000 && kept < 6000)
    #expect(partial.errors.count == 1 && partial.errors[0].message.contains("truncated zstd"))
    // Page text and CSV keep what came before the damage too.
    let csv = Array("id,author,text\n1,a,x\n2,b,y\n".utf8)
    let path = try scratch.write("t.csv.gz", Array(Gzip.compress(csv).dropLast(4)))
    #expect(ThreadLoader.corpus([path]).corpus.threads.first?.comments.count == 2)
  }

  @Test("A first JSON Lines line longer than 64 KB is still JSON Lines, on standard input too")
  func longFirstLine() throws {
    let scratch = try CommentTableScratch()
    let long =
      #"{"id":"1","text":""# + String(repeating: "ж", count: 100_000) + #""}"# + "\n"
      + #"{"id":"2","reply_to":"1","text":"x"}"# + "\n"
    for name in ["long.json", "long"] {
      let path = try scratch.write(name, Array(long.utf8))
      let load = ThreadLoader.corpus([path])
      #expect(load.errors.isEmpty, "\(name): \(load.errors)")
      #expect(load.corpus.threads.first?.comments.count == 2, "\(name)")
    }
    // A record that holds an array named like an envelope's is a record when others follow.
    let records = #"{"id":"1","items":[{"a":1}]}"# + "\n" + #"{"id":"2","items":[]}"# + "\n"
    #expect(InputFormat.sniff(Array(records.utf8)) == .jsonLines)
    #expect(InputFormat.sniff(Array(#"{"hits":[{"objectID":"1"}],"nbHits":1}"#.utf8)) == .json)
  }

  @Test("Keys written with \\u escapes (Python's default) are matched as the letters they are")
  func escapedKeys() throws {
    let text =
      #"{"id": 1, "\u0430\u0432\u0442\u043e\u0440": "\u041c\u0430\u0440\u0438\u044f", "text": "x"}"#
      + "\n"
    let table = try CommentTableReader.table(
      Array(text.utf8), format: .jsonLines, file: "k.jsonl",
      mapping: try FieldMapping(["author=автор"]))
    #expect(table.threads[0].comments[0].author == "Мария")
    #expect(table.source.unreadFields.isEmpty)
  }

  @Test("A scraper's id,type,time,author,reply_to,text table is replynet's, not Hacker News")
  func notHackerNews() throws {
    let csv =
      "id,type,time,author,reply_to,text,score\n1,comment,2024-01-01T10:00:00Z,alice,,\"I <3 you & <b>me</b>\",5\n2,reply,2024-01-01T11:00:00Z,bob,1,x,2\n"
    let table = try CommentTableReader.table(Array(csv.utf8), format: .csv, file: "s.csv")
    #expect(table.source.layout == "comment table")
    #expect(table.threads.count == 1)
    #expect(table.threads[0].comments.map(\.author) == ["alice", "bob"])
    #expect(table.threads[0].replyTargetIndex == [nil, 0])
    #expect(table.threads[0].comments[0].text == "I <3 you & <b>me</b>")
  }

  @Test("ConvoKit's names beside replynet's top-level votes and removed flag: both read")
  func olderNames() throws {
    let text =
      #"{"id":"1","conversation_id":"a","speaker":"ana","timestamp":"2025-10-17T17:18:00","likes":5,"dislikes":2,"removed":false,"text":"a"}"#
      + "\n"
      + #"{"id":"2","conversation_id":"a","speaker":"bob","reply-to":"1","likes":1,"dislikes":0,"removed":true,"text":"b"}"#
      + "\n"
    let thread = try CommentTableReader.read(Array(text.utf8), format: .jsonLines, file: "o.jsonl")[
      0]
    #expect(thread.comments.map(\.likes) == [5, 1])
    #expect(thread.comments.map(\.dislikes) == [2, 0])
    #expect(thread.comments.map(\.isRemoved) == [false, true])
    #expect(thread.replyTargetIndex == [nil, 0])
  }

  @Test("A thread joined across files names each comment's own file in its findings")
  func joinedFindingsNameTheirFile() throws {
    let scratch = try CommentTableScratch()
    let rc = try scratch.write(
      "RC_x.ndjson",
      Array(
        (#"{"id":"c1","parent_id":"t1_gone","link_id":"t3_p","author":"a","body":"x","created_utc":1}"#
          + "\n").utf8))
    let rs = try scratch.write(
      "RS_x.ndjson",
      Array(
        (#"{"id":"p","title":"T","subreddit":"s","selftext":"","author":"op","created_utc":0}"#
          + "\n").utf8))
    let load = ThreadLoader.corpus([scratch.path])
    let thread = try #require(load.corpus.threads.first { $0.id == "p" })
    let outside = try #require(thread.integrity.issues.first { $0.kind == .targetOutsideCopy })
    #expect(outside.file == rc)
    #expect(thread.file(ofComment: 1) == rs)
  }

  @Test("Hacker News items in several files form one thread per story")
  func hackerNewsAcrossFiles() throws {
    let scratch = try CommentTableScratch()
    _ = try scratch.write(
      "a.jsonl",
      Array(
        (#"{"by":"s","id":1,"time":1,"type":"story","title":"T"}"# + "\n"
          + #"{"by":"b","id":2,"parent":1,"time":2,"type":"comment","text":"x"}"# + "\n").utf8))
    _ = try scratch.write(
      "b.jsonl",
      Array(
        (#"{"by":"c","id":3,"parent":2,"time":3,"type":"comment","text":"y"}"# + "\n"
          + #"{"by":"b","id":4,"parent":3,"time":4,"type":"comment","text":"z"}"# + "\n").utf8))
    let load = ThreadLoader.corpus([scratch.path])
    #expect(load.corpus.threads.map(\.id) == ["1"])
    let thread = load.corpus.threads[0]
    #expect(thread.replyTargetIndex == [nil, 0, 1, 2])
    #expect(thread.integrity.count(.targetOutsideCopy) == 0)
  }

  @Test("Page text: a quoted removal notice is text, a numbered footer is no comment")
  func quotedStructure() throws {
    let sample = String(decoding: try Fixtures.bytes(Fixtures.sampleThread), as: UTF8.self)
    let quoted = sample.replacingOccurrences(
      of: "    Стой далече от прозорци",
      with: "    Стой далече от прозорци\n    2 Този коментар е премахнат от модератор.")
    let thread = try PageTextImporter.parse(bytes: Array(quoted.utf8), file: "q.txt")
    #expect(thread.comments.count == 22)
    #expect(thread.integrity.count(.duplicateID) == 0)
    let plain =
      sample.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        let rest = line.drop(while: { $0 == " " })
        return rest.hasPrefix("• ") ? String(rest.dropFirst(2)) : String(rest)
      }.joined(separator: "\n") + "\n365 дни в годината - най-четени\n"
    let footer = try PageTextImporter.parse(bytes: Array(plain.utf8), file: "f.txt")
    #expect(footer.comments.count == 22)
    #expect(footer.integrity.count(.unplacedLine) == 1)
  }

  @Test("Invalid UTF-8 is repaired and reported in every table format, not dropped")
  func invalidUTF8() throws {
    let bad: [UInt8] = [0xFF, 0xFE]
    // UTF-8 elsewhere (Cyrillic names), so the bad bytes are damage, not Windows-1251.
    let cases: [(CommentTableFormat, [UInt8])] = [
      (.csv, Array("id,author,text\n1,Ана,".utf8) + bad + Array("x\n2,Боби,y\n".utf8)),
      (
        .json,
        Array(#"[{"id":"1","author":"Ана","text":""#.utf8) + bad
          + Array(#""},{"id":"2","text":"y"}]"#.utf8)
      ),
      (
        .jsonLines,
        Array(#"{"id":"1","author":"Ана","text":""#.utf8) + bad + Array(#""}"#.utf8) + [10]
          + Array(#"{"id":"2","text":"y"}"#.utf8)
      ),
    ]
    for (format, bytes) in cases {
      let threads = try CommentTableReader.read(bytes, format: format, file: "bad")
      #expect(threads[0].comments.count == 2, "\(format)")
      #expect(threads[0].comments[0].text.contains("\u{FFFD}"), "\(format)")
      #expect(threads[0].integrity.count(.encoding) >= 1, "\(format)")
    }
  }

  @Test("Content alone: a CSV header of field names, TSV, semicolons; pzstd's skippable frame")
  func recognisedByContent() throws {
    #expect(InputFormat.sniff(Array("\u{FEFF}cid,text,time,author\r\nx,y,z,w\r\n".utf8)) == .csv)
    #expect(InputFormat.sniff(Array("cid\ttext\tauthor\nx\ty\tz\n".utf8)) == .csv)
    #expect(InputFormat.sniff(Array("\"id\";\"text\"\n1;a\n".utf8)) == .csv)
    #expect(InputFormat.sniff(Array("Заглавие, на статия\n\n17 Октомври".utf8)) == .pageText)
    #expect(InputFormat.sniff(Array("Covid 19, update\n".utf8)) == .pageText)
    let skippable: [UInt8] = [0x50, 0x2A, 0x4D, 0x18, 4, 0, 0, 0, 1, 2, 3, 4]
    let framed = skippable + Zstd.compress(Self.two)
    #expect(Compression.detect(framed) == .zstd)
    #expect(try Zstd.decompress(framed, file: "p.zst") == Self.two)
  }

  @Test("pandas' float ids (3.0) find the integer ids they stand for")
  func pandasFloatIDs() throws {
    let csv = "id,reply_to,author,text\n1,,a,x\n2,1.0,b,y\n3,2.0,a,z\n"
    let thread = try CommentTableReader.read(Array(csv.utf8), format: .csv, file: "p.csv")[0]
    #expect(thread.replyTargetIndex == [nil, 0, 1])
    #expect(CommentRecordDecoder.wholeNumberID("3.00") == "3")
    #expect(CommentRecordDecoder.wholeNumberID("3.5") == "3.5")
    #expect(CommentRecordDecoder.wholeNumberID("v1.0") == "v1.0")
  }
}
