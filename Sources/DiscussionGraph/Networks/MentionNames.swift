import Discussion

/// Every spelling of every commenter of a corpus in the forms ``MentionDetector`` compares,
/// computed once per corpus rather than once per thread: name folding and String hashing of
/// Cyrillic text are what cost, and a commenter writes in many threads.
///
/// Spellings are numbered by their spacing-normalised form (``exactID``) and by their folded
/// form (``foldedID``), so a thread's detector works on integers and looks Strings up only for
/// a quoted name in a text.
struct MentionNames: Sendable {
  /// One spelling of a commenter.
  struct Spelling: Sendable {
    /// Number of the spacing-normalised spelling (``NameFolding/normalizeSpacing(_:)``).
    var exact: Int
    /// Number of the folded spelling (``NameFolding/fold(_:)``).
    var folded: Int
    /// The hashes of the folded words when the name is distinctive enough to be matched as
    /// plain words (``CommonWords/isDistinctive(words:)``); `nil` otherwise.
    var words: [UInt64]?
  }

  /// Per commenter (``Corpus/commenters`` order), its spellings in ``Commenter/spellings`` order.
  let spellings: [[Spelling]]
  /// Spacing-normalised spelling → its number, and folded spelling → its number.
  let exactID: [String: Int]
  let foldedID: [String: Int]

  init(corpus: Corpus) {
    var exactID: [String: Int] = [:]
    var foldedID: [String: Int] = [:]
    spellings = corpus.commenters.map { commenter in
      commenter.spellings.map { name in
        let words = NameFolding.foldedWords(name)
        let distinctive = !words.isEmpty && CommonWords.isDistinctive(words: words)
        return Spelling(
          exact: exactID.findOrInsert(NameFolding.normalizeSpacing(name), exactID.count),
          folded: foldedID.findOrInsert(NameFolding.fold(name), foldedID.count),
          words: distinctive ? words.map(NameFolding.hash(ofFoldedWord:)) : nil)
      }
    }
    self.exactID = exactID
    self.foldedID = foldedID
  }
}
