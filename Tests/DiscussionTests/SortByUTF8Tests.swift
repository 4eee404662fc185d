import Discussion
import Testing

@Suite struct SortByUTF8Tests {
  /// Keys where byte order and `String`'s order disagree: a decomposed é (`e` + U+0301) and a
  /// precomposed one are equal as Strings and differ in bytes; a Cyrillic letter (2 bytes,
  /// lead 0xD0) sorts after every ASCII one, and U+1F600 (4 bytes, lead 0xF0) after U+FFFD (3
  /// bytes, lead 0xEF). The expected order is spelled out as code points, not computed by the
  /// code under test.
  @Test func sortsByBytesNotByUnicodeOrder() {
    let keys = ["\u{E9}", "e\u{301}", "z", "Z", "а", "\u{1F600}", "\u{FFFD}", "", "ab", "a"]
    var records = keys.enumerated().map { (name: $0.element, index: $0.offset) }
    records.sortByUTF8(\.name)
    let expected = ["", "Z", "a", "ab", "e\u{301}", "z", "\u{E9}", "а", "\u{FFFD}", "\u{1F600}"]
    #expect(
      records.map { Array($0.name.unicodeScalars) } == expected.map { Array($0.unicodeScalars) })
    // The records move with their keys.
    #expect(
      records.allSatisfy { keys[$0.index].unicodeScalars.elementsEqual($0.name.unicodeScalars) })
  }

  /// A key that is a prefix of another sorts first, and one element or none is left as it is.
  @Test func prefixesFirstAndShortArrays() {
    var paths = ["dir/a.txt.gz", "dir/a.txt", "dir/a"]
    paths.sortByUTF8 { $0 }
    #expect(paths == ["dir/a", "dir/a.txt", "dir/a.txt.gz"])
    var one = ["x"]
    one.sortByUTF8 { $0 }
    #expect(one == ["x"])
    var none: [String] = []
    none.sortByUTF8 { $0 }
    #expect(none.isEmpty)
  }
}
