import Foundation
import Testing

@testable import Discussion

/// Nothing is misread in silence: fields not read are named, links and authors that were not
/// read are pointed out with the option that reads them, and inputs that yield nothing say
/// what they held.
@Suite struct MisreadTests {
  static let scraper = """
    {"comment_id": "a1", "parent": null, "user": {"name": "Мария", "karma": 3}, "content": "Първи", "posted": "2025-10-17T17:18:00+03:00"}
    {"comment_id": "a2", "parent": "a1", "user": {"name": "Иван"}, "content": "Втори", "posted": 1760710740}
    {"comment_id": "a3", "parent": "a2", "user": {"name": "Мария"}, "content": "Трети", "posted": 1760710800}
    """

  @Test("--field maps a scraper's names, dotted paths reading members of objects")
  func mapping() throws {
    let mapping = try FieldMapping([
      "id=comment_id", "reply_to=parent", "author=user.name", "text=content", "time = posted",
    ])
    let threads = try CommentTableReader.read(
      Array(Self.scraper.utf8), format: .jsonLines, file: "scraped.jsonl", mapping: mapping)
    let thread = try #require(threads.first)
    #expect(thread.comments.map(\.author) == ["Мария", "Иван", "Мария"])
    #expect(thread.replyTargetIndex == [nil, 0, 1])
    #expect(thread.comments[1].text == "Втори")
    #expect(
      thread.comments[1].time == CommentTime(epochSeconds: 1_760_710_740, utcOffsetSeconds: 0))
    #expect(thread.integrity.issues.isEmpty)
    let table = try CommentTableReader.table(
      Array(Self.scraper.utf8), format: .jsonLines, file: "scraped.jsonl", mapping: mapping)
    #expect(table.source.unreadFields == [.init(name: "user.karma", records: 1)])
  }

  @Test("A table no layout fits is an error that names its fields and the option")
  func unrecognised() {
    let error = #expect(throws: InputError.self) {
      try CommentTableReader.read(Array(Self.scraper.utf8), format: .jsonLines, file: "s.jsonl")
    }
    #expect(error?.line == 1)
    #expect(error?.message.contains("comment_id, parent, user, content, posted") == true)
    #expect(error?.message.contains("--field id=NAME") == true)
  }

  @Test("Fields that look like the reply link or the text, not read: the option that reads them")
  func unreadLinks() throws {
    let table = try CommentTableReader.table(
      Array(Self.scraper.utf8), format: .jsonLines, file: "s.jsonl",
      mapping: try FieldMapping(["id=comment_id"]))
    // The author comes from user.name, as replynet's own layout reads it.
    #expect(table.threads[0].comments.map(\.author) == ["Мария", "Иван", "Мария"])
    let issues = table.threads[0].integrity.issues
    #expect(issues.map(\.kind) == [.noReplyResolved, .unreadField, .unreadField])
    #expect(issues[1].message.contains("--field reply_to=parent"))
    #expect(issues[2].message.contains("--field text=content"))
    #expect(issues.allSatisfy { $0.file == "s.jsonl" && $0.kind.severity == "warning" })
    #expect(
      table.source.unreadFields.map(\.name) == ["content", "parent", "posted", "user.karma"])
    #expect(table.source.unreadFields.map(\.records) == [3, 3, 3, 1])
    // And with no author field at all, the one that looks like it.
    let anonymous = Self.scraper.replacingOccurrences(of: "\"user\"", with: "\"poster\"")
    let other = try CommentTableReader.table(
      Array(anonymous.utf8), format: .jsonLines, file: "s.jsonl",
      mapping: try FieldMapping(["id=comment_id", "reply_to=parent", "text=content"]))
    #expect(other.threads[0].integrity.issues.map(\.kind) == [.unreadField])
    #expect(other.threads[0].integrity.issues[0].message.contains("--field author=poster"))
  }

  @Test("Bad mappings are errors that say why")
  func badMappings() {
    #expect(throws: FieldMapping.Error.self) { try FieldMapping(["reply_to"]) }
    #expect(throws: FieldMapping.Error.self) { try FieldMapping(["parent=x"]) }
    #expect(throws: FieldMapping.Error.self) { try FieldMapping(["author=user..name"]) }
    #expect(throws: FieldMapping.Error.self) { try FieldMapping(["id=a", "id=b"]) }
  }

  @Test("A directory of other files yields nothing and lists every file it skipped")
  func skippedFiles() throws {
    let scratch = try CommentTableScratch()
    _ = try scratch.write("notes.md", Array("# notes".utf8))
    _ = try scratch.write("paper.pdf", [0x25, 0x50, 0x44, 0x46])
    _ = try scratch.write("README", Array("not comments".utf8))
    let load = SourceFixtures.load([scratch.path])
    #expect(load.corpus.threads.isEmpty)
    #expect(load.errors.isEmpty)
    // By extension while walking; by content (no extension) when read.
    #expect(
      load.skipped.map { ($0.path as NSString).lastPathComponent } == [
        "notes.md", "paper.pdf", "README",
      ])
    #expect(load.skipped[0].reason == "unknown type .md")
    #expect(load.skipped[2].reason.hasPrefix("not comment data"))
  }

  @Test("A table that yields no comment is an error naming the file")
  func emptyTable() throws {
    let scratch = try CommentTableScratch()
    let path = try scratch.write("empty.jsonl", Array("\n\n".utf8))
    let load = SourceFixtures.load([path])
    #expect(load.errors.map(\.file) == [path])
    #expect(load.errors.first?.message.contains("no comment records") == true)
  }
}
