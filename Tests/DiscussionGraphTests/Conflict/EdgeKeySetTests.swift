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

  /// The worst case of the complexity claim: every key has the same home slot, three slots
  /// before the table's end, so all of them form one probe run that wraps around it. Every
  /// key stays findable while keys are removed from anywhere in the run (each removal shifts
  /// the rest of the run back across the wrap), and removed keys are gone.
  @Test func keysSharingOneHomeSlotStayFindableAcrossTheWrap() {
    let capacity = 48
    var set = EdgeKeySet(capacity: capacity)
    let home = set.slotCount - 3
    var rng = SplitMix64(seed: 21)
    var colliding: [UInt64] = []
    var seen = Set<UInt64>()
    while colliding.count < capacity {
      let key = DegreePreservingRewiring.key(
        Int32(rng.below(100_000)), Int32(rng.below(100_000)))
      if set.home(key) == home, seen.insert(key).inserted { colliding.append(key) }
    }
    for key in colliding { set.insert(key) }
    for key in colliding { #expect(set.contains(key)) }
    // Remove in a shuffled order, checking every key after each removal.
    var order = colliding
    for i in order.indices.reversed() { order.swapAt(i, rng.below(i + 1)) }
    var present = Set(colliding)
    for key in order {
      set.remove(key)
      present.remove(key)
      for other in colliding { #expect(set.contains(other) == present.contains(other)) }
    }
    // Empty again: inserting after all the shifts finds every key once more.
    for key in colliding { set.insert(key) }
    #expect(colliding.allSatisfy { set.contains($0) })
  }
}
