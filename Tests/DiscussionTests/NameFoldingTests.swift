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
}
