/// Finds the terms of a ``HostilityLexicon`` in comment text, through the disguises users
/// put on words to slip past moderators.
///
/// Text and terms are folded the same way before they are compared:
/// - case: every letter is lower-cased;
/// - look-alikes: Latin a b c e h k m o p t x y are read as the Cyrillic letters they imitate
///   (the map of `NameFolding`);
/// - digits for letters: 0 → о, 3 → з, 4 → ч, 6 → б;
/// - repeated letters: a run of one letter counts once ("копееейки" = "копейки");
/// - split words: up to three separators (space, `.`, `-`, `_`, `*`, `'`, `|`, `/`, `+`,
///   `~`) between two letters are skipped ("ма йму няк", "к.о.п.е.й.к.и"), but only for
///   terms of at least ``minimumSplitLetters`` letters, which a chance run of short words does
///   not spell.
///
/// A match starts where a word starts (after a non-letter or at the start of the text) and,
/// for a whole-word term, ends where a word ends; a stem (`копей*`) may go on with any
/// letters. So "загадка" and "гадно" do not match the term "гад". At each word start the
/// longest matching term wins; matches do not overlap.
///
/// - Complexity: building is O(total term length); ``matches(in:)`` is O(L · t) for L
///   characters and t the length of the longest term, with one trie step per letter.
public struct HostilityMatcher: Sendable {
  /// One occurrence of a term in a text.
  public struct Match: Sendable, Hashable {
    /// Index of the entry in the lexicon.
    public var entry: Int
    /// The entry's term as the lexicon writes it (`копей*`).
    public var term: String
    public var weight: Double
    /// The text as written, from the first to the last character of the match ("ма йму няк").
    public var excerpt: String
  }

  /// Terms shorter than this do not match across separators.
  public static let minimumSplitLetters = 4
  static let maximumSeparatorRun = 3

  public let lexicon: HostilityLexicon
  /// Trie over folded, de-duplicated letter codes (``code(_:)``): `next[node * alphabet + c]`
  /// is the child or −1, and the entries that end at each node.
  private var next: [Int32]
  private var wholeWordEntry: [Int32] = [-1]
  private var stemEntry: [Int32] = [-1]
  private var depth: [Int32] = [0]

  public init(lexicon: HostilityLexicon) {
    self.lexicon = lexicon
    let alphabet = Self.alphabet
    next = [Int32](repeating: -1, count: alphabet)
    for (index, entry) in lexicon.entries.enumerated() {
      var node = 0
      for letter in Self.foldedLetters(entry.term) {
        let slot = node * alphabet + Int(Self.code(letter))
        if next[slot] >= 0 {
          node = Int(next[slot])
        } else {
          next += [Int32](repeating: -1, count: alphabet)
          wholeWordEntry.append(-1)
          stemEntry.append(-1)
          depth.append(depth[node] + 1)
          next[slot] = Int32(depth.count - 1)
          node = depth.count - 1
        }
      }
      // The first entry of a term wins (a later duplicate is ignored).
      if entry.isStem {
        if stemEntry[node] < 0 { stemEntry[node] = Int32(index) }
      } else if wholeWordEntry[node] < 0 {
        wholeWordEntry[node] = Int32(index)
      }
    }
  }

  /// Whether any of `matches` is an `[accusation]` term (troll, paid: ``Accusations``).
  public func accuses(_ matches: [Match]) -> Bool {
    matches.contains { lexicon.entries[$0.entry].isAccusation }
  }

  /// Every match in `text`, in text order.
  public func matches(in text: String) -> [Match] {
    var text = text
    return text.withUTF8 { matches(inUTF8: $0) }
  }

  /// ``matches(in:)`` on valid UTF-8 (``Comment/withTextUTF8(_:)`` hands a comment's over
  /// without making a String); excerpts are cut from the bytes, with no scalar array of the
  /// text.
  public func matches(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Match] {
    let units = Self.units(bytes)
    var found: [Match] = []
    var i = 0
    let count = units.codes.count
    while i < count {
      guard units.codes[i] >= Self.firstLetterCode,
        i == 0 || units.codes[i - 1] < Self.firstLetterCode
      else {
        i += 1
        continue
      }
      if let (entry, matchEnd) = longestMatch(units.codes, from: i) {
        // A stem's excerpt runs on to the end of the word.
        var end = matchEnd
        if lexicon.entries[entry].isStem {
          while end + 1 < count, units.codes[end + 1] >= Self.firstLetterCode { end += 1 }
        }
        let excerpt = String(
          decoding: UnsafeBufferPointer(
            rebasing: bytes[Int(units.firstByte[i])..<Int(units.endByte[end])]),
          as: UTF8.self)
        let e = lexicon.entries[entry]
        found.append(Match(entry: entry, term: e.term, weight: e.weight, excerpt: excerpt))
        i = end + 1
      } else {
        i += 1
      }
    }
    return found
  }

  /// The longest term that matches at word start `start`: its entry and its last unit.
  private func longestMatch(_ codes: [UInt8], from start: Int) -> (Int, Int)? {
    let alphabet = Self.alphabet
    var node = 0
    var j = start
    var split = false
    var best: (Int, Int)? = nil
    while j < codes.count {
      let child = next[node * alphabet + Int(codes[j])]
      guard child >= 0 else { break }
      node = Int(child)
      let allowed = !split || depth[node] >= Self.minimumSplitLetters
      if allowed && stemEntry[node] >= 0 { best = (Int(stemEntry[node]), j) }
      let wordEnds = j + 1 == codes.count || codes[j + 1] < Self.firstLetterCode
      if allowed && wordEnds && wholeWordEntry[node] >= 0 {
        best = (Int(wholeWordEntry[node]), j)
      }
      // Step to the next letter, skipping a short run of separators.
      var k = j + 1
      while k < codes.count, codes[k] == Self.separatorCode, k - j <= Self.maximumSeparatorRun {
        k += 1
      }
      guard k < codes.count, codes[k] >= Self.firstLetterCode else { break }
      if k > j + 1 { split = true }
      j = k
    }
    return best
  }

  // MARK: Folding

  /// Unit codes: 0 another character, 1 a separator, 2… a folded letter (``code(_:)``).
  static let separatorCode: UInt8 = 1
  static let firstLetterCode: UInt8 = 2
  /// Cyrillic а–џ (48), Latin a–z (26), digits (10), any other letter (1), plus the two
  /// non-letter codes.
  static let alphabet = 87

  /// The code of a folded letter.
  @inline(__always) static func code(_ letter: UInt32) -> UInt8 {
    switch letter {
    case 0x430...0x45F: UInt8(2 + letter - 0x430)
    case 97...122: UInt8(50 + letter - 97)
    case 48...57: UInt8(76 + letter - 48)
    default: 86
    }
  }

  /// A text folded into unit codes, a run of one letter kept once, with the UTF-8 offsets
  /// where each unit's first scalar starts and its last one ends.
  struct Units {
    var codes: [UInt8] = []
    var firstByte: [Int32] = []
    var endByte: [Int32] = []
  }

  /// Decodes the text's UTF-8 directly (one pass, no `String.UnicodeScalarView` iteration):
  /// this loop sees every character of the corpus.
  static func units(_ bytes: UnsafeBufferPointer<UInt8>) -> Units {
    let table = asciiMap
    let n = bytes.count
    var codes: [UInt8] = []
    var firstByte: [Int32] = []
    var endByte: [Int32] = []
    codes.reserveCapacity(n)
    firstByte.reserveCapacity(n)
    endByte.reserveCapacity(n)
    var i = 0
    while i < n {
      let start = Int32(truncatingIfNeeded: i)
      let v = decodeScalar(bytes, at: &i)
      var letter: UInt32 = 0
      if v < 128 {
        let mapped = table[Int(v)]
        if mapped != 0 {
          letter = mapped
        } else if v >= 65 && v <= 90 {
          letter = v + 32
        } else if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) {
          letter = v
        }
      } else if v >= 0x430 && v <= 0x45F {
        letter = v
      } else if v >= 0x410 && v <= 0x42F {
        letter = v + 0x20
      } else if v >= 0x400 && v <= 0x40F {
        letter = v + 0x50
      } else if let u = Unicode.Scalar(v), let folded = fold(u) {
        letter = folded
      }
      let c: UInt8
      if letter != 0 {
        c = code(letter)
        if let last = codes.last, last == c {
          endByte[endByte.count - 1] = Int32(truncatingIfNeeded: i)
          continue
        }
      } else {
        c = isSeparator(v) ? separatorCode : 0
      }
      codes.append(c)
      firstByte.append(start)
      endByte.append(Int32(truncatingIfNeeded: i))
    }
    return Units(codes: codes, firstByte: firstByte, endByte: endByte)
  }

  /// The folded, de-duplicated letters of a term (separators and other characters dropped).
  static func foldedLetters(_ term: String) -> [UInt32] {
    var letters: [UInt32] = []
    for u in term.unicodeScalars {
      guard let letter = fold(u), letters.last != letter else { continue }
      letters.append(letter)
    }
    return letters
  }

  @inline(__always) static func isSeparator(_ v: UInt32) -> Bool {
    switch v {
    case 0x20, 0x2E, 0x2D, 0x5F, 0x2A, 0x27, 0x7C, 0x2F, 0x2B, 0x7E, 0xA0: true
    default: false
    }
  }

  /// Latin look-alikes and digits that stand for Cyrillic letters.
  static let asciiMap: [UInt32] = {
    var table = [UInt32](repeating: 0, count: 128)
    let pairs: [(Character, Character)] = [
      ("a", "а"), ("b", "в"), ("c", "с"), ("e", "е"), ("h", "н"), ("k", "к"), ("m", "м"),
      ("o", "о"), ("p", "р"), ("t", "т"), ("x", "х"), ("y", "у"),
      ("0", "о"), ("3", "з"), ("4", "ч"), ("6", "б"),
    ]
    for (latin, cyrillic) in pairs {
      let code = Int(latin.asciiValue!)
      table[code] = cyrillic.unicodeScalars.first!.value
      if latin.isLetter { table[code - 32] = table[code] }
    }
    return table
  }()

  /// A scalar's folded letter, or `nil` when it is not a letter (nor a digit read as one).
  @inline(__always) static func fold(_ u: Unicode.Scalar) -> UInt32? {
    let v = u.value
    if v < 128 {
      if asciiMap[Int(v)] != 0 { return asciiMap[Int(v)] }
      if v >= 65 && v <= 90 { return v + 32 }
      if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) { return v }
      return nil
    }
    if v >= 0x410 && v <= 0x42F { return v + 0x20 }
    if v >= 0x400 && v <= 0x40F { return v + 0x50 }
    if v >= 0x430 && v <= 0x45F { return v }
    guard u.properties.isAlphabetic else { return nil }
    return u.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
  }
}
