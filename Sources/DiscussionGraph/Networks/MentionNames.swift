import Discussion

/// The forms of commenters' spellings that ``MentionDetector`` compares, computed once per
/// distinct name rather than once per thread: name folding and String hashing of Cyrillic
/// text are what cost, and a commenter writes in many threads.
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

  /// Spacing-normalised spelling → its number, and folded spelling → its number.
  private(set) var exactID: [String: Int] = [:]
  private(set) var foldedID: [String: Int] = [:]

  /// The forms of `name`, numbering them when new.
  mutating func add(_ name: String) -> Spelling {
    let words = NameFolding.foldedWords(name)
    let distinctive = !words.isEmpty && CommonWords.isDistinctive(words: words)
    return Spelling(
      exact: exactID.findOrInsert(NameFolding.normalizeSpacing(name), exactID.count),
      folded: foldedID.findOrInsert(NameFolding.fold(name), foldedID.count),
      words: distinctive ? words.map(NameFolding.hash(ofFoldedWord:)) : nil)
  }
}
