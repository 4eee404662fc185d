import Discussion

/// The corpus tables: commenters, comments and threads.
struct CommentTables {
  let corpus: Corpus
  let commenterIDs: [String]
  let threadKeys: [String]
  let pseudonymized: Bool
  /// The author (commenter index) of each comment, by thread.
  let authors: [[Int?]]

  init(corpus: Corpus, commenterIDs: [String], threadKeys: [String], pseudonymized: Bool) {
    self.corpus = corpus
    self.commenterIDs = commenterIDs
    self.threadKeys = threadKeys
    self.pseudonymized = pseudonymized
    authors = corpus.threads.indices.map { t in
      corpus.threads[t].comments.indices.map { corpus.commenterIndex(thread: t, comment: $0) }
    }
  }

  func commenters(labels: [String]) -> ExportTable {
    var threadCounts = [Int](repeating: 0, count: corpus.commenters.count)
    for threadAuthors in authors {
      var seen = Set<Int>()
      for case let i? in threadAuthors where seen.insert(i).inserted { threadCounts[i] += 1 }
    }
    var columns = [
      ExportColumn(
        name: "id", type: .string, description: "Commenter ID (or pseudonym)",
        values: .strings(commenterIDs)),
      ExportColumn(
        name: "label", type: .string, description: "Display name (or pseudonym)",
        values: .strings(labels)),
    ]
    if !pseudonymized {
      columns.append(
        ExportColumn(
          name: "spellings", type: .string,
          description: "Every spelling of the name seen, separated by \" | \"",
          values: .strings(corpus.commenters.map { $0.spellings.joined(separator: " | ") })))
    }
    columns += [
      ExportColumn(
        name: "comments", type: .integer, description: "Comments written", unit: "comments",
        values: .integers(corpus.commenters.map(\.commentCount))),
      ExportColumn(
        name: "threads", type: .integer, description: "Threads written in", unit: "threads",
        values: .integers(threadCounts)),
    ]
    return ExportTable(
      name: "commenters", description: "One row per commenter", columns: columns,
      primaryKey: ["id"])
  }

  func comments() -> ExportTable {
    // The row of each comment in the window (a reply to an older one keeps its id and
    // author): text columns are read from the corpus row by row as they are written, the
    // numbers held.
    var rows: [(thread: Int32, comment: Int32)] = []
    var position: [Int?] = []
    var recovered: [Bool?] = []
    var replyToPosition: [Int?] = []
    var likes: [Int?] = []
    var dislikes: [Int?] = []
    var removed: [Bool?] = []
    var line: [Int?] = []
    // Reserved whole: grown by appends, each array would hold up to twice the rows.
    let count = corpus.threads.reduce(0) { $0 + $1.comments.count }
    rows.reserveCapacity(count)
    position.reserveCapacity(count)
    recovered.reserveCapacity(count)
    replyToPosition.reserveCapacity(count)
    likes.reserveCapacity(count)
    dislikes.reserveCapacity(count)
    removed.reserveCapacity(count)
    line.reserveCapacity(count)
    for (t, th) in corpus.threads.enumerated() {
      for (i, c) in th.comments.enumerated() where !c.isContext {
        rows.append((Int32(t), Int32(i)))
        position.append(i + 1)
        recovered.append(c.authorIsRecovered)
        let target = th.replyTargetIndex[i]
        replyToPosition.append(target.flatMap { th.comments[$0].isContext ? nil : $0 + 1 })
        likes.append(c.likes)
        dislikes.append(c.dislikes)
        removed.append(c.isRemoved)
        line.append(c.sourceLine)
      }
    }
    let (corpus, authors, commenterIDs, threadKeys, chosen) = (
      self.corpus, self.authors, self.commenterIDs, self.threadKeys, rows
    )
    /// A text column: `text(t, i)` for each row's comment `i` of thread `t`. Each closure
    /// reads its field in place (`corpus.threads[t].comments[i].id`): handing it the thread
    /// and the comment copied them, a dozen retains and releases a cell (6-7 s of CPU in the
    /// CSV and SQLite writers of the 593,353-comment benchmark corpus).
    func column(_ text: @escaping @Sendable (Int, Int) -> String?) -> ExportValues {
      .stringsByRow(count: chosen.count) { r in
        text(Int(chosen[r].thread), Int(chosen[r].comment))
      }
    }
    let thread = column { t, _ in threadKeys[t] }
    let id = column { t, i in corpus.threads[t].comments[i].id }
    let author = column { t, i in authors[t][i].map { commenterIDs[$0] } }
    let authorName = column { t, i in corpus.threads[t].comments[i].author }
    let replyTo = column { t, i in corpus.threads[t].comments[i].replyTo }
    let replyToAuthor = column { t, i in
      corpus.threads[t].replyTargetIndex[i].flatMap { authors[t][$0] }.map { commenterIDs[$0] }
    }
    let replyToName = column { t, i in corpus.threads[t].comments[i].replyToName }
    let time = column { t, i in corpus.threads[t].comments[i].time?.iso8601 }
    var columns = [
      ExportColumn(
        name: "thread", type: .string, description: "Thread ID", values: thread),
      ExportColumn(
        name: "position", type: .integer, description: "Place of the comment in its thread, from 1",
        values: .integers(position)),
      ExportColumn(
        name: "id", type: .string, description: "Comment ID as the source gives it",
        values: id),
      ExportColumn(
        name: "author", type: .string,
        description: "Commenter ID (or pseudonym) of the author; missing when unknown",
        values: author),
    ]
    if !pseudonymized {
      columns.append(
        ExportColumn(
          name: "author_name", type: .string, description: "Author's name as written",
          values: authorName))
    }
    columns += [
      ExportColumn(
        name: "author_recovered", type: .boolean,
        description: "Author recovered from a reply header (the comment was removed)",
        values: .booleans(recovered)),
      ExportColumn(
        name: "reply_to", type: .string, description: "ID of the comment replied to, as given",
        values: replyTo),
      ExportColumn(
        name: "reply_to_position", type: .integer,
        description: "Position of the comment replied to, when it is in the copy",
        values: .integers(replyToPosition)),
      ExportColumn(
        name: "reply_to_author", type: .string,
        description: "Commenter ID (or pseudonym) of the author replied to",
        values: replyToAuthor),
    ]
    if !pseudonymized {
      columns.append(
        ExportColumn(
          name: "reply_to_name", type: .string, description: "Name the reply header gives",
          values: replyToName))
    }
    columns += [
      ExportColumn(
        name: "time", type: .datetime, description: "When written, ISO 8601 with UTC offset",
        values: time),
      ExportColumn(
        name: "likes", type: .integer, description: "Up-votes", unit: "votes",
        values: .integers(likes)),
      ExportColumn(
        name: "dislikes", type: .integer, description: "Down-votes", unit: "votes",
        values: .integers(dislikes)),
      ExportColumn(
        name: "removed", type: .boolean, description: "Removed by a moderator",
        values: .booleans(removed)),
      ExportColumn(
        name: "source_line", type: .integer, description: "Line of the source file", unit: "lines",
        values: .integers(line)),
    ]
    if !pseudonymized {
      // The texts as the corpus holds them (``Comment/textUTF8``), not copied: each writer
      // makes the String of one row at a time. The rows of the window only, as above.
      var text: [ArraySlice<UInt8>?] = []
      text.reserveCapacity(chosen.count)
      for thread in corpus.threads {
        for c in thread.comments where !c.isContext { text.append(c.textUTF8) }
      }
      columns.append(
        ExportColumn(
          name: "text", type: .string, description: "Text; paragraphs separated by a blank line",
          values: .utf8(text)))
    }
    return ExportTable(
      name: "comments", description: "One row per comment, in thread and source order",
      columns: columns, primaryKey: ["thread", "position"],
      foreignKeys: [
        .init(fields: ["thread"], table: "threads", referencedFields: ["id"]),
        .init(fields: ["author"], table: "commenters", referencedFields: ["id"]),
        .init(fields: ["reply_to_author"], table: "commenters", referencedFields: ["id"]),
        .init(
          fields: ["thread", "reply_to_position"], table: "comments",
          referencedFields: ["thread", "position"], isInDataPackage: false),
      ],
      indexes: [["author"], ["reply_to_author"]])
  }

  func threads() -> ExportTable {
    let threads = corpus.threads
    let columns = [
      ExportColumn(
        name: "id", type: .string, description: "Thread ID", values: .strings(threadKeys)),
      ExportColumn(
        name: "source_file", type: .string, description: "File the thread was read from",
        values: .strings(threads.map(\.sourceFile))),
      ExportColumn(
        name: "title", type: .string, description: "Article title",
        values: .strings(threads.map(\.title))),
      ExportColumn(
        name: "published", type: .datetime, description: "When the article was published",
        values: .strings(threads.map { $0.published?.iso8601 })),
      ExportColumn(
        name: "views", type: .integer, description: "View count shown", unit: "views",
        values: .integers(threads.map(\.views))),
      ExportColumn(
        name: "declared_comments", type: .integer, description: "Comment count the page declares",
        unit: "comments", values: .integers(threads.map(\.declaredCommentCount))),
      ExportColumn(
        name: "comments", type: .integer, description: "Comments in the copy", unit: "comments",
        values: .integers(threads.map(\.comments.count))),
      ExportColumn(
        name: "removed", type: .integer, description: "Comments removed by a moderator",
        unit: "comments", values: .integers(threads.map { $0.comments.filter(\.isRemoved).count })),
      ExportColumn(
        name: "categories", type: .string,
        description: "Category and tag lines, separated by \" | \"",
        values: .strings(threads.map { $0.categories.joined(separator: " | ") })),
    ]
    return ExportTable(
      name: "threads", description: "One row per thread (article)", columns: columns,
      primaryKey: ["id"])
  }

  /// The threads for the generic comment table: thread IDs as exported; when pseudonymised,
  /// author and reply-header names replaced by pseudonyms and texts left out.
  func tableThreads(pseudonymizer: Pseudonymizer?) -> [CommentThread] {
    corpus.threads.enumerated().map { t, thread in
      var copy = thread
      copy.id = threadKeys[t]
      if pseudonymizer != nil {
        let authors = self.authors[t]
        for i in copy.comments.indices {
          copy.comments[i].author = authors[i].map { commenterIDs[$0] }
          copy.comments[i].replyToName = copy.replyTargetIndex[i].flatMap { authors[$0] }.map {
            commenterIDs[$0]
          }
          copy.comments[i].text = ""
        }
      }
      return copy
    }
  }
}
