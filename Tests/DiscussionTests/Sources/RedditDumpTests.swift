import Foundation
import Testing

@testable import Discussion

/// Reddit's monthly dumps (Pushshift, Arctic Shift): comments (`RC_…`) and submissions
/// (`RS_…`) as NDJSON in the fields Arctic Shift's schemas give for 2015-06, compressed as the
/// dumps are, with `zstd --long=31`.
@Suite struct RedditDumpTests {
  static let directory = SourceFixtures.path("reddit")

  @Test("Submissions open their threads; comments reply to them across files")
  func submissionsAndComments() throws {
    let load = SourceFixtures.load([Self.directory])
    #expect(load.errors.isEmpty)
    #expect(
      load.corpus.sources.map(\.layout)
        == Array(repeating: "Reddit dump (Pushshift / Arctic Shift)", count: 2))
    let thread = try #require(SourceFixtures.thread(load, "39ab12"))
    #expect(thread.title == "What's the most underrated CLI tool you use daily")
    #expect(
      thread.comments.map(\.id) == [
        "crt1a2b", "crt1f7q", "crt2k0z", "crt3m9x", "crt3p1c", "39ab12",
      ])
    let post = thread.comments[5]
    #expect(post.isPost && post.author == "terminal_tinkerer" && post.score == 412)
    #expect(
      post.text
        == "I'll start: `fd`. Way faster than find & the defaults make sense.\n\nWhat are yours?")
    #expect(thread.published == CommentTime(epochSeconds: 1_433_937_600, utcOffsetSeconds: 0))
    // A top-level comment replies to the submission, so to its author.
    #expect(thread.replyTargetIndex[0] == 5)
    #expect(thread.replyTargetIndex[1] == 0)
    // created_utc as a string (2007-11 to 2015-11), &gt; decoded, [deleted] and [removed].
    #expect(
      thread.comments[0].time == CommentTime(epochSeconds: 1_433_938_512, utcOffsetSeconds: 0))
    #expect(thread.comments[1].text.hasPrefix("> I pipe everything through it."))
    #expect(
      thread.comments[2].author == nil && thread.comments[2].text == ""
        && !thread.comments[2].isRemoved)
    #expect(thread.comments[3].author == nil && thread.comments[3].isRemoved)
    #expect(thread.comments[0].score == 188 && thread.comments[0].likes == nil)
    // A comment whose submission is in no file still has its thread; its target is outside.
    let orphan = try #require(SourceFixtures.thread(load, "39a7zz"))
    #expect(orphan.integrity.count(.targetOutsideCopy) == 1)
    #expect(SourceFixtures.thread(load, "39ac7f")?.comments.first?.author == nil)  // [deleted]
    #expect(
      SourceFixtures.replyEdges(load.corpus.threads) == [
        "json_wrangler → terminal_tinkerer": 1, "awk_enjoyer → json_wrangler": 1,
        "AutoModerator → json_wrangler": 1,
      ])
    #expect(!load.corpus.commenters.contains { $0.id.rawValue == "[deleted]" })
    let unread = Set(load.corpus.sources.flatMap(\.unreadFields).map(\.name))
    #expect(
      unread.isSuperset(of: ["subreddit", "controversiality", "retrieved_on", "num_comments"]))
  }

  @Test("A dump compressed by zstd --long=31, named as the dumps are, reads the same")
  func zstdDump() throws {
    let scratch = try CommentTableScratch()
    for name in ["RC_2015-06", "RS_2015-06"] {
      try SourceFixtures.run(
        "zstd",
        [
          "-q", "--long=31", "-19", "\(Self.directory)/\(name).ndjson", "-o",
          "\(scratch.path)/\(name).zst",
        ])
    }
    let plain = SourceFixtures.load([Self.directory])
    let compressed = SourceFixtures.load([scratch.path])
    #expect(compressed.errors.isEmpty && compressed.skipped.isEmpty)
    #expect(
      compressed.corpus.threads.map(\.formatIndependent).map(\.comments)
        == plain.corpus.threads.map(\.formatIndependent).map(\.comments))
    #expect(
      SourceFixtures.replyEdges(compressed.corpus.threads)
        == SourceFixtures.replyEdges(plain.corpus.threads))
  }

  @Test("Damaged zstd is an error naming the file; the records before the damage are kept")
  func damagedZstd() throws {
    let scratch = try CommentTableScratch()
    var lines = ""
    for i in 0..<3000 {
      lines +=
        #"{"id":"c\#(i)","parent_id":"t3_p","link_id":"t3_p","author":"u\#(i % 40)","body":"text \#(i) "#
        + String(repeating: "x", count: i % 50)
        + #"","created_utc":\#(1_600_000_000 + i),"score":1}"# + "\n"
    }
    let whole = Zstd.compress(Array(lines.utf8), level: 3, windowLog: 31)
    let cut = try scratch.write("RC_cut.zst", Array(whole.prefix(whole.count * 3 / 4)))
    let load = SourceFixtures.load([cut])
    #expect(load.errors.count == 1)
    #expect(load.errors.first?.file == cut)
    #expect(load.errors.first?.message.contains("truncated zstd data") == true)
    let kept = load.corpus.threads.reduce(0) { $0 + $1.comments.count }
    #expect(kept > 0 && kept < 3000)
    #expect(try Zstd.decompress(whole, file: "w.zst") == Array(lines.utf8))
  }
}
