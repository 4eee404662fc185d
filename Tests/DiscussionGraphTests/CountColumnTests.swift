import Testing

@testable import DiscussionGraph

/// The skeleton's vote column keeps every count exactly, those that do not fit in its 32-bit
/// rows included, and tells a missing count from every real one.
@Suite struct CountColumnTests {
  @Test func everyCountReadsBackExactly() {
    let values: [Int?] = [
      nil, 0, 5, -3, Int(Int32.max), Int(Int32.min), Int(Int32.min) + 1, Int(Int32.max) + 1,
      Int.max, Int.min, nil, 1_200,
    ]
    var column = CountColumn()
    for value in values { column.append(value) }
    #expect(column.count == values.count)
    #expect((0..<values.count).map { column[$0] } == values)
  }

  @Test func missingCountsWithoutWideOnes() {
    var column = CountColumn()
    for k in 0..<1_000 { column.append(k % 3 == 0 ? nil : k) }
    for k in 0..<1_000 { #expect(column[k] == (k % 3 == 0 ? nil : k)) }
  }
}
