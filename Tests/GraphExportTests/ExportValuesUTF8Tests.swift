import Testing

@testable import GraphExport

/// The bytes the writers take from ``ExportValues/withUTF8(at:_:)`` are ``ExportValues/text(at:)``'s,
/// for every holding, in every part of a stacked one.
@Suite struct ExportValuesUTF8Tests {
  /// A NUL, a lone continuation byte and a sequence cut short: the text is decoded (U+FFFD),
  /// not handed over as it is.
  static let damaged: [ArraySlice<UInt8>?] = [
    [0x61, 0x00, 0x62][...], [0xD0, 0x9F, 0x80][...], [0x41, 0xE2, 0x80][...],
  ]

  static let holdings: [ExportValues] = [
    .integers([0, -1, 7, nil, Int.max, Int.min, 1_000_000, -42]),
    .numbers([0, -0.0, 1.5, .nan, .infinity, 1e-300, 0.1 + 0.2, -123_456.789]),
    .strings(["", nil, "Пешо", "a,b\"c", "😀"]),
    .utf8([ArraySlice("Иван".utf8), nil, ArraySlice("".utf8)] + damaged),
    .stringsByRow(count: 4) { $0 == 2 ? nil : "ред \($0)" },
    .booleans([true, false, nil]),
  ]

  @Test func bytesAreTheTextOfEveryHolding() {
    let stacked = ExportValues.stacked(
      Self.holdings + [.stacked([.integers([3, nil]), .numbers([2.5])])])
    for values in Self.holdings + [stacked] {
      for row in 0..<values.count {
        let bytes = values.withUTF8(at: row) { Array($0) }
        #expect(bytes == values.text(at: row).map { Array($0.utf8) }, "row \(row) of \(values)")
        #expect(values.hasValue(at: row) == (values.text(at: row) != nil))
      }
    }
  }
}
