/// A set of undirected edges, each packed in one `UInt64` (``DegreePreservingRewiring/key(_:_:)``),
/// for the swap chain's membership tests: open addressing with linear probing in a table at
/// most a quarter full, and deletion by backward shift (Knuth, TAOCP vol. 3, §6.4, Algorithm
/// R), so no tombstones build up over millions of swaps.
///
/// It exists because the chain makes two lookups, two removals and two insertions per accepted
/// swap, 10 million attempts a default null model, and `Set<UInt64>` hashes each key with
/// SipHash: with a multiplicative (Fibonacci) hash this set took the chain from about a fifth
/// of the null model's CPU time to about a tenth, on the benchmark corpus.
///
/// - Complexity: O(1) expected per operation at this load. O(n) for n keys in the worst case,
///   when every key has the same home slot: each operation then walks one probe run holding
///   them all (the tests build such keys, with the run wrapping around the table's end). O(n)
///   memory.
struct EdgeKeySet {
  private static let empty = UInt64.max
  private var slots: [UInt64]
  private let shift: UInt64
  private var mask: Int { slots.count - 1 }

  /// An empty set sized for `capacity` keys (it is not resized: the chain's edge count is
  /// fixed).
  init(capacity: Int) {
    var size = 4
    while size < 4 * max(capacity, 1) { size <<= 1 }
    slots = [UInt64](repeating: Self.empty, count: size)
    shift = UInt64(64 - size.trailingZeroBitCount)
  }

  /// The number of slots.
  var slotCount: Int { slots.count }

  /// The slot where the probe run for `key` starts.
  @inline(__always) func home(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// Whether `key` is in the set. `key` must not be `UInt64.max`.
  @inline(__always) func contains(_ key: UInt64) -> Bool {
    var i = home(key)
    while true {
      let slot = slots[i]
      if slot == key { return true }
      if slot == Self.empty { return false }
      i = (i + 1) & mask
    }
  }

  /// Adds `key` (no effect when present).
  @inline(__always) mutating func insert(_ key: UInt64) {
    precondition(key != Self.empty)
    var i = home(key)
    while slots[i] != Self.empty {
      if slots[i] == key { return }
      i = (i + 1) & mask
    }
    slots[i] = key
  }

  /// Removes `key` (no effect when absent), shifting later keys of its probe run back so every
  /// key stays reachable from its home slot.
  @inline(__always) mutating func remove(_ key: UInt64) {
    var i = home(key)
    while slots[i] != key {
      if slots[i] == Self.empty { return }
      i = (i + 1) & mask
    }
    var hole = i
    var j = i
    while true {
      j = (j + 1) & mask
      let next = slots[j]
      if next == Self.empty { break }
      let h = home(next)
      // `next` may fill the hole when its home is not in the cyclic range (hole, j].
      let between = hole <= j ? (hole < h && h <= j) : (hole < h || h <= j)
      if !between {
        slots[hole] = next
        hole = j
      }
    }
    slots[hole] = Self.empty
  }
}
