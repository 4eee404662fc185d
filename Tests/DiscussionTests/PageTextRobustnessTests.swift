import Foundation
import Testing

@testable import Discussion

/// The page-text importer on damaged, re-encoded and tricky copies.
@Suite struct PageTextRobustnessTests {
  let sampleBytes: [UInt8]
  let sample: CommentThread

  init() throws {
    sampleBytes = try Fixtures.bytes(Fixtures.sampleThread)
    sample = try PageTextImporter.parse(bytes: sampleBytes, file: "sample.txt")
  }

  func parse(_ bytes: [UInt8], file: String = "x.txt") throws -> CommentThread {
    try PageTextImporter.parse(bytes: bytes, file: file)
  }

  func parse(_ text: String, file: String = "x.txt") throws -> CommentThread {
    try parse(Array(text.utf8), file: file)
  }

  /// Comments without their source lines, to compare copies laid out differently.
  func stripped(_ t: CommentThread) -> [Discussion.Comment] {
    t.comments.map {
      var c = $0
      c.sourceLine = 0
      return c
    }
  }

  @Test func crlfAndByteOrderMark() throws {
    let text = String(decoding: sampleBytes, as: UTF8.self).replacingOccurrences(
      of: "\n", with: "\r\n")
    let t = try parse([0xEF, 0xBB, 0xBF] + Array(text.utf8))
    #expect(t.comments == sample.comments)
    #expect(t.title == sample.title && t.views == sample.views)
  }

  @Test func nonBreakingSpaces() throws {
    // The copy's indentation and the vote line's spaces as U+00A0.
    let text = String(decoding: sampleBytes, as: UTF8.self)
      .replacingOccurrences(of: "    ", with: "\u{00A0}\u{00A0} ")
      .replacingOccurrences(of: " Отговор", with: "\u{00A0}Отговор")
    let t = try parse(text)
    #expect(t.comments.count == 22)
    #expect(t.comments[0].likes == 5 && t.comments[0].dislikes == 9)
    #expect(t.comments[12].replyTo == "2")
    #expect(t.comments[21].time?.iso8601 == "2025-10-17T18:09:00+03:00")
  }

  @Test func windows1251IsDetectedDecodedAndWarned() throws {
    let text = String(decoding: sampleBytes, as: UTF8.self)
    let cp1251 = try #require(text.data(using: .windowsCP1251))
    let t = try parse([UInt8](cp1251), file: "legacy.txt")
    #expect(stripped(t) == stripped(sample))
    let warning = try #require(t.integrity.issues.first { $0.kind == .encoding })
    #expect(warning.message.contains("Windows-1251"))
    #expect(warning.file == "legacy.txt")
  }

  @Test func invalidUTF8InANameIsReplacedAndReportedWithItsLine() throws {
    var bytes = sampleBytes
    // Line 27 is "  • 1 Ганя Путинофила": break its last letter.
    let text = String(decoding: bytes, as: UTF8.self)
    let range = try #require(text.range(of: "Путинофила"))
    let offset = text.utf8.distance(from: text.startIndex, to: range.upperBound) - 1
    bytes[offset] = 0xFF
    let t = try parse(bytes)
    #expect(t.comments.count == 22)
    #expect(t.comments[0].author == "Ганя Путинофил\u{FFFD}\u{FFFD}")  // D0 FF: two invalid bytes
    let issue = try #require(t.integrity.issues.first { $0.kind == .encoding })
    #expect(issue.line == 27)
  }

  @Test func typographicQuotesBackReferencesGapsAndOutsideTargets() throws {
    let t = try parse(Fixtures.bytes("pagetext/quotes-backrefs-gaps.txt"), file: "q.txt")
    #expect(t.comments.map(\.id) == ["1", "3", "5", "6", "9"])
    #expect(t.views == 12345 && t.declaredCommentCount == 7)
    #expect(t.categories == ["България"])
    #expect(t.published?.iso8601 == "2024-01-03T09:05:00+02:00")
    #expect(t.comments[0].backReferences == ["3", "5"])
    #expect(t.comments[1].replyToName == "Първи Автор")
    #expect(t.comments[1].author == "Втори \"Цитат\" Автор")
    #expect(t.comments[2].replyToName == "Първи Автор")
    #expect(t.comments[3].replyTo == "4")
    #expect(t.comments[3].replyToName == "Изчезнал")
    #expect(t.comments[4].replyToName == "Втори \"Цитат\" Автор")
    #expect(t.replyTargetIndex == [nil, 0, 0, nil, 1])
    #expect(t.integrity.count(.targetOutsideCopy) == 1)
    #expect(t.integrity.count(.replyNameMismatch) == 0)
    #expect(t.integrity.count(.backReferenceMismatch) == 0)
    // Text lines that look like structure stay text.
    #expect(
      t.comments[4].text
        == "5 неща, които не знаете:\n• 7 точки в текста\n17:18 17.10.2025\nи край.")
    #expect(t.comments[4].time?.iso8601 == "2024-01-03T09:20:00+02:00")
    // Two comments by "Трети": the declared count (7) differs from the copy (5).
    #expect(t.integrity.count(.commentCountMismatch) == 1)
  }

  @Test func truncatedCopyKeepsTheLastComment() throws {
    let t = try parse(Fixtures.bytes("pagetext/truncated.txt"), file: "t.txt")
    #expect(t.comments.count == 2)
    #expect(t.comments[1].author == "Боб")
    #expect(t.comments[1].text == "Този коментар е прекъсн")
    #expect(t.comments[1].time == nil)
    // Comments dated after midnight in summer: +03:00.
    #expect(t.comments[0].time?.iso8601 == "2025-07-02T00:01:00+03:00")
    let damaged = t.integrity.issues.filter { $0.kind == .damagedComment }
    #expect(damaged.count == 1)
    #expect(damaged.first?.line == 12)
    #expect(damaged.first?.commentID == "2")
  }

  @Test func missingHeaderSelfReplyAndFooter() throws {
    let t = try parse(Fixtures.bytes("pagetext/no-header.txt"), file: "n.txt")
    #expect(t.comments.count == 2)
    #expect(t.title == nil && t.published == nil)
    #expect(t.integrity.count(.damagedHeader) == 1)
    #expect(t.integrity.count(.selfReply) == 1)
    let footer = try #require(t.integrity.issues.first { $0.kind == .unplacedLine })
    #expect(footer.line == 18)
    #expect(footer.message.contains("Някакъв футър"))
  }

  @Test func duplicateNumbersDamagedVotesAndOrder() throws {
    let t = try parse(Fixtures.bytes("pagetext/duplicates-damaged.txt"), file: "d.txt")
    #expect(t.comments.map(\.id) == ["1", "2", "2", "1"])
    #expect(t.comments[1].author == "Боб" && t.comments[1].likes == nil)
    #expect(t.comments[1].text == "Без гласове.")
    #expect(t.comments[2].author == "Вера")
    // The reply to #2 goes to the latest #2 before it: Вера's.
    #expect(t.replyTargetIndex[3] == 2)
    #expect(t.integrity.count(.duplicateID) >= 1)
    #expect(t.integrity.count(.numberOutOfOrder) == 1)
    #expect(t.integrity.issues.contains { $0.kind == .damagedComment && $0.commentID == "2" })
  }

  @Test func damagedDateLineKeepsTitleAndComments() throws {
    let text = String(decoding: sampleBytes, as: UTF8.self)
      .replacingOccurrences(of: "17 Октомври, 2025 17:16 1 087 22", with: "17 Окт 2025 около 17 ч.")
    let t = try parse(text)
    #expect(t.title == sample.title)
    #expect(t.published == nil && t.views == nil && t.declaredCommentCount == nil)
    #expect(t.comments.count == 22)
    let issue = try #require(t.integrity.issues.first { $0.kind == .damagedHeader })
    #expect(issue.line == 2)
  }

  @Test func viewsAndCountWithThousandsSeparators() throws {
    // 12 345 views and 1 024 comments: the split that is well-formed and closest to the copy.
    let text = String(decoding: sampleBytes, as: UTF8.self)
      .replacingOccurrences(of: "17:16 1 087 22", with: "17:16 12 345 1 024")
    let t = try parse(text)
    #expect(t.views == 12345)
    #expect(t.declaredCommentCount == 1024)
  }

  @Test func emptyFileIsAnError() {
    #expect(throws: InputError.self) { try parse([UInt8](), file: "empty.txt") }
    #expect(throws: InputError.self) { try parse(" \n\n  \r\n", file: "blank.txt") }
  }

  @Test func binaryFileIsAnErrorNamingFileAndLine() {
    let bytes: [UInt8] = Array("line one\nline two\n".utf8) + [0x00, 0x01, 0xFF, 0x89]
    let error = #expect(throws: InputError.self) { try parse(bytes, file: "image.png") }
    #expect(error?.file == "image.png")
    #expect(error?.line == 3)
    #expect(error?.description.contains("image.png:3") == true)
  }

  @Test func fiftyMegabyteLineIsReportedNotFatal() throws {
    var bytes = sampleBytes
    let long = [UInt8](repeating: UInt8(ascii: "x"), count: 50 * 1024 * 1024)
    bytes += long + [10]
    let t = try parse(bytes)
    #expect(t.comments.count == 22)
    let issue = try #require(t.integrity.issues.first { $0.kind == .unplacedLine })
    #expect(issue.message.count < 200)
  }

  @Test func textThatIsNotAThreadYieldsNoCommentsAndAWarning() throws {
    let t = try parse("Просто текст.\nБез коментари.\n")
    #expect(t.comments.isEmpty)
    #expect(t.integrity.issues.contains { $0.kind == .damagedComment })
  }

  @Test func removedCommentNotRepliedToHasNoAuthor() throws {
    let text = """
      Заглавие

      1 Януари, 2025 10:00 10 2

        • 1 Този коментар е премахнат от модератор.

        • 2 Ана

          0 0 Отговор
          Текст.

          10:05 01.01.2025

      """
    let t = try parse(text)
    #expect(t.comments[0].isRemoved && t.comments[0].author == nil)
    #expect(t.comments[1].time?.iso8601 == "2025-01-01T10:05:00+02:00")
  }
}
