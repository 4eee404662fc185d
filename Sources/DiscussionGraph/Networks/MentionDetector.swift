import Discussion

/// Finds, in the comments of one thread, the references to other commenters outside the
/// reply header (README, "Networks"):
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
  /// The author of each comment of the thread, or -1.
  private let authors: [Int]
  /// Comment id → its author.
  private var authorByID: [String: Int] = [:]
  /// The spellings' numbers.
  private let names: MentionNames
  /// Spelling number (``MentionNames/Spelling/exact``) → commenter.
  private var byExactName: [Int: Int] = [:]
  /// Folded spelling number → commenter, or -1 when two commenters' spellings fold alike
  /// (under exact identity "Kозел" and "козел" are two people): then only an exact spelling
  /// decides.
  private var byFoldedName: [Int: Int] = [:]
  /// Hash of the first folded word of a distinctive name → (the hashes of all its words,
  /// commenter). Words are compared by 64-bit hash (``Discussion/NameFolding/foldedWordHashes(_:)``):
  /// texts are scanned without building a String per word.
  private var byFirstWord: [UInt64: [(words: [UInt64], commenter: Int)]] = [:]

  /// The detector of `thread`, whose comments' authors are `authors` (any numbering of
  /// commenters, -1 for none; mentions are given in it) under the spellings `spellings`
  /// (numbered in `names`).
  init(
    thread: CommentThread, authors: [Int], spellings: [MentionNames.Spelling?],
    names: MentionNames
  ) {
    self.authors = authors
    self.names = names
    var seen = Set<[Int]>()
    var participants: [(commenter: Int, spelling: MentionNames.Spelling)] = []
    for (i, comment) in thread.comments.enumerated() where authors[i] >= 0 {
      if authorByID[comment.id] == nil { authorByID[comment.id] = authors[i] }
      guard let spelling = spellings[i] else { continue }
      if seen.insert([authors[i], spelling.exact]).inserted {
        participants.append((authors[i], spelling))
      }
    }
    // An exact spelling names one commenter (identities are made from it), so the order
    // decides nothing; it is fixed so that the tables are built alike on every run.
    participants.sort { ($0.commenter, $0.spelling.exact) < ($1.commenter, $1.spelling.exact) }
    for (commenter, spelling) in participants {
      byExactName[spelling.exact] = commenter
      if let other = byFoldedName[spelling.folded], other != commenter {
        byFoldedName[spelling.folded] = -1
      } else {
        byFoldedName[spelling.folded] = commenter
      }
    }
    for (commenter, spelling) in participants {
      // Whole names are matched only when they point to one commenter.
      if let words = spelling.words, byFoldedName[spelling.folded] != -1 {
        byFirstWord[words[0], default: []].append((words, commenter))
      }
    }
  }

  /// The commenters that comment `index`'s text (``Discussion/Comment/textUTF8``) refers to,
  /// with the evidence, sorted by commenter (in the numbering of the authors given).
  func mentions(inComment index: Int, utf8: ArraySlice<UInt8>) -> [(
    commenter: Int, evidence: MentionEvidence
  )] {
    utf8.withUnsafeBufferPointer { mentions(inComment: index, utf8: $0) }
  }

  private func mentions(inComment index: Int, utf8 text: UnsafeBufferPointer<UInt8>) -> [(
    commenter: Int, evidence: MentionEvidence
  )] {
    let author = authors[index]
    var found: [Int: MentionEvidence] = [:]
    func add(_ commenter: Int, _ evidence: MentionEvidence) {
      guard commenter != author else { return }
      found[commenter, default: []].insert(evidence)
    }
    // Only texts with a '#' or a quote need the scalar scans below.
    let mayReference = text.contains { $0 == 0x23 || $0 == 0x22 || $0 == 0xE2 || $0 == 0xC2 }
    let scalars = mayReference ? Array(String(decoding: text, as: UTF8.self).unicodeScalars) : []
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
          let exact = names.exactID[NameFolding.normalizeSpacing(content)].flatMap {
            byExactName[$0]
          }
          let folded = names.foldedID[NameFolding.fold(content)].flatMap { byFoldedName[$0] }
          if let commenter = exact ?? folded, commenter >= 0 {
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
      let words = NameFolding.foldedWordHashes(utf8: text)
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
