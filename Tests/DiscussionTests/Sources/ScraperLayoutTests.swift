import Foundation
import Testing

@testable import Discussion

/// youtube-comment-downloader (records written by the tool's own CommentWriter, 0.1.84),
/// Hacker News items (the Firebase API's schema) and Algolia's search hits, and 4CAT's CSV
/// exports (made by 4CAT's own `items_to_csv`, `thread_to_4cat` and `post_to_4cat`).
@Suite struct ScraperLayoutTests {
  @Test("youtube-comment-downloader: JSON Lines under .json, --format json, csv with a BOM")
  func youtube() throws {
    let load = SourceFixtures.load([SourceFixtures.path("youtube")])
    #expect(load.errors.isEmpty)
    #expect(load.corpus.sources.allSatisfy { $0.layout == "youtube-comment-downloader" })
    let threads = load.corpus.threads
    #expect(threads.map(\.id) == ["dQw4w9WgXcQ", "format-csv", "format-json"])
    for thread in threads {
      #expect(thread.comments.count == 5)
      #expect(thread.replyTargetIndex == [nil, nil, 0, 0, 1])
      #expect(thread.comments[0].likes == 1200)  // "1.2K"
      #expect(thread.comments[1].likes == 37)
      #expect(
        thread.comments[0].time == CommentTime(epochSeconds: 1_734_523_200, utcOffsetSeconds: 0))
      #expect(
        thread.comments.map(\.author) == [
          "@marta.codes", "@devnull_42", "@kofi_builds", "@ChannelOwnerTV", "@ChannelOwnerTV",
        ])
      #expect(thread.comments[3].text == "Thanks! Timestamp 4:12 for anyone looking 👍")
    }
    #expect(CommentRecordDecoder.displayedCount("3,1K") == 3100)
    #expect(CommentRecordDecoder.displayedCount("1.5M") == 1_500_000)
    #expect(CommentRecordDecoder.displayedCount("lots") == nil)
  }

  @Test("Hacker News items: threads are the roots of reply chains; dead and deleted are removed")
  func hackerNews() throws {
    let load = SourceFixtures.load([SourceFixtures.path("hackernews/items.jsonl")])
    #expect(load.errors.isEmpty)
    #expect(load.corpus.sources.first?.layout == "Hacker News items")
    let story = try #require(SourceFixtures.thread(load, "8863"))
    #expect(story.title == "My YC app: Dropbox - Throw away your USB drive")
    #expect(story.comments.map(\.id) == ["8863", "9224", "9272", "9479", "8917", "8952", "9001"])
    #expect(story.comments[0].isPost && story.comments[0].score == 104)
    #expect(story.replyTargetIndex == [nil, 0, 1, 2, 0, 4, 0])
    #expect(
      story.comments[2].text
        == "1. re: the first part, many people want to avoid that, it's a pain.\n\n2. not sure what you mean"
    )
    #expect(
      story.comments[3].text
        == "You are correct that this presents a very good opportunity & that <good> apps win.")
    #expect(story.comments[4].isRemoved && story.comments[4].author == nil)  // deleted
    #expect(story.comments[6].isRemoved && story.comments[6].author == "pg")  // dead
    // A comment whose story is not in the file: its thread is its first missing ancestor.
    let other = try #require(SourceFixtures.thread(load, "121002"))
    #expect(other.integrity.count(.targetOutsideCopy) == 1)
    #expect(
      SourceFixtures.replyEdges(load.corpus.threads) == [
        "BrandonM → dhouston": 2, "dhouston → BrandonM": 1, "pg → dhouston": 1,
      ])
  }

  @Test("Algolia's Hacker News hits: the object's hits array, story_id as the thread")
  func algolia() throws {
    let load = SourceFixtures.load([SourceFixtures.path("hackernews/algolia.json")])
    #expect(load.errors.isEmpty)
    #expect(load.corpus.sources.first?.layout == "Hacker News (Algolia search hits)")
    let story = try #require(SourceFixtures.thread(load, "8863"))
    #expect(story.comments.map(\.isPost) == [true, false, false])
    #expect(story.replyTargetIndex == [nil, 0, 1])
    #expect(
      story.comments[2].text == "1. re: the first part, many people want to <i>avoid</i> that")
    #expect(story.comments[1].time == CommentTime(epochSeconds: 1_175_775_414, utcOffsetSeconds: 0))
  }

  @Test("4CAT: Reddit's parent with its prefix, 4chan's >>N quotes, Telegram's message numbers")
  func fourCAT() throws {
    let load = SourceFixtures.load([SourceFixtures.path("4cat")])
    #expect(load.errors.isEmpty)
    #expect(
      load.corpus.sources.map(\.layout) == [
        "4CAT export (4chan; replies from >>N quotes)", "4CAT export (Reddit)",
        "4CAT export (Telegram)",
      ])
    let reddit = try #require(SourceFixtures.thread(load, "1b7xq2k"))
    #expect(reddit.title == "What's the most underrated CLI tool you use daily?")
    #expect(reddit.comments[0].isPost && reddit.comments[0].author == "terminal_tinkerer")
    #expect(reddit.replyTargetIndex == [nil, 0, 1, 2, 0])
    #expect(reddit.comments[3].author == nil)  // [deleted]
    #expect(reddit.comments[4].isRemoved)  // [removed]
    #expect(
      reddit.comments[1].time == CommentTime(epochSeconds: 1_709_568_911, utcOffsetSeconds: 0))
    let chan = try #require(SourceFixtures.thread(load, "461502233"))
    #expect(chan.title == "Terminal emulator general")
    // The first quote of each post: 4CAT's own reply network's rule.
    #expect(chan.replyTargetIndex == [nil, 0, 1, 1, nil])
    let telegram = try #require(SourceFixtures.thread(load, "bgnews"))
    #expect(telegram.replyTargetIndex == [nil, 0, 1, nil])
    #expect(telegram.comments.map(\.author) == ["ivan_p", "Мария", "ivan_p", "georgi"])
    #expect(telegram.integrity.count(.targetOutsideCopy) == 1)
  }

  @Test("A naive 4CAT timestamp is UTC, an ISO time without offset elsewhere is Sofia time")
  func naiveTimes() throws {
    let csv = "thread_id,id,timestamp,body,author\nt,1,2024-03-04 13:00:05,x,a\n"
    let threads = try CommentTableReader.read(Array(csv.utf8), format: .csv, file: "4.csv")
    #expect(threads[0].comments[0].time?.iso8601 == "2024-03-04T13:00:05+00:00")
    let own = "id,time\n1,2024-03-04 13:00:05\n"
    let mine = try CommentTableReader.read(Array(own.utf8), format: .csv, file: "r.csv")
    #expect(mine[0].comments[0].time?.iso8601 == "2024-03-04T13:00:05+02:00")
  }
}
