import Discussion
import Testing

@testable import DiscussionGraph

/// The mention, reply and combined commenter networks of two small hand-built threads, with
/// every edge derived by hand from the comments below.
@Suite("Mention and combined networks")
struct MentionNetworkTests {
  /// One comment: id, author (nil: removed, author unknown), the id it replies to, text.
  typealias Row = (id: String, author: String?, replyTo: String?, text: String)

  static let pen = "Съветският пeHиc"  // Latin e, H, c
  static let putin = "Путин нинджата"

  /// Thread 0. What each comment should give:
  static let first: [Row] = [
    ("1", putin, nil, "Първи!"),
    // Common words and non-distinctive names as plain words: no mention.
    ("2", "гост", "1", "Дедо знае. Факти са това. гост съм, Иван."),
    ("3", "Дедо", nil, "#1 е прав"),  // #N → Путин нинджата
    // Quoted names in each quote style → гост, Дедо, Факти, Иван.
    ("4", pen, nil, "Питам „гост“, \"Дедо\", «Факти» и “Иван”."),
    // Whole names after folding (case; Latin look-alikes in the name) → Путин, Съветският.
    ("5", "Факти", nil, "ПУТИН НИНДЖАТА пак е тук, a съветският пенис също"),
    // Own comment number and own name, a number outside the copy: nothing.
    ("6", "Иван", nil, "Аз съм Иван и #6 е мой, виж #99"),
    // A self-reply (counted apart), and #N → Дедо, Факти.
    ("7", putin, "1", "#3 и #5"),
    // Reply to Съветският, and all three kinds of evidence for the same commenter.
    ("8", "Дедо", "4", "#4 \"Съветският пeHиc\" е прав, Съветският Пенис!"),
    ("9", nil, nil, ""),  // removed, author unknown
    ("10", "гост", "9", "и аз"),  // reply to an unknown author: no edge
    ("11", "Президента", nil, "Хм."),
    // A long single word that is a common word is not a name: no mention of Президента.
    ("12", "гост", nil, "президента е виновен"),
    ("13", "Мравоядец", nil, "ок"),
    // A distinctive single word matches as a whole word only.
    ("14", "Иван", nil, "МРАВОЯДЕЦ е прав"),
    ("15", "гост", nil, "Мравоядецът е друг"),
    // A distinctive name of one's own, bare and quoted: no self-mention.
    ("16", "Мравоядец", nil, "Аз, Мравоядец, пиша \"Мравоядец\" и #13"),
  ]

  /// Thread 1: only commenters of the same thread can be mentioned (Путин нинджата is not
  /// here), and an edge that spans both threads.
  static let second: [Row] = [
    ("1", "Иван", nil, "Путин нинджата не е тук"),
    ("2", "Дедо", "1", "#1"),
    ("3", pen, nil, "“Иван”"),
  ]

  static func thread(_ id: String, _ rows: [Row], day: Int) -> CommentThread {
    let comments = rows.enumerated().map { i, row in
      Discussion.Comment(
        id: row.id, author: row.author, replyTo: row.replyTo, text: row.text,
        time: CommentTime.sofia(year: 2025, month: 10, day: day, hour: 17, minute: i),
        isRemoved: row.author == nil)
    }
    let targets = rows.map { row in row.replyTo.flatMap { t in rows.firstIndex { $0.id == t } } }
    return CommentThread(
      id: id, sourceFile: id + ".txt", comments: comments, replyTargetIndex: targets)
  }

  static let corpus = Corpus(threads: [thread("t", first, day: 17), thread("u", second, day: 18)])

  /// An edge as the tests state it: names, replies, mentions, evidence.
  struct Expected: Hashable {
    var source: String
    var target: String
    var replies = 0
    var mentions = 0
    var evidence: MentionEvidence = []
  }

  static let mentionEdges: Set<Expected> = [
    Expected(source: "Дедо", target: putin, mentions: 1, evidence: .commentNumber),
    Expected(
      source: "Дедо", target: pen, mentions: 1,
      evidence: [.commentNumber, .quotedName, .wholeName]),
    Expected(source: "Дедо", target: "Иван", mentions: 1, evidence: .commentNumber),
    Expected(source: pen, target: "гост", mentions: 1, evidence: .quotedName),
    Expected(source: pen, target: "Дедо", mentions: 1, evidence: .quotedName),
    Expected(source: pen, target: "Факти", mentions: 1, evidence: .quotedName),
    Expected(source: pen, target: "Иван", mentions: 2, evidence: .quotedName),
    Expected(source: "Факти", target: putin, mentions: 1, evidence: .wholeName),
    Expected(source: "Факти", target: pen, mentions: 1, evidence: .wholeName),
    Expected(source: putin, target: "Дедо", mentions: 1, evidence: .commentNumber),
    Expected(source: putin, target: "Факти", mentions: 1, evidence: .commentNumber),
    Expected(source: "Иван", target: "Мравоядец", mentions: 1, evidence: .wholeName),
  ]

  static let replyEdges: Set<Expected> = [
    Expected(source: "гост", target: putin, replies: 1),
    Expected(source: "Дедо", target: pen, replies: 1),
    Expected(source: "Дедо", target: "Иван", replies: 1),
  ]

  /// Reply and mention edges of the same pair merged.
  static var combinedEdges: Set<Expected> {
    var byPair: [[String]: Expected] = [:]
    for e in replyEdges.union(mentionEdges) {
      var merged = byPair[[e.source, e.target]] ?? Expected(source: e.source, target: e.target)
      merged.replies += e.replies
      merged.mentions += e.mentions
      merged.evidence.formUnion(e.evidence)
      byPair[[e.source, e.target]] = merged
    }
    return Set(byPair.values)
  }

  static func edges(_ network: CommenterNetwork) -> Set<Expected> {
    Set(
      network.edges.map {
        Expected(
          source: network.commenters[$0.source].id.rawValue,
          target: network.commenters[$0.target].id.rawValue, replies: $0.replies,
          mentions: $0.mentions, evidence: $0.evidence)
      })
  }

  static func edge(_ network: CommenterNetwork, _ source: String, _ target: String)
    -> NetworkEdge?
  {
    network.edges.first {
      network.commenters[$0.source].id.rawValue == source
        && network.commenters[$0.target].id.rawValue == target
    }
  }

  static func selfReplies(_ network: CommenterNetwork) -> [String: Int] {
    var out: [String: Int] = [:]
    for (i, n) in network.selfReplies.enumerated() where n > 0 {
      out[network.commenters[i].id.rawValue] = n
    }
    return out
  }

  @Test func mentionNetworkHasExactlyTheHandDerivedEdges() {
    let network = CommenterNetwork(corpus: Self.corpus, kind: .mention)
    #expect(Self.edges(network) == Self.mentionEdges)
    #expect(Self.selfReplies(network).isEmpty)
    #expect(network.edges.allSatisfy { $0.layers == .mention })
  }

  @Test func replyNetworkHasExactlyTheHandDerivedEdges() {
    let network = CommenterNetwork(corpus: Self.corpus, kind: .reply)
    #expect(Self.edges(network) == Self.replyEdges)
    #expect(Self.selfReplies(network) == [Self.putin: 1])
    #expect(network.edges.allSatisfy { $0.layers == .reply && $0.evidence.isEmpty })
  }

  @Test func combinedNetworkMergesBothLayers() throws {
    let network = CommenterNetwork(corpus: Self.corpus, kind: .combined)
    #expect(Self.edges(network) == Self.combinedEdges)
    #expect(Self.selfReplies(network) == [Self.putin: 1])
    let both = try #require(Self.edge(network, "Дедо", Self.pen))
    #expect(both.layers == [.reply, .mention])
    #expect(both.layers.name == "reply+mention")
    #expect(both.evidence.names == ["comment_number", "quoted_name", "whole_name"])
    // The reply and the mentions are one comment (t#8).
    #expect(both.comments == [CommentRef(thread: 0, comment: 7)])
    #expect(try #require(Self.edge(network, "гост", Self.putin)).layers.name == "reply")
    #expect(try #require(Self.edge(network, "Факти", Self.pen)).layers.name == "mention")
    // Graph weights are replies + mentions, one graph edge per pair, in edge order.
    #expect(network.graph.edgeCount == network.edges.count)
    #expect(network.graph.edgeWeights == network.edges.map { Double($0.replies + $0.mentions) })
  }

  @Test func edgesKnowTheirCommentsThreadsAndTimes() throws {
    let network = CommenterNetwork(corpus: Self.corpus, kind: .mention)
    let spanning = try #require(Self.edge(network, Self.pen, "Иван"))
    #expect(spanning.threads == [0, 1])
    #expect(
      spanning.comments == [CommentRef(thread: 0, comment: 3), CommentRef(thread: 1, comment: 2)])
    #expect(
      spanning.firstTime == CommentTime.sofia(year: 2025, month: 10, day: 17, hour: 17, minute: 3))
    #expect(
      spanning.lastTime == CommentTime.sofia(year: 2025, month: 10, day: 18, hour: 17, minute: 2))
    let single = try #require(Self.edge(network, Self.putin, "Факти"))
    #expect(single.threads == [0])
    #expect(single.comments == [CommentRef(thread: 0, comment: 6)])
    #expect(single.firstTime == single.lastTime)
    #expect(
      single.firstTime == CommentTime.sofia(year: 2025, month: 10, day: 17, hour: 17, minute: 6))
  }

  @Test func statisticsCountMentionsSentAndReceived() throws {
    let network = CommenterNetwork(corpus: Self.corpus, kind: .reply)
    let stats = CommenterStatistics.compute(corpus: Self.corpus, network: network)
    let names = stats.commenters.map(\.id.rawValue)
    let sent = try #require(stats.column("mentions_sent")).values
    let received = try #require(stats.column("mentions_received")).values
    func value(_ column: [Double], _ name: String) -> Double {
      names.firstIndex(of: name).map { column[$0] } ?? .nan
    }
    // From mentionEdges: Съветският sends 1+1+1+2, Дедо 3; Иван receives 1+2.
    #expect(value(sent, Self.pen) == 5)
    #expect(value(sent, "Дедо") == 3)
    #expect(value(sent, "гост") == 0)
    #expect(value(received, "Иван") == 3)
    #expect(value(received, Self.pen) == 2)
    #expect(value(received, "Президента") == 0)
    #expect(value(try #require(stats.column("self_replies")).values, Self.putin) == 1)
  }

  /// The detector itself (not only the network, which drops u → u) never reports the author.
  @Test func detectorNeverReportsTheAuthor() throws {
    let thread = Self.corpus.threads[0]
    let authors = thread.comments.map { Self.corpus.commenterIndex(of: $0) ?? -1 }
    var names = MentionNames()
    let spellings = thread.comments.map { comment in comment.author.map { names.add($0) } }
    let detector = MentionDetector(
      thread: thread, authors: authors, spellings: spellings, names: names)
    let own = try #require(Self.first.firstIndex { $0.id == "16" })
    let found = detector.mentions(inComment: own, utf8: thread.comments[own].textUTF8)
    #expect(found.isEmpty)
    // The same text by someone else mentions Мравоядец by all three kinds of evidence.
    let other = try #require(Self.first.firstIndex { $0.id == "12" })
    let byOther = detector.mentions(inComment: other, utf8: thread.comments[own].textUTF8)
    #expect(byOther.map(\.commenter) == [authors[own]])
    #expect(byOther.first?.evidence == [.commentNumber, .quotedName, .wholeName])
  }

  @Test func distinctiveNamesNeedEightUncommonLetters() {
    func distinctive(_ name: String) -> Bool {
      CommonWords.isDistinctive(words: NameFolding.foldedWords(name))
    }
    #expect(distinctive("Путин нинджата"))
    #expect(distinctive("Съветският пeHиc аkp00батTTT"))
    #expect(distinctive("Мравоядец"))
    for name in ["гост", "Дедо", "Факти", "ФАКТИ", "Президента", "с пешката", "Само предлагам"] {
      #expect(!distinctive(name), "\(name)")
    }
  }

  /// Under exact identity "Kозел" (Latin K) and "козел" are two commenters whose names fold
  /// alike: a quote in one exact spelling names that one, a spelling that only folds to both
  /// names nobody, and neither name is matched as plain words.
  @Test func namesThatFoldAlikeAreResolvedOnlyByExactSpelling() {
    let latin = "Kозел Брадат"  // Latin K
    let cyrillic = "козел брадат"
    let rows: [Row] = [
      ("1", latin, nil, "едно"),
      ("2", cyrillic, nil, "две"),
      ("3", "Ана", nil, "\"Kозел Брадат\" и \"козел брадат\""),
      ("4", "Ана", nil, "\"КОЗЕЛ БРАДАТ\" и козел брадат"),
    ]
    let corpus = Corpus(threads: [Self.thread("k", rows, day: 20)])
    let network = CommenterNetwork(corpus: corpus, kind: .mention)
    #expect(
      Self.edges(network) == [
        Expected(source: "Ана", target: latin, mentions: 1, evidence: .quotedName),
        Expected(source: "Ана", target: cyrillic, mentions: 1, evidence: .quotedName),
      ])
  }
}
