import Foundation
import PropertyBased
import Testing

@testable import Discussion

/// Random threads written as page text read back to the same thread.
@Suite struct PageTextRoundTripTests {
  /// Lines that look like structure but belong to a comment's text. Each is followed by an
  /// ordinary line in the tests, as on real pages (a bullet right after a time line would be
  /// a comment boundary on the page too).
  static let trickyLines = [
    "5 неща, които не знаете", "• 3 точки", "17:18 17.10.2025", "12 7 Отговор в текста",
    "Коментиран от някого", "До коментар без номер", "  • ", "1 087 22", "#5 е прав",
  ]

  func roundTrip(_ thread: CommentThread) throws -> CommentThread {
    try PageTextImporter.parse(bytes: PageTextWriter.write(thread), file: thread.sourceFile)
  }

  func expectSame(_ a: CommentThread, _ b: CommentThread) {
    #expect(a.id == b.id)
    #expect(a.title == b.title)
    #expect(a.published == b.published)
    #expect(a.views == b.views)
    #expect(a.declaredCommentCount == b.declaredCommentCount)
    #expect(a.categories == b.categories)
    #expect(a.comments.count == b.comments.count)
    for (x, y) in zip(a.comments, b.comments) {
      var x = x
      x.sourceLine = y.sourceLine
      #expect(x == y)
    }
    #expect(a.replyTargetIndex == b.replyTargetIndex)
  }

  @Test func generatedThreadsRoundTrip() async {
    await propertyCheck(count: 60, input: Gen.int(in: 0...1_000_000)) { seed in
      let generator = SyntheticCorpus(
        .init(
          threads: 1, meanCommentsPerThread: 40, commenters: 300, removedProbability: 0.1,
          seed: UInt64(seed)))
      var original = generator.thread(0).thread
      ReplyResolution.resolve(&original)
      let parsed = try roundTrip(original)
      expectSame(original, parsed)
      #expect(parsed.integrity.count(.damagedComment) == 0)
      #expect(parsed.integrity.count(.unplacedLine) == 0)
    }
  }

  @Test func textLinesThatLookLikeStructureRoundTrip() async {
    await propertyCheck(
      count: 60, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0..<Self.trickyLines.count)
    ) { seed, pick in
      var thread = SyntheticCorpus(.init(threads: 1, meanCommentsPerThread: 20, seed: UInt64(seed)))
        .thread(0).thread
      for i in thread.comments.indices where !thread.comments[i].isRemoved && i % 3 == 0 {
        let tricky = Self.trickyLines[(pick + i) % Self.trickyLines.count]
        let trimmed = tricky.trimmingCharacters(in: .whitespaces)
        thread.comments[i].text = "Начало.\n" + trimmed + "\nи още\n\n" + thread.comments[i].text
      }
      ReplyResolution.resolve(&thread)
      let original = thread
      expectSame(original, try roundTrip(original))
    }
  }

  @Test func writerOutputIsStable() throws {
    let sample = try PageTextImporter.parse(
      bytes: Fixtures.bytes(Fixtures.sampleThread), file: "s.txt")
    let once = PageTextWriter.write(sample)
    let twice = PageTextWriter.write(try PageTextImporter.parse(bytes: once, file: "s.txt"))
    #expect(once == twice)
  }
}
