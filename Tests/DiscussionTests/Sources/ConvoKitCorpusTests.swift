import Foundation
import Testing

@testable import Discussion

/// A corpus written by ConvoKit's own `Corpus.dump` (scripts/fixtures/convokit_corpus.py):
/// `reply-to` with a hyphen, `\u` escapes for every Cyrillic letter, side files beside it.
@Suite struct ConvoKitCorpusTests {
  static let directory = SourceFixtures.path("convokit")

  @Test("The directory is one corpus: utterances, titles from conversations.json, no errors")
  func corpusDirectory() throws {
    let load = SourceFixtures.load([Self.directory])
    #expect(load.errors.isEmpty)
    #expect(load.skipped.isEmpty)
    #expect(load.corpus.sources.count == 1)
    #expect(load.corpus.sources.first?.layout == "ConvoKit corpus")
    #expect(load.corpus.sources.first?.file == Self.directory)
    let p1 = try #require(SourceFixtures.thread(load, "p1"))
    #expect(p1.title == "Избори 2025")
    #expect(p1.comments.map(\.author) == ["Мария", "Иван", "Георги", "Иван", "Петя"])
    #expect(p1.replyTargetIndex == [nil, 0, 1, 2, 0])
    #expect(p1.comments[2].likes == 1 && p1.comments[2].dislikes == 3 && p1.comments[2].score == -2)
    #expect(p1.comments[4].isRemoved)
    #expect(p1.comments[0].time == CommentTime(epochSeconds: 1_760_710_680, utcOffsetSeconds: 0))
    #expect(SourceFixtures.thread(load, "q1")?.title == "Втора тема")
    #expect(
      SourceFixtures.replyEdges(load.corpus.threads) == [
        "Иван → Мария": 1, "Георги → Иван": 1, "Иван → Георги": 1, "Петя → Мария": 1,
        "Мария → Георги": 1,
      ])
    let unread = Dictionary(
      uniqueKeysWithValues: load.corpus.sources[0].unreadFields.map { ($0.name, $0.records) })
    #expect(unread["vectors"] == 7)
    #expect(unread["speakers.json: meta.karma"] == 4)
    #expect(unread["conversations.json: meta.num_comments"] == 1)
    #expect(unread["corpus.json: name"] == 1)
    #expect(unread["reply-to"] == nil)
  }

  @Test("The download layout, utterances.jsonl alone, reads the same network")
  func utterancesAlone() throws {
    let scratch = try CommentTableScratch()
    let bytes = try InputSource.readBytes(Self.directory + "/utterances.jsonl")
    let alone = try scratch.write("reddit-corpus/utterances.jsonl", bytes)
    let load = SourceFixtures.load([alone])
    #expect(load.errors.isEmpty)
    #expect(load.corpus.sources.first?.layout == "ConvoKit utterances")
    #expect(
      SourceFixtures.replyEdges(load.corpus.threads)
        == SourceFixtures.replyEdges(SourceFixtures.load([Self.directory]).corpus.threads))
  }

  @Test("Naming utterances.jsonl inside the corpus directory reads the corpus")
  func namedUtterances() {
    let load = SourceFixtures.load([Self.directory + "/utterances.jsonl"])
    #expect(load.corpus.sources.first?.layout == "ConvoKit corpus")
    #expect(SourceFixtures.thread(load, "p1")?.title == "Избори 2025")
  }
}
