import Discussion

/// Whether two display names look like one person's, or one operator's, accounts: the same
/// stem with different numbers ("Патриот 12", "Патриот 7"), or folded spellings at most two
/// edits apart. Supporting evidence inside a coordination group, never a reason for one: many
/// unrelated people are called "Иван".
public enum NameLikeness {
  public enum Reason: String, Sendable {
    case sameStem = "same stem, other digits"
    case closeSpelling = "spellings two edits apart"
  }

  public static func compare(_ a: String, _ b: String) -> Reason? {
    let x = NameFolding.fold(a)
    let y = NameFolding.fold(b)
    guard x != y else { return nil }
    let stem = { (s: String) in
      String(s.unicodeScalars.filter { !("0"..."9").contains($0) && $0 != " " }.map(Character.init))
    }
    let (sx, sy) = (stem(x), stem(y))
    if sx == sy && sx.count >= 3 { return .sameStem }
    if min(sx.count, sy.count) >= 5,
      editDistance(Array(x.unicodeScalars), Array(y.unicodeScalars), limit: 2) <= 2
    {
      return .closeSpelling
    }
    return nil
  }

  /// Levenshtein distance, or `limit + 1` once it exceeds `limit`.
  /// - Complexity: O(|a|·|b|).
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = Swift.min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      if current.min()! > limit { return limit + 1 }
      previous = current
    }
    return previous[b.count]
  }
}
