import PropertyBased
import Testing

@testable import Discussion

@Suite struct NameFoldingTests {
  @Test func foldsCaseSpacingAndLookAlikes() {
    // "Съветският пeHиc" written with Latin e, H and c, in other case and spacing.
    #expect(NameFolding.fold("Съветският пeHиc") == NameFolding.fold("съветският  пенис"))
    #expect(NameFolding.fold("Kозел") == NameFolding.fold("козел"))
    #expect(NameFolding.fold("Сатана Z") == NameFolding.fold("сатанаz"))
    #expect(NameFolding.fold("АНДРЕЙ ПЕШЕВ") == NameFolding.fold("Андрей Пешев"))
  }

  @Test func keepsDifferentNamesApart() {
    #expect(NameFolding.fold("Иван 1985") != NameFolding.fold("Иван 1986"))
    #expect(NameFolding.fold("гост") != NameFolding.fold("гости"))
    #expect(NameFolding.fold("аkp00бат") != NameFolding.fold("акробат"))  // digits are kept
  }

  @Test func exactRuleOnlyNormalisesSpacing() {
    #expect(IdentityRule.exact.id(for: "  Ана \u{00A0} Боб ") == CommenterID("Ана Боб"))
    #expect(IdentityRule.exact.id(for: "Ана") != IdentityRule.exact.id(for: "АНА"))
    #expect(IdentityRule.folded.id(for: "Ана") == IdentityRule.folded.id(for: "AHA"))
  }

  /// One thread whose comments are written by `names`, in order.
  static func thread(_ names: [String]) -> CommentThread {
    CommentThread(
      id: "t", sourceFile: "t.txt",
      comments: names.enumerated().map {
        Discussion.Comment(id: String($0.offset + 1), author: $0.element)
      })
  }

  @Test func corpusKeepsEverySpellingUnderFolding() throws {
    let corpus = Corpus(
      threads: [Self.thread(["Kозел", "козел", "Козел", "козел", "Ана"])], identity: .folded)
    #expect(corpus.commenters.count == 2)
    let goat = try #require(
      corpus.commenters.first { $0.displayName.lowercased().hasSuffix("озел") })
    #expect(goat.spellings == ["Kозел", "козел", "Козел"])
    #expect(goat.displayName == "козел")
    #expect(goat.commentCount == 4)
    #expect(Corpus(threads: [Self.thread(["Kозел", "козел", "Козел"])]).commenters.count == 3)
  }

  /// Canonically equivalent spellings ("é" precomposed and as "e" + U+0301) are one spelling
  /// of one commenter when their ids agree, and stay apart when folding tells them apart
  /// (it maps the Latin "e" to Cyrillic but leaves "é"), whichever comes first.
  @Test func canonicallyEquivalentNamesKeepTheirIdentities() throws {
    let composed = "Jos\u{E9}"
    let decomposed = "Jose\u{301}"
    for names in [[composed, decomposed], [decomposed, composed]] {
      let exact = Corpus(threads: [Self.thread(names)])
      #expect(exact.commenters.count == 1)
      #expect(exact.commenters.first?.spellings.count == 1)
      #expect(exact.commenters.first?.commentCount == 2)
      let folded = Corpus(threads: [Self.thread(names)], identity: .folded)
      #expect(folded.commenters.map(\.commentCount) == [1, 1])
      for (i, name) in names.enumerated() {
        let comment = folded.threads[0].comments[i]
        #expect(folded.commenterIndex(thread: 0, comment: i) == folded.commenterIndex(of: comment))
        #expect(
          folded.commenters[try #require(folded.commenterIndex(of: comment))].spellings == [name])
      }
    }
  }

  @Test func wordHashesAreTheHashesOfTheFoldedWords() {
    let texts = [
      "Съветският пeHиc аkp00батTTT!", "ПУТИН НИНДЖАТА пак е тук, a съветският пенис също",
      "Ærøskøbing İstanbul ΣΊΣΥΦΟΣ straße 123abc", "  ", "#5 „гост“ «Дедо» — Ѐ Ѝ Ѐѝ",
      "𝔘𝔫𝔦 😀 x𝟙y ǅemal",
    ]
    for text in texts {
      #expect(
        NameFolding.foldedWordHashes(text)
          == NameFolding.foldedWords(text).map(NameFolding.hash(ofFoldedWord:)))
    }
    #expect(NameFolding.foldedWordHashes("Kозел") == NameFolding.foldedWordHashes("козел"))
    #expect(NameFolding.foldedWordHashes("козел") != NameFolding.foldedWordHashes("козле"))
  }

  /// Textbook 64-bit FNV-1a over each scalar's three low bytes, the hash the words are given.
  static func referenceHash(ofFoldedWord word: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for scalar in word.unicodeScalars {
      var v = scalar.value
      for _ in 0..<3 {
        hash = (hash ^ UInt64(v & 0xFF)) &* 0x100_0000_01B3
        v >>= 8
      }
    }
    return hash
  }

  @Test func wordHashesAreFNV1aOverThreeBytesPerScalar() {
    // ASCII (two zero bytes), Cyrillic (one), outside the Basic Multilingual Plane (none).
    for word in ["abc123", "съветският", "ѡѣ", "straße", "𝔲𝔫𝔦", "a𝟙ж"] {
      #expect(NameFolding.hash(ofFoldedWord: word) == Self.referenceHash(ofFoldedWord: word))
    }
  }

  /// The in-line paths for ASCII and two-byte Cyrillic against the scalar-by-scalar folding,
  /// on random texts from the scalars at the paths' edges, cut anywhere in a sequence.
  @Test func wordHashesOfRandomTextsMatchTheFoldedWords() async {
    let alphabet: [Unicode.Scalar] = [
      "a", "Z", "e", "H", "0", "9", " ", "!", "#", "\u{0}", "\u{7F}", "\u{80}", "\u{A0}",
      "\u{3FF}", "\u{400}", "\u{40F}", "\u{410}", "\u{42F}", "\u{430}", "\u{43F}", "\u{440}",
      "\u{45F}", "\u{460}", "\u{461}", "\u{47F}", "\u{480}", "\u{4FF}", "\u{500}", "İ", "Σ",
      "—", "„", "\u{1D400}", "😀",
    ]
    await propertyCheck(count: 2_000, input: Gen.int(in: 0...Int(Int32.max))) { seed in
      var rng = SplitMix64(seed: UInt64(seed))
      var text = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0...24, using: &rng) {
        text.append(alphabet[Int.random(in: 0..<alphabet.count, using: &rng)])
      }
      let whole = String(text)
      #expect(
        NameFolding.foldedWordHashes(whole)
          == NameFolding.foldedWords(whole).map(Self.referenceHash(ofFoldedWord:)), "\(whole)")
      // A sequence cut short at the end ends the text: the words of the whole scalars before.
      let bytes = Array(whole.utf8)
      let cut = Int.random(in: 0...bytes.count, using: &rng)
      var start = cut
      while start > 0, start < bytes.count, bytes[start] & 0xC0 == 0x80 { start -= 1 }
      let complete = String(decoding: bytes[..<start], as: UTF8.self)
      let hashes = bytes[..<cut].withUnsafeBufferPointer { NameFolding.foldedWordHashes(utf8: $0) }
      #expect(
        hashes == NameFolding.foldedWords(complete).map(Self.referenceHash(ofFoldedWord:)),
        "\(bytes[..<cut])")
    }
  }
}
