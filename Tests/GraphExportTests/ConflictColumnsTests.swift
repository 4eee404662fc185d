import Discussion
import DiscussionGraph
import Testing

@testable import GraphExport

/// The conflict columns of an export, on a thread whose hostile replies are counted by hand.
@Suite struct ConflictColumnsTests {
  /// Ана writes; Боб replies to her twice (one insult), she answers him with one insult;
  /// Вера replies to Боб politely.
  static let corpus: Corpus = {
    let rows: [(String, String, String?, String)] = [
      ("1", "Ана", nil, "Мнение."),
      ("2", "Боб", "1", "Копейка такава!"),  // hostile: копей*
      ("3", "Ана", "2", "Идиот."),  // hostile: идиот*
      ("4", "Боб", "3", "Добре, добре."),
      ("5", "Вера", "2", "Съгласна съм."),
    ]
    let comments = rows.map {
      Discussion.Comment(id: $0.0, author: $0.1, replyTo: $0.2, text: $0.3)
    }
    var thread = CommentThread(id: "t", sourceFile: "t.jsonl", comments: comments)
    ReplyResolution.resolve(&thread)
    return Corpus(threads: [thread])
  }()

  @Test func edgeAndNodeColumnsCountHostileReplies() throws {
    let network = CommenterNetwork(corpus: Self.corpus, kind: .reply)
    let columns = ConflictColumns(ConflictAnalysis(corpus: Self.corpus))
    let names = network.edges.map {
      "\(network.commenters[$0.source].displayName)→\(network.commenters[$0.target].displayName)"
    }
    // Edges sorted by (source, target) over commenters sorted by id: Ана, Боб, Вера.
    #expect(names == ["Ана→Боб", "Боб→Ана", "Вера→Боб"])
    let edge = columns.edgeColumns(for: network, corpus: Self.corpus)
    #expect(edge.map(\.name) == ["hostile_replies", "hostility", "sign"])
    #expect((0..<3).map { edge[0].text(at: $0) } == ["1", "1", "0"])
    // Боб → Ана: 1 hostile of 2 replies.
    #expect((0..<3).map { edge[1].text(at: $0) } == ["1.0", "0.5", "0.0"])
    // Ана–Боб: 2 hostile of 3 replies both ways, more than half: −1; Вера–Боб: +1.
    #expect((0..<3).map { edge[2].text(at: $0) } == ["-1", "-1", "1"])
    let node = columns.nodeColumns(for: network, corpus: Self.corpus)
    #expect(
      node.map(\.name) == [
        "hostile_comments", "hostile_replies_sent", "hostile_replies_received", "feuds",
        "accused_by",
      ])
    #expect((0..<3).map { node[0].text(at: $0) } == ["1", "1", "0"])
    #expect((0..<3).map { node[1].text(at: $0) } == ["1", "1", "0"])
    #expect((0..<3).map { node[2].text(at: $0) } == ["1", "1", "0"])
    // 2 ← 3 ← 4 alternates Боб, Ана, Боб: one feud of 3 turns between Ана and Боб.
    #expect((0..<3).map { node[3].text(at: $0) } == ["1", "1", "0"])
  }
}
