import Discussion
import Foundation

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
  /// The keys of ``byFirstWord`` as a bit set: almost no word of a text begins a name, and a
  /// bit test turns it away without hashing it again for a dictionary lookup.
  private var firstWords = WordHashFilter(capacity: 0)

  /// The detector of `thread`, whose comments' authors are `authors` (any numbering of
  /// commenters, -1 for none; mentions are given in it) under the spellings `spellings`
  /// (numbered in `names`).
  init(
    thread: CommentThread, authors: [Int], spellings: [MentionNames.Spelling?],
    names: MentionNames
  ) {
    self.authors = authors
    self.names = names
    /// A commenter under one exact spelling.
    struct Participant: Hashable {
      let commenter: Int
      let exact: Int
    }
    var seen = Set<Participant>()
    var participants: [(commenter: Int, spelling: MentionNames.Spelling)] = []
    // Comments are read field by field (`comments[i].id`), not copied whole: a copy retains
    // each of their strings.
    let comments = thread.comments
    authorByID.reserveCapacity(comments.count)
    for i in comments.indices where authors[i] >= 0 {
      let id = comments[i].id
      if authorByID[id] == nil { authorByID[id] = authors[i] }
      guard let spelling = spellings[i] else { continue }
      if seen.insert(Participant(commenter: authors[i], exact: spelling.exact)).inserted {
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
    firstWords = WordHashFilter(capacity: byFirstWord.count)
    for word in byFirstWord.keys { firstWords.insert(word) }
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
    // Only texts with a '#' or an opening quote need the scalar scans below.
    let mayReference = Self.mayReference(text)
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
      for (w, word) in words.enumerated() where firstWords.mayContain(word) {
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

  /// Whether the UTF-8 text holds a `#` or one of the opening quotes of ``closingQuote``
  /// (`"`, `„` E2 80 9E, `“` E2 80 9C, `«` C2 AB): without one, the scans for comment numbers
  /// and quoted names find nothing, and the text is not decoded to scalars for them. Dashes,
  /// ellipses and other E2 punctuation do not count.
  ///
  /// By `memchr` (glibc's is vectorised), once for each byte that can start an opener: most
  /// texts hold none of them, and a plain loop over the bytes was a few per cent of `stats`.
  static func mayReference(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = text.baseAddress, !text.isEmpty else { return false }
    let n = text.count
    /// Whether some occurrence of `byte` satisfies `opens` (given its offset).
    func anyOccurrence(of byte: UInt8, where opens: (Int) -> Bool) -> Bool {
      var from = 0
      while from < n, let hit = memchr(base + from, Int32(byte), n - from) {
        let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if opens(i) { return true }
        from = i + 1
      }
      return false
    }
    return memchr(base, 0x23, n) != nil || memchr(base, 0x22, n) != nil
      || anyOccurrence(of: 0xC2) { $0 + 1 < n && text[$0 + 1] == 0xAB }
      || anyOccurrence(of: 0xE2) {
        $0 + 2 < n && text[$0 + 1] == 0x80 && (text[$0 + 2] == 0x9E || text[$0 + 2] == 0x9C)
      }
  }

  /// Opening quote → the quotes that may close it.
  private static let closingQuote: [UInt32: Set<UInt32>] = [
    0x22: [0x22],  // "…"
    0x201E: [0x201C, 0x201D],  // „…“
    0x201C: [0x201D, 0x201C],  // “…”
    0xAB: [0xBB],  // «…»
  ]
}

/// A set of 64-bit word hashes (``Discussion/NameFolding/foldedWordHashes(_:)``) as bits, one
/// per hash's top bits: `mayContain` is false for a hash never inserted, except for the few
/// that share a bit with one (at most one in eight at eight bits per hash), which the caller's
/// exact lookup then turns away.
struct WordHashFilter {
  private var bits: [UInt64]
  private let shift: UInt64

  /// A filter for about `capacity` hashes: at least eight bits each, a power of two.
  init(capacity: Int) {
    var log2 = 6
    while 1 << log2 < 8 * capacity { log2 += 1 }
    bits = [UInt64](repeating: 0, count: 1 << (log2 - 6))
    shift = UInt64(64 - log2)
  }

  /// The bit of a hash: the top bits of its two halves mixed and multiplied by an odd
  /// constant (Fibonacci hashing, Knuth TAOCP 3, 6.4). FNV-1a's high bits are mixed poorly by
  /// the last letters of a word, which its low bits take in; the shift folds those in.
  @inline(__always) private func bit(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: ((hash ^ hash >> 32) &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  mutating func insert(_ hash: UInt64) {
    let b = bit(hash)
    bits[b >> 6] |= 1 << UInt64(b & 63)
  }

  @inline(__always) func mayContain(_ hash: UInt64) -> Bool {
    let b = bit(hash)
    return bits[b >> 6] & (1 << UInt64(b & 63)) != 0
  }
}
