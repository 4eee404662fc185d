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

  @Test func corpusKeepsEverySpellingUnderFolding() throws {
    func thread(_ names: [String]) -> CommentThread {
      CommentThread(
        id: "t", sourceFile: "t.txt",
        comments: names.enumerated().map {
          Discussion.Comment(id: String($0.offset + 1), author: $0.element)
        })
    }
    let corpus = Corpus(
      threads: [thread(["Kозел", "козел", "Козел", "козел", "Ана"])], identity: .folded)
    #expect(corpus.commenters.count == 2)
    let goat = try #require(
      corpus.commenters.first { $0.displayName.lowercased().hasSuffix("озел") })
    #expect(goat.spellings == ["Kозел", "козел", "Козел"])
    #expect(goat.displayName == "козел")
    #expect(goat.commentCount == 4)
    #expect(Corpus(threads: [thread(["Kозел", "козел", "Козел"])]).commenters.count == 3)
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
