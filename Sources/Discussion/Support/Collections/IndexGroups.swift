/// The indices `0..<keys.count` grouped by their key, by counting sort: a compressed
/// adjacency (CSR) of groups to members, in O(n + groups) with two arrays and no array per
/// group. Group `g` holds the `i` with `keys[i] == g`, ascending; a negative key belongs to no
/// group.
public struct IndexGroups: Sendable {
  /// The members of group `g` are `members[start[g]..<start[g + 1]]`.
  public let start: [Int]
  public let members: [Int]

  public init(keys: [Int], groupCount: Int) {
    var start = [Int](repeating: 0, count: groupCount + 1)
    for g in keys where g >= 0 { start[g + 1] += 1 }
    for g in 0..<groupCount { start[g + 1] += start[g] }
    var members = [Int](repeating: 0, count: start[groupCount])
    var fill = start
    for (i, g) in keys.enumerated() where g >= 0 {
      members[fill[g]] = i
      fill[g] += 1
    }
    (self.start, self.members) = (start, members)
  }

  /// The members of group `g`, ascending.
  public subscript(g: Int) -> ArraySlice<Int> { members[start[g]..<start[g + 1]] }
}
