import Foundation
import Testing

@testable import DiscussionGraph

@Suite("Conflict: hostility lexicon and matcher")
struct HostilityMatcherTests {
  static let lexicon = try! HostilityLexicon(
    text: """
      # test lexicon
      копей*
      маймун* 1.5
      бавноразвиващ* 2
      гад
      кучк*
      боклук 0.5
      трол 0.5
      тъпак*
      """, source: "test")
  let matcher = HostilityMatcher(lexicon: Self.lexicon)

  func terms(_ text: String) -> [String] { matcher.matches(in: text).map(\.term) }

  @Test func plainAndCase() {
    #expect(terms("Копейки!") == ["копей*"])
    #expect(terms("КОПЕЙКИТЕ са тук") == ["копей*"])
    #expect(terms("ти си гад") == ["гад"])
  }

  @Test func latinLookAlikes() {
    // Latin K, o, p, e inside a Cyrillic word.
    #expect(terms("Koпeйки") == ["копей*"])  // Latin K, o, e
    #expect(terms("мaймунa") == ["маймун*"])  // Latin a
  }

  @Test func digitsForLetters() {
    #expect(terms("к0пейки") == ["копей*"])  // 0 → о
    #expect(terms("ку4ки") == ["кучк*"])  // 4 → ч
    #expect(terms("6оклук") == ["боклук"])  // 6 → б
    #expect(terms("бавн0ра3виващи") == ["бавноразвиващ*"])  // 0 → о, 3 → з
  }

  @Test func splitWords() {
    let match = matcher.matches(in: "шабадския ма йму няк Путлер")
    #expect(match.map(\.term) == ["маймун*"])
    #expect(match.first?.excerpt == "ма йму няк")
    #expect(terms("Копейки бавн0 ра 3 виващи, копайте") == ["копей*", "бавноразвиващ*"])
    #expect(terms("к.о.п.е.й.к.и") == ["копей*"])
    #expect(terms("к-о-п-е-й-к-и") == ["копей*"])
    // Short terms do not match across separators: "г ад" is two words.
    #expect(terms("г ад") == [])
  }

  @Test func repeatedLetters() {
    #expect(terms("копееееейки") == ["копей*"])
    #expect(terms("тъпааак") == ["тъпак*"])
    #expect(matcher.matches(in: "ах, копейкиии!").first?.excerpt == "копейкиии")
    #expect(terms("гаааад") == ["гад"])
  }

  @Test func wordsThatMerelyContainATermDoNotMatch() {
    #expect(terms("загадка") == [])  // contains гад
    #expect(terms("гадно е") == [])  // гад is a whole-word term
    #expect(terms("скопейки") == [])  // a stem must start a word
    #expect(terms("тролейбус") == [])  // трол is whole-word
    #expect(terms("боклуджийски камион") == [])
    #expect(terms("копайте земята") == [])
  }

  @Test func hostilityIsTheSumOfWeights() {
    let c = matcher.matches(in: "копейки, маймуни и копейки")
    #expect(c.map(\.weight) == [1, 1.5, 1])
    #expect(c.reduce(0) { $0 + $1.weight } == 3.5)
  }

  @Test func lexiconFormat() throws {
    let l = try HostilityLexicon(text: "# c\n\nмозъчно увреден* 2 # note\nгад\n", source: "x")
    #expect(l.entries.map(\.term) == ["мозъчно увреден*", "гад"])
    #expect(l.entries.map(\.weight) == [2, 1])
    #expect(l.entries.map(\.isStem) == [true, false])
    #expect(l.entries.map(\.line) == [3, 4])
    let m = HostilityMatcher(lexicon: l)
    #expect(m.matches(in: "мозъчно увредени").map(\.term) == ["мозъчно увреден*"])
    #expect(throws: HostilityLexicon.ParseError.self) {
      try HostilityLexicon(text: "гад -1\n", source: "x")
    }
    #expect(throws: HostilityLexicon.ParseError.self) {
      try HostilityLexicon(text: "!!! 2\n", source: "x")
    }
  }

  @Test func embeddedDefaultAgreesWithTheResourceFile() throws {
    let file = ConflictFixtures.path(
      "Sources/DiscussionGraph/Conflict/Text/Resources/hostility-bg.txt")
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text == HostilityLexicon.defaultText)
    let parsed = try HostilityLexicon(text: text, source: file)
    #expect(parsed == HostilityLexicon.bulgarian)
    #expect(parsed.entries.count > 80)
  }
}
