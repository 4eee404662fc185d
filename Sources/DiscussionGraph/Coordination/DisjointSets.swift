/// Disjoint sets over the integers 0..<count (union–find with path halving; the smaller root
/// stays the representative, so the result does not depend on the order of unions).
/// - Complexity: O(α(n)) amortised per operation with union by size; here O(log n) amortised
///   (path halving alone), ample for the groups of a coordination network.
struct DisjointSets {
  private var parent: [Int]

  init(count: Int) { parent = Array(0..<count) }

  /// A new singleton set; returns its element.
  mutating func add() -> Int {
    parent.append(parent.count)
    return parent.count - 1
  }

  mutating func find(_ x: Int) -> Int {
    var x = x
    while parent[x] != x {
      parent[x] = parent[parent[x]]
      x = parent[x]
    }
    return x
  }

  mutating func union(_ a: Int, _ b: Int) {
    let (x, y) = (find(a), find(b))
    if x != y { parent[max(x, y)] = min(x, y) }
  }
}
