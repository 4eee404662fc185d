/// Greedy refinement of a two-sided split: nodes move between the sides while a move raises
/// the split's modularity (the Kernighan–Lin idea with single moves; Kernighan & Lin 1970,
/// doi:10.1002/j.1538-7305.1970.tb01770.x; gain as in Newman 2006,
/// doi:10.1073/pnas.0601602103).
///
/// Moving v (degree k, with k_s neighbours in its side s and k_t in the other side t) changes
/// Q = Σ_c [L_c / m − (D_c / 2m)²] by ΔQ = (k_t − k_s) / m − k (D_t − D_s + k) / (2m²). Nodes
/// are visited in index order; a side is never emptied; at most `sweeps` passes. Each node's
/// neighbours on side 1 are counted once and kept up to date as nodes move, so a pass costs
/// O(V) plus the degrees of the nodes it moves, not O(E).
///
/// The counts that measure the result (``SplitCounts``) come from the same per-node counts,
/// without another pass over the edges.
///
/// - Complexity: O(E + sweeps · V + Σ over moves of the mover's degree) ≤ O(sweeps · (V + E)).
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
    offsets.withUnsafeBufferPointer { offsets in
      neighbors.withUnsafeBufferPointer { neighbors in
        side.withUnsafeMutableBufferPointer { side in
          onSide1.withUnsafeMutableBufferPointer { onSide1 in
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
              for v in 0..<n {
                let s = side[v]
                guard (s == 0 ? size.0 : size.1) > 1 else { continue }
                let degree = offsets[v + 1] - offsets[v]
                let inS = s == 1 ? Int(onSide1[v]) : degree - Int(onSide1[v])
                let inT = degree - inS
                let (dS, dT) = s == 0 ? degreeSum : (degreeSum.1, degreeSum.0)
                // 2m² ΔQ in integers: the move cannot gain when it is not positive (the float
                // gain below is within 1e-15 of ΔQ, far under the threshold), which spares
                // most nodes the divisions.
                guard twoM * (inT - inS) - degree * (dT - dS + degree) > 0 else { continue }
                let k = Double(degree)
                let gain =
                  (Double(inT) - Double(inS)) / m - k * (Double(dT) - Double(dS) + k) / (2 * m * m)
                if gain > 1e-12 {
                  side[v] = 1 - s
                  if s == 0 {
                    degreeSum = (degreeSum.0 - degree, degreeSum.1 + degree)
                    size = (size.0 - 1, size.1 + 1)
                  } else {
                    degreeSum = (degreeSum.0 + degree, degreeSum.1 - degree)
                    size = (size.0 + 1, size.1 - 1)
                  }
                  let delta: Int32 = s == 0 ? 1 : -1
                  for i in offsets[v]..<offsets[v + 1] { onSide1[Int(neighbors[i])] &+= delta }
                  moved = true
                }
              }
              if !moved { break }
            }
            for v in 0..<n {
              let degree = offsets[v + 1] - offsets[v]
              insideTwice[Int(side[v])] +=
                side[v] == 1 ? Int(onSide1[v]) : degree - Int(onSide1[v])
            }
          }
        }
      }
    }
    return SplitCounts(
      degreeSum: SIMD2(degreeSum.0, degreeSum.1), insideTwice: insideTwice)
  }
}
