import Testing

@testable import Discussion

/// The sample thread (a copy of a fakti.bg page), asserted field by field against the page.
@Suite struct SampleThreadTests {
  let thread: CommentThread

  init() throws {
    thread = try PageTextImporter.parse(
      bytes: Fixtures.bytes(Fixtures.sampleThread), file: "fakti-belarus-eu-2025-10-17.txt")
  }

  func comment(_ id: String) throws -> Discussion.Comment {
    try #require(thread.comments.first { $0.id == id })
  }

  @Test func articleHeader() {
    #expect(thread.id == "fakti-belarus-eu-2025-10-17")
    #expect(thread.title?.hasPrefix("Приятелски сигнали към Европа!") == true)
    #expect(thread.published?.iso8601 == "2025-10-17T17:16:00+03:00")
    #expect(thread.views == 1087)
    #expect(thread.declaredCommentCount == 22)
    #expect(thread.categories == ["Беларус"])
  }

  @Test func twentyTwoCommentsInOrder() {
    #expect(thread.comments.count == 22)
    #expect(thread.comments.map(\.id) == (1...22).map(String.init))
    #expect(thread.integrity.commentsRead == 22)
    #expect(thread.integrity.removed == 1)
  }

  @Test func firstComment() throws {
    let c = try comment("1")
    #expect(c.author == "Ганя Путинофила")
    #expect(c.likes == 5)
    #expect(c.dislikes == 9)
    #expect(c.text == "Ще клекнат и двамцата!")
    #expect(c.time?.iso8601 == "2025-10-17T17:18:00+03:00")
    #expect(c.replyTo == nil)
    #expect(!c.isRemoved)
    #expect(c.sourceLine == 27)
  }

  @Test func removedCommentWithRecoveredAuthor() throws {
    let c = try comment("2")
    #expect(c.isRemoved)
    #expect(c.author == "Небесен Йерусалим")
    #expect(c.authorIsRecovered)
    #expect(c.likes == nil && c.dislikes == nil && c.time == nil && c.text.isEmpty)
  }

  @Test func repliesResolve() throws {
    let r13 = try comment("13")
    #expect(r13.author == "АНДРЕЙ ПЕШЕВ")
    #expect(r13.replyTo == "2")
    #expect(r13.replyToName == "Небесен Йерусалим")
    #expect(r13.text == "Стой далече от прозорци")
    #expect((r13.likes, r13.dislikes) == (6, 0))
    let r22 = try comment("22")
    #expect(r22.replyTo == "19")
    #expect(r22.replyToName == "Съветският пeHиc аkp00батTTT")
    #expect(r22.text == "Ами съда от Хага....")
    #expect(thread.replyTargetIndex[12] == 1)
    #expect(thread.replyTargetIndex[21] == 18)
    #expect(thread.replyTargetIndex.compactMap { $0 }.count == 2)
    #expect(thread.integrity.repliesResolved == 2)
  }

  @Test func backReference() throws {
    #expect(try comment("19").backReferences == ["22"])
    #expect(thread.integrity.count(.backReferenceMismatch) == 0)
  }

  @Test func multiParagraphText() throws {
    #expect(
      try comment("9").text == "Лукашенко ще бил искал да се сближава с ЕС..то!\n\nЩо така бе Миме!"
    )
    #expect(
      try comment("11").text
        == "Може да стане руски троянски кон в ЕС.\nКакто е България с пРезидента, Боко, Пеевски, Възраждане и др. свол...."
    )
  }

  @Test func namesKeepTheirSpelling() throws {
    #expect(try comment("4").author == "Наташките от \"Елените\"")
    #expect(try comment("19").author == "Съветският пeHиc аkp00батTTT")
    #expect(try comment("8").author == "Путин нинджата")
    #expect(try comment("15").author == "Путин нинджата")
  }

  @Test func integrityIsClean() {
    let kinds = Set(thread.integrity.issues.map(\.kind))
    #expect(kinds == [.targetRemovedAuthorRecovered])
  }

  @Test func corpusMergesOneCommenterAcrossComments() {
    let corpus = Corpus(threads: [thread])
    // 22 comments; "Путин нинджата" wrote two; #2's author is recovered.
    #expect(corpus.commenters.count == 21)
    #expect(corpus.commenter(id: CommenterID("Путин нинджата"))?.commentCount == 2)
  }
}
