import Testing

@testable import Discussion

@Suite("Reply resolution (shared by page text and tables)")
struct CommentTableReplyResolutionTests {
  typealias C = Discussion.Comment

  static func c(
    _ id: String, _ author: String?, to replyTo: String? = nil, name: String? = nil,
    back: [String] = [], removed: Bool = false, line: Int
  ) -> C {
    C(
      id: id, author: author, replyTo: replyTo, replyToName: name, backReferences: back,
      isRemoved: removed, sourceLine: line)
  }

  @Test("Targets, recovery, mismatch, self-reply, outside the copy")
  func basics() {
    let comments = [
      Self.c("1", "Ганя", back: ["3"], line: 10),
      Self.c("2", nil, removed: true, line: 20),
      Self.c("3", "Иван", to: "1", name: "Ганя ", line: 30),
      Self.c("4", "Мария", to: "2", name: " Небесен  Йерусалим", line: 40),
      Self.c("5", "Петър", to: "2", name: "Друг", line: 50),
      Self.c("6", "Иван", to: "3", name: "Иван", line: 60),
      Self.c("7", "Иван", to: "77", name: "X", line: 70),
    ]
    let r = ReplyResolution.resolve(comments, file: "f.txt")
    #expect(r.replyTargetIndex == [nil, nil, 0, 1, 1, 2, nil])
    #expect(r.repliesResolved == 4)
    #expect(r.comments[1].author == "Небесен Йерусалим")
    #expect(r.comments[1].authorIsRecovered)
    #expect(
      r.issues.map(\.kind) == [
        .targetRemovedAuthorRecovered, .replyNameMismatch, .selfReply, .targetOutsideCopy,
      ])
    #expect(r.issues.map(\.line) == [20, 50, 60, 70])
    #expect(r.issues.allSatisfy { $0.file == "f.txt" })
    #expect(r.issues[0].commentID == "2")
  }

  @Test("Back-references: listed non-replies and unlisted replies")
  func backReferences() {
    let comments = [
      Self.c("1", "A", back: ["2", "3", "9"], line: 1),  // 9 is outside the copy: no finding
      Self.c("2", "B", to: "1", line: 2),
      Self.c("3", "C", to: "2", line: 3),  // listed on 1 but replies to 2
      Self.c("4", "D", to: "1", line: 4),  // replies to 1 but 1 does not list it
      Self.c("5", "E", to: "4", line: 5),  // 4 lists nothing: no finding
    ]
    let r = ReplyResolution.resolve(comments, file: "f")
    let mismatches = r.issues.filter { $0.kind == .backReferenceMismatch }
    #expect(mismatches.count == 2)
    #expect(mismatches.allSatisfy { $0.line == 1 && $0.commentID == "1" })
    #expect(mismatches[0].message.contains("#3"))
    #expect(mismatches[1].message.contains("4"))
    #expect(r.issues.count == 2)
  }

  @Test("Duplicate ids: latest earlier comment wins, else the first")
  func duplicates() {
    let comments = [
      Self.c("9", "early", to: "5", line: 1),  // no 5 before it: the first 5
      Self.c("5", "A", line: 2),
      Self.c("6", "x", to: "5", line: 3),  // → index 1
      Self.c("5", "B", line: 4),
      Self.c("7", "y", to: "5", line: 5),  // → index 3
      Self.c("8", "z", to: "8", line: 6),  // itself
    ]
    let r = ReplyResolution.resolve(comments, file: "f")
    #expect(r.replyTargetIndex == [1, nil, 1, nil, 3, nil])
    #expect(r.issues.map(\.kind) == [.duplicateID, .selfReply])
    #expect(r.issues.map(\.line) == [4, 6])
  }

  @Test("A removed comment takes the first header's name; later different names mismatch")
  func firstHeaderWins() {
    let comments = [
      Self.c("1", "Z", to: "3", name: "Later", line: 1),  // header before its target
      Self.c("2", nil, removed: true, line: 2),
      Self.c("3", nil, removed: true, line: 3),
      Self.c("4", "Y", to: "3", name: "Other", line: 4),
      Self.c("5", "Y", to: "2", line: 5),  // no header name: nothing to recover
    ]
    let r = ReplyResolution.resolve(comments, file: "f")
    #expect(r.comments[2].author == "Later")
    #expect(r.comments[1].author == nil && !r.comments[1].authorIsRecovered)
    #expect(r.issues.map(\.kind) == [.targetRemovedAuthorRecovered, .replyNameMismatch])
    #expect(r.issues.map(\.line) == [3, 4])
  }

  @Test("In-place form sets the counters and keeps issues in line order")
  func inPlace() {
    var thread = CommentThread(
      id: "t", sourceFile: "f",
      comments: [Self.c("1", "A", line: 5), Self.c("2", "A", to: "1", line: 9)])
    thread.integrity.issues = [
      .init(kind: .unplacedLine, file: "f", line: 7, message: "stray"),
      .init(kind: .damagedHeader, file: "f", line: 0, message: "header"),
    ]
    thread.integrity.repliesResolved = 7
    ReplyResolution.resolve(&thread)
    #expect(thread.replyTargetIndex == [nil, 0])
    #expect(thread.integrity.repliesResolved == 1)
    #expect(thread.integrity.commentsRead == 2)
    #expect(thread.integrity.removed == 0)
    #expect(thread.integrity.issues.map(\.line) == [0, 7, 9])
    #expect(ReplyResolution.resolve([], file: "f").issues.isEmpty)
  }
}
