/// A column of optional counts (a skeleton's votes per comment) in four bytes a row instead of
/// eight: most counts fit in 32 bits, and the rare one that does not is kept exactly beside the
/// column, so nothing is clamped.
///
/// - Complexity: O(1) to append and to read a row (a dictionary lookup only for a row that
///   has no count or a wide one, and only when there are wide ones); memory four bytes a row
///   plus a dictionary entry for each wide count.
struct CountColumn: Sendable {
  private var narrow: [Int32] = []
  /// The rows whose count does not fit in 32 bits (or is `Int32.min`), with their counts.
  private var wide: [Int: Int] = [:]
  /// In `narrow`: no count, or a count in `wide`.
  private static let elsewhere = Int32.min

  var count: Int { narrow.count }

  mutating func append(_ value: Int?) {
    guard let value else {
      narrow.append(Self.elsewhere)
      return
    }
    if let small = Int32(exactly: value), small != Self.elsewhere {
      narrow.append(small)
    } else {
      wide[narrow.count] = value
      narrow.append(Self.elsewhere)
    }
  }

  /// The count of row `row`, `nil` when it has none.
  subscript(row: Int) -> Int? {
    let value = narrow[row]
    if value != Self.elsewhere { return Int(value) }
    return wide.isEmpty ? nil : wide[row]
  }
}
