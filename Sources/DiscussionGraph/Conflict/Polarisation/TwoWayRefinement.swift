/// Greedy refinement of a two-sided split: nodes move between the sides while a move raises
/// the split's modularity (the Kernighan–Lin idea with single moves; Kernighan & Lin 1970,
/// doi:10.1002/j.1538-7305.1970.tb01770.x; gain as in Newman 2006,
/// doi:10.1073/pnas.0601602103).
///
/// Moving v (degree k, with k_s neighbours in its side s and k_t in the other side t) changes
/// Q = Σ_c [L_c / m − (D_c / 2m)²] by ΔQ = (k_t − k_s) / m − k (D_t − D_s + k) / (2m²). Nodes
/// are visited in index order and moved when ΔQ > 10⁻¹²; a side is never emptied; at most
/// `sweeps` passes, and none after a pass that moves nothing.
///
/// A pass does not evaluate ΔQ at every node. 2m²·ΔQ > 0 exactly when D_t − D_s is at most an
/// integer threshold that depends only on the node's own counts (``MoveThresholds``), and
/// D_t − D_s is ±(D₁ − D₀), one number for the whole graph. So a pass scans the thresholds,
/// eight nodes to a vector comparison, for the next node that could gain, and computes ΔQ only
/// there; a move changes D₁ − D₀, and makes the thresholds of the mover and its neighbours
/// unknown until the scan reaches them. The moves are those of a pass that evaluates every
/// node in index order (a test compares the two).
///
/// The counts that measure the result (``SplitCounts``) come from the same per-node counts,
/// without another pass over the edges.
///
/// - Complexity: O(E + sweeps · V + Σ over moves of the mover's degree) ≤ O(sweeps · (V + E));
///   the sweeps' V is a vector scan, eight nodes a step.
enum TwoWayRefinement {
  @discardableResult static func refine(
    offsets: [Int], neighbors: [Int32], side: inout [UInt8], sweeps: Int = 10
  ) -> SplitCounts {
    let n = side.count
    let m = Double(neighbors.count / 2)
    guard m > 0 else { return SplitCounts(degreeSum: .zero, insideTwice: .zero) }
    let twoM = neighbors.count
    // Per side: the sum of its degrees and its size. Raw buffers and scalars in the loops
    // below: this runs once per null sample, a thousand times a default run.
    var degreeSum = (0, 0)
    var size = (0, 0)
    // Neighbours of each node on side 1 (the rest of its degree is on side 0).
    var onSide1 = [Int32](repeating: 0, count: n)
    var insideTwice = SIMD2<Int>()
    let thresholds = MoveThresholds(count: n, twoM: twoM)
    offsets.withUnsafeBufferPointer { offsets in
      neighbors.withUnsafeBufferPointer { neighbors in
        side.withUnsafeMutableBufferPointer { side in
          onSide1.withUnsafeMutableBufferPointer { onSide1 in
            @inline(__always) func inOwnSide(_ v: Int, degree: Int) -> Int {
              side[v] == 1 ? Int(onSide1[v]) : degree - Int(onSide1[v])
            }
            for v in 0..<n {
              let degree = offsets[v + 1] - offsets[v]
              if side[v] == 0 {
                degreeSum.0 += degree
                size.0 += 1
              } else {
                degreeSum.1 += degree
                size.1 += 1
              }
              var count: Int32 = 0
              for i in offsets[v]..<offsets[v + 1] { count &+= Int32(side[Int(neighbors[i])]) }
              onSide1[v] = count
            }
            for _ in 0..<sweeps {
              var moved = false
              var v = thresholds.next(from: 0, balance: degreeSum.1 - degreeSum.0)
              while v < n {
                let s = side[v]
                let degree = offsets[v + 1] - offsets[v]
                let inS = inOwnSide(v, degree: degree)
                let inT = degree - inS
                let (dS, dT) = s == 0 ? degreeSum : (degreeSum.1, degreeSum.0)
                // The scan's test in exact integers (the scan stops at nodes whose thresholds
                // are unknown, clamped or one too high), then the float gain, which is within
                // 1e-15 of ΔQ.
                let k = Double(degree)
                guard (s == 0 ? size.0 : size.1) > 1,
                  twoM * (inT - inS) - degree * (dT - dS + degree) > 0,
                  (Double(inT) - Double(inS)) / m - k * (Double(dT) - Double(dS) + k) / (2 * m * m)
                    > 1e-12
                else {
                  // Stays: its threshold, so that the scan passes it until its counts change.
                  thresholds.set(v, side: s, degree: degree, inOwnSide: inS)
                  v = thresholds.next(from: v + 1, balance: degreeSum.1 - degreeSum.0)
                  continue
                }
                side[v] = 1 - s
                if s == 0 {
                  degreeSum = (degreeSum.0 - degree, degreeSum.1 + degree)
                  size = (size.0 - 1, size.1 + 1)
                } else {
                  degreeSum = (degreeSum.0 + degree, degreeSum.1 - degree)
                  size = (size.0 + 1, size.1 - 1)
                }
                let delta: Int32 = s == 0 ? 1 : -1
                for i in offsets[v]..<offsets[v + 1] {
                  let w = Int(neighbors[i])
                  onSide1[w] &+= delta
                  thresholds.forget(w)  // worked out when the scan reaches it
                }
                thresholds.forget(v)
                moved = true
                v = thresholds.next(from: v + 1, balance: degreeSum.1 - degreeSum.0)
              }
              if !moved { break }
            }
            // Scalars, not a SIMD2 indexed by side: that goes through memory each node.
            var inside = (0, 0)
            for v in 0..<n {
              let degree = offsets[v + 1] - offsets[v]
              if side[v] == 0 {
                inside.0 += degree - Int(onSide1[v])
              } else {
                inside.1 += Int(onSide1[v])
              }
            }
            insideTwice = SIMD2(inside.0, inside.1)
          }
        }
      }
    }
    thresholds.deallocate()
    return SplitCounts(
      degreeSum: SIMD2(degreeSum.0, degreeSum.1), insideTwice: insideTwice)
  }
}

/// Per node, the values of the balance B = D₁ − D₀ (the degree sum of side 1 less that of side
/// 0) at which moving the node could raise modularity, for ``TwoWayRefinement``'s scan.
///
/// With k the node's degree, a = k_t − k_s and Y = D_t − D_s (B on side 0, −B on side 1),
/// 2m²·ΔQ = 2m·a − k(Y + k) > 0 ⇔ kY < 2m·a − k² ⇔ Y ≤ T = ⌊(2m·a − k² − 1) / k⌋. So a node of
/// side 0 can gain when B ≤ T (`upTo`), one of side 1 when B ≥ −T (`from`); the other array
/// holds a value no balance reaches. A threshold may be one too high (it is computed in
/// floating point) and is clamped to 32 bits; both only let the scan stop at a node the exact
/// test then rejects, never skip one that passes.
struct MoveThresholds {
  private let upTo: UnsafeMutableBufferPointer<Int32>
  private let from: UnsafeMutableBufferPointer<Int32>
  private let twoM: Int
  /// Thresholds and balances are clamped strictly between Int32's bounds, so a node holding
  /// `Int32.min` in `upTo` and `Int32.max` in `from` never matches, and one holding the
  /// reverse (forgotten) always does.
  private static let lowest = Int(Int32.min) + 1
  private static let highest = Int(Int32.max) - 1

  /// `count` nodes whose thresholds are unknown, so that the first pass stops at each one.
  init(count: Int, twoM: Int) {
    // Padded to whole vectors with nodes that never match.
    let padded = (count + 7) / 8 * 8
    upTo = .allocate(capacity: padded)
    upTo.initialize(repeating: Int32.min)
    from = .allocate(capacity: padded)
    from.initialize(repeating: Int32.max)
    self.twoM = twoM
    for v in 0..<count { forget(v) }
  }

  func deallocate() {
    upTo.deallocate()
    from.deallocate()
  }

  @inline(__always) private static func clamped(_ x: Int) -> Int32 {
    Int32(min(max(x, lowest), highest))
  }

  /// Records node v's threshold from its side, degree and neighbours on its own side.
  @inline(__always) func set(_ v: Int, side: UInt8, degree k: Int, inOwnSide: Int) {
    guard k > 0 else {
      (upTo[v], from[v]) = (Int32.min, Int32.max)  // no neighbours: no move gains
      return
    }
    // ⌊N / k⌋ through a double division, several times faster than a 64-bit integer one. N
    // and k are exact doubles (below 2⁵³), and a correctly rounded quotient is never below an
    // integer the exact one reaches, so t is the exact floor or one above it: never too low.
    let numerator = twoM * (k - 2 * inOwnSide) - k * k - 1
    let t = Int((Double(numerator) / Double(k)).rounded(.down))
    if side == 0 {
      (upTo[v], from[v]) = (Self.clamped(t), Int32.max)
    } else {
      (upTo[v], from[v]) = (Int32.min, Self.clamped(-t))
    }
  }

  /// Marks node v's threshold unknown (its counts changed): the scan stops at it, and the
  /// refinement sets it there. A node's neighbours change many times a pass, and this costs
  /// no division.
  @inline(__always) func forget(_ v: Int) {
    (upTo[v], from[v]) = (Int32.max, Int32.min)
  }

  /// The first node at or after `start` that could gain at balance `balance`, or a value at
  /// least the node count when there is none.
  @inline(__always) func next(from start: Int, balance: Int) -> Int {
    let b = SIMD8<Int32>(repeating: Self.clamped(balance))
    let count = upTo.count
    var v = start
    // Up to the next whole vector one node at a time, then eight at a time.
    while v < count && v % 8 != 0 {
      if b[0] <= upTo[v] || b[0] >= from[v] { return v }
      v += 1
    }
    let low = UnsafeRawPointer(upTo.baseAddress!)
    let high = UnsafeRawPointer(from.baseAddress!)
    while v < count {
      let lanes =
        (b .<= low.loadUnaligned(fromByteOffset: v * 4, as: SIMD8<Int32>.self))
        .| (b .>= high.loadUnaligned(fromByteOffset: v * 4, as: SIMD8<Int32>.self))
      if any(lanes) {
        for lane in 0..<8 where lanes[lane] { return v + lane }
      }
      v += 8
    }
    return count
  }
}
