import Discussion
import Testing

@testable import DiscussionGraph

@Suite struct EdgeKeySetTests {
  /// Random inserts and removals agree with `Set<UInt64>` at every step, on a table small
  /// enough that probe runs wrap around its end and removals shift keys across the wrap.
  @Test func agreesWithTheStandardSet() {
    var rng = SplitMix64(seed: 9)
    for capacity in [1, 3, 17, 200] {
      var set = EdgeKeySet(capacity: capacity)
      var reference = Set<UInt64>()
      // Few distinct keys, so the table stays near its load and keys collide.
      let universe = (0..<(2 * capacity + 2)).map { _ in
        DegreePreservingRewiring.key(Int32(rng.below(1000)), Int32(rng.below(1000)))
      }
      for step in 0..<20_000 {
        let key = universe[rng.below(universe.count)]
        if rng.next() & 1 == 0, reference.count < capacity {
          set.insert(key)
          reference.insert(key)
        } else {
          set.remove(key)
          reference.remove(key)
        }
        let probe = universe[rng.below(universe.count)]
        #expect(
          set.contains(probe) == reference.contains(probe),
          "capacity \(capacity), step \(step)")
      }
      for key in universe { #expect(set.contains(key) == reference.contains(key)) }
    }
  }
}
