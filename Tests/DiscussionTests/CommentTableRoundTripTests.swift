import Foundation
import Testing

@testable import Discussion

@Suite("Comment table round trip")
struct CommentTableRoundTripTests {
  static let hostile = [
    "quote \" and backslash \\ and \\\" both", "<script>alert(1)</script> & </b>",
    "control \u{0} \u{1} \u{8} \u{C} \u{1F} \u{7F} end", "line\nbreak\r\nand\rcarriage",
    "tab\tcomma, semicolon; \"\"", "emoji 😀👍🏽 flag 🇧🇬", "Кирилица: Съветският пeHиc",
    "", " leading and trailing spaces ", "\u{2028}\u{2029}\u{FEFF}", "#2 \"Name\" 17:18",
  ]

  /// A corpus with every field kind: removed comments, recovered authors, header names,
  /// missing votes and times, number-like and hostile ids and thread names.
  static func corpus() -> [CommentThread] {
    var threads: [CommentThread] = []
    for (t, threadID) in ["thread \"one\", with comma", "два", "3"].enumerated() {
      var comments: [Discussion.Comment] = []
      for i in 0..<12 {
        let text: String = hostile[(i + t) % hostile.count]
        let removed: Bool = i % 5 == 4
        let author: String? = removed ? nil : hostile[(i * 3 + t) % hostile.count] + "\(i % 4)"
        let id: String = i == 7 ? "x,\"7\"" : String(i + 1)
        let replyTo: String? = i == 0 ? nil : (i % 3 == 0 ? "999" : String(i / 2))
        let replyToName: String? = i % 2 == 0 ? hostile[i % hostile.count] : nil
        let epoch: Int64 = 1_760_710_680 + Int64(i * 61 + t)
        let offset: Int32 = Int32(i - 6) * 1800
        let time: CommentTime? =
          i % 6 == 5 ? nil : CommentTime(epochSeconds: epoch, utcOffsetSeconds: offset)
        let likes: Int? = i % 3 == 0 ? nil : i * 7
        let dislikes: Int? = i % 4 == 0 ? nil : -i
        let score: Int? = i % 5 == 2 ? i - 5 : nil
        comments.append(
          Discussion.Comment(
            id: id, author: author, likes: likes, dislikes: dislikes, score: score,
            replyTo: replyTo, replyToName: replyToName, text: text, time: time, isRemoved: removed,
            isPost: i == 0))
      }
      var thread = CommentThread(id: threadID, sourceFile: "corpus", comments: comments)
      ReplyResolution.resolve(&thread)
      thread.integrity.commentsRead = comments.count
      thread.integrity.removed = comments.filter(\.isRemoved).count
      threads.append(thread)
    }
    return threads
  }

  @Test("Written threads read back equal", arguments: CommentTableFormat.allCases)
  func roundTrip(format: CommentTableFormat) throws {
    let original = Self.corpus()
    #expect(original.contains { $0.comments.contains(where: \.authorIsRecovered) })
    let bytes = CommentTableWriter.encode(original, format: format)
    let back = try CommentTableReader.read(bytes, format: format, file: "rt")
    #expect(back.count == original.count)
    for (a, b) in zip(original, back) {
      #expect(a.formatIndependent.comments == b.formatIndependent.comments)
      #expect(a.id == b.id)
      #expect(a.replyTargetIndex == b.replyTargetIndex)
      #expect(a.integrity.repliesResolved == b.integrity.repliesResolved)
      #expect(a.integrity.commentsRead == b.integrity.commentsRead)
      #expect(a.integrity.removed == b.integrity.removed)
    }
    // Writing what was read gives the same bytes.
    #expect(CommentTableWriter.encode(back, format: format) == bytes)
  }

  @Test("Source lines agree with the record lines of JSON Lines")
  func jsonLinesSourceLines() throws {
    let bytes = CommentTableWriter.encode(Self.corpus(), format: .jsonLines)
    let back = try CommentTableReader.read(bytes, format: .jsonLines, file: "rt")
    #expect(back.flatMap(\.comments).map(\.sourceLine) == Array(1...36))
  }

  @Test("JSON Lines layout: fixed key order, null for missing, UTF-8 unescaped")
  func jsonLinesLayout() {
    let comment = Discussion.Comment(
      id: "2", author: "Небесен Йерусалим", authorIsRecovered: true, replyTo: nil,
      text: "a\"b\\c\u{1}<😀>\n", isRemoved: true)
    let thread = CommentThread(id: "t", sourceFile: "", comments: [comment])
    let line = String(
      decoding: CommentTableWriter.encode([thread], format: .jsonLines), as: UTF8.self)
    #expect(
      line
        == #"{"id":"2","thread":"t","reply_to":null,"author":"Небесен Йерусалим","time":null,"#
        + #""likes":null,"dislikes":null,"removed":true,"text":"a\"b\\c\u0001<😀>\n","#
        + #""author_recovered":true}"# + "\n")
  }

  @Test("JSON layout: pretty and deterministic; empty input is an empty array")
  func jsonLayout() throws {
    let thread = CommentThread(
      id: "t", sourceFile: "",
      comments: [
        Discussion.Comment(id: "1", author: "A", likes: 1, dislikes: 0, replyToName: "B", text: "x")
      ])
    let text = String(decoding: CommentTableWriter.encode([thread], format: .json), as: UTF8.self)
    #expect(
      text == """
        [
          {
            "id": "1",
            "thread": "t",
            "reply_to": null,
            "author": "A",
            "time": null,
            "likes": 1,
            "dislikes": 0,
            "removed": false,
            "text": "x",
            "reply_to_name": "B"
          }
        ]

        """)
    #expect(CommentTableWriter.encode([], format: .json) == Array("[]\n".utf8))
    // Foundation agrees that the output is JSON.
    let parsed = try JSONSerialization.jsonObject(
      with: Data(CommentTableWriter.encode(Self.corpus(), format: .json)))
    #expect((parsed as? [Any])?.count == 36)
  }

  @Test("Encoded in pieces on all cores, a table whose first threads have no comments is JSON")
  func piecesAfterEmptyThreads() throws {
    let empty = CommentThread(id: "e", sourceFile: "", comments: [])
    var threads = [empty, empty]
    threads += Self.corpus()
    for format in CommentTableFormat.allCases {
      var writer = CommentTableWriter(format: format)
      var bytes: [UInt8] = []
      writer.begin(into: &bytes)
      for piece in writer.pieces(of: threads) { bytes += piece }
      writer.end(into: &bytes)
      #expect(bytes == CommentTableWriter.encode(threads, format: format))
    }
    var writer = CommentTableWriter(format: .json)
    var bytes: [UInt8] = []
    writer.begin(into: &bytes)
    for piece in writer.pieces(of: threads) { bytes += piece }
    writer.end(into: &bytes)
    let parsed = try JSONSerialization.jsonObject(with: Data(bytes))
    #expect((parsed as? [Any])?.count == 36)
  }

  @Test("CSV layout: header, CRLF, quoting only when needed, empty cells for missing")
  func csvLayout() {
    let thread = CommentThread(
      id: "t", sourceFile: "",
      comments: [
        Discussion.Comment(id: "1", author: "A, B", text: "say \"hi\"\nbye"),
        Discussion.Comment(
          id: "2", author: nil, likes: 3, replyTo: "1", text: "plain", isRemoved: true),
        Discussion.Comment(id: "3", author: "C", score: -4, text: "post", isPost: true),
      ])
    let text = String(decoding: CommentTableWriter.encode([thread], format: .csv), as: UTF8.self)
    #expect(
      text
        == "id,thread,reply_to,author,time,likes,dislikes,removed,text,reply_to_name,"
        + "author_recovered,score,post\r\n"
        + "1,t,,\"A, B\",,,,false,\"say \"\"hi\"\"\nbye\",,false,,false\r\n"
        + "2,t,1,,,3,,true,plain,,false,,false\r\n"
        + "3,t,,C,,,,false,post,,false,-4,true\r\n")
  }

  @Test("Writing to a file is atomic, streams, and compresses .gz")
  func writeFile() throws {
    let scratch = try CommentTableScratch()
    let corpus = Self.corpus()
    for format in CommentTableFormat.allCases {
      for suffix in ["", ".gz"] {
        let path = scratch.path + "/out.\(format.fileExtension)\(suffix)"
        try CommentTableWriter.write(corpus, format: format, toFile: path)
        try CommentTableWriter.write(corpus, format: format, toFile: path)  // replaces
        let raw = try InputSource.readRawBytes(path)
        #expect(Gzip.isCompressed(raw) == (suffix == ".gz"))
        let back = try CommentTableReader.read(path: path)
        #expect(back.map(\.formatIndependent.comments) == corpus.map(\.formatIndependent.comments))
      }
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
      .filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty)
  }

  @Test("Random corpora round-trip through every format")
  func randomCorpora() throws {
    var rng = SplitMix64(seed: 20_251_017)
    let alphabet = Array("aZ 0,\"\\\n\r\t<>&;'ыЖ😀\u{0}\u{1F}#".unicodeScalars)
    func randomString(_ maxLength: Int) -> String {
      var s = String.UnicodeScalarView()
      for _ in 0..<Int(rng.next() % UInt64(maxLength + 1)) {
        s.append(alphabet[Int(rng.next() % UInt64(alphabet.count))])
      }
      return String(s)
    }
    for _ in 0..<25 {
      var threads: [CommentThread] = []
      for t in 0..<Int(1 + rng.next() % 3) {
        let n = Int(rng.next() % 15)
        let comments = (0..<n).map { i in
          Discussion.Comment(
            id: "c\(i)", author: rng.next() % 5 == 0 ? nil : "n" + randomString(6),
            likes: rng.next() % 3 == 0 ? nil : Int(rng.next() % 100),
            dislikes: rng.next() % 3 == 0 ? nil : Int(rng.next() % 100),
            replyTo: i == 0 || rng.next() % 3 == 0 ? nil : "c\(rng.next() % UInt64(n + 2))",
            replyToName: rng.next() % 4 == 0 ? "h" + randomString(5) : nil,
            text: randomString(30),
            time: rng.next() % 4 == 0
              ? nil
              : CommentTime(
                epochSeconds: Int64(rng.next() % 4_000_000_000),
                utcOffsetSeconds: Int32(Int(rng.next() % 49) - 24) * 1800),
            isRemoved: rng.next() % 6 == 0)
        }
        var thread = CommentThread(id: "t\(t)", sourceFile: "", comments: comments)
        ReplyResolution.resolve(&thread)
        threads.append(thread)
      }
      for format in CommentTableFormat.allCases {
        let back = try CommentTableReader.read(
          CommentTableWriter.encode(threads, format: format), format: format, file: "r")
        let nonEmpty = threads.filter { !$0.comments.isEmpty }
        #expect(
          back.map(\.formatIndependent.comments) == nonEmpty.map(\.formatIndependent.comments))
        #expect(back.map(\.replyTargetIndex) == nonEmpty.map(\.replyTargetIndex))
      }
    }
  }
}
