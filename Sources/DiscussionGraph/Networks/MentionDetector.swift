import Discussion

/// Finds, in the comments of one thread, the references to other commenters outside the
/// reply header (DESIGN.md, "Mention network"):
///
/// - `#N` naming a comment by v in the same thread (``MentionEvidence/commentNumber``);
/// - v's name in quotes — `"…"`, `„…“`, `“…”`, `«…»` — equal to a spelling of a commenter of
///   the thread after ``Discussion/NameFolding/fold(_:)`` (``MentionEvidence/quotedName``);
/// - v's whole name as a sequence of words after folding, for names distinctive enough to
///   mean a person (``CommonWords/isDistinctive(words:)``: their uncommon words have at least
///   eight letters), so that "гост", "Дедо" or "Факти" never invent a mention
///   (``MentionEvidence/wholeName``).
///
/// Only commenters who wrote in the same thread can be mentioned; a commenter never mentions
/// themself.
///
/// - Complexity: O(L) for L characters of text, plus O(k) per word for the k names that begin
///   with it.
struct MentionDetector {
  /// The author (commenter index) of each comment of the thread, or -1.
  private let authors: [Int]
  /// Comment id → its author.
  private var authorByID: [String: Int] = [:]
  /// Spelling (spacing normalised) → commenter.
  private var byExactName: [String: Int] = [:]
  /// Folded spelling → commenter, or -1 when two commenters' spellings fold alike (under
  /// exact identity "Kозел" and "козел" are two people): then only an exact spelling decides.
  private var byFoldedName: [String: Int] = [:]
  /// Hash of the first folded word of a distinctive name → (the hashes of all its words,
  /// commenter). Words are compared by 64-bit hash (``Discussion/NameFolding/foldedWordHashes(_:)``):
  /// texts are scanned without building a String per word.
  private var byFirstWord: [UInt64: [(words: [UInt64], commenter: Int)]] = [:]

  init(thread: CommentThread, authors: [Int]) {
    self.authors = authors
    var spellings: [String: Int] = [:]
    for (i, comment) in thread.comments.enumerated() where authors[i] >= 0 {
      if authorByID[comment.id] == nil { authorByID[comment.id] = authors[i] }
      if let name = comment.author { spellings[name] = authors[i] }
    }
    for (name, commenter) in spellings.sorted(by: { $0.key < $1.key }) {
      byExactName[NameFolding.normalizeSpacing(name)] = commenter
      let folded = NameFolding.fold(name)
      if let other = byFoldedName[folded], other != commenter {
        byFoldedName[folded] = -1
      } else {
        byFoldedName[folded] = commenter
      }
    }
    for (name, commenter) in spellings.sorted(by: { $0.key < $1.key }) {
      let words = NameFolding.foldedWords(name)
      // Whole names are matched only when they point to one commenter.
      if !words.isEmpty && CommonWords.isDistinctive(words: words)
        && byFoldedName[NameFolding.fold(name)] != -1
      {
        let hashes = words.map(NameFolding.hash(ofFoldedWord:))
        byFirstWord[hashes[0], default: []].append((hashes, commenter))
      }
    }
  }

  /// The commenters that comment `index`'s text refers to, with the evidence, sorted by
  /// commenter index.
  func mentions(inComment index: Int, text: String) -> [(commenter: Int, evidence: MentionEvidence)]
  {
    let author = authors[index]
    var found: [Int: MentionEvidence] = [:]
    func add(_ commenter: Int, _ evidence: MentionEvidence) {
      guard commenter != author else { return }
      found[commenter, default: []].insert(evidence)
    }
    // Only texts with a '#' or a quote need the scalar scans below.
    let mayReference = text.utf8.contains { $0 == 0x23 || $0 == 0x22 || $0 == 0xE2 || $0 == 0xC2 }
    let scalars = mayReference ? Array(text.unicodeScalars) : []
    // #N
    var i = 0
    while i < scalars.count {
      if scalars[i] == "#" {
        var j = i + 1
        while j < scalars.count, scalars[j].value >= 48 && scalars[j].value <= 57 { j += 1 }
        if j > i + 1, j - i <= 10 {
          let id = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
          if let commenter = authorByID[String(Int(id) ?? -1)] ?? authorByID[id] {
            add(commenter, .commentNumber)
          }
        }
        i = j
      } else {
        i += 1
      }
    }
    // Quoted names.
    i = 0
    while i < scalars.count {
      if let close = Self.closingQuote[scalars[i].value] {
        var j = i + 1
        while j < scalars.count, j - i <= 80, !close.contains(scalars[j].value) { j += 1 }
        if j < scalars.count, j - i <= 80, j > i + 1 {
          let content = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
          let exact = byExactName[NameFolding.normalizeSpacing(content)]
          if let commenter = exact ?? byFoldedName[NameFolding.fold(content)], commenter >= 0 {
            add(commenter, .quotedName)
          }
          i = j + 1
          continue
        }
      }
      i += 1
    }
    // Whole names.
    if !byFirstWord.isEmpty {
      let words = NameFolding.foldedWordHashes(text)
      for (w, word) in words.enumerated() {
        guard let candidates = byFirstWord[word] else { continue }
        for candidate in candidates where w + candidate.words.count <= words.count {
          if words[w..<(w + candidate.words.count)].elementsEqual(candidate.words) {
            add(candidate.commenter, .wholeName)
          }
        }
      }
    }
    return found.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  /// Opening quote → the quotes that may close it.
  private static let closingQuote: [UInt32: Set<UInt32>] = [
    0x22: [0x22],  // "…"
    0x201E: [0x201C, 0x201D],  // „…“
    0x201C: [0x201D, 0x201C],  // “…”
    0xAB: [0xBB],  // «…»
  ]
}
