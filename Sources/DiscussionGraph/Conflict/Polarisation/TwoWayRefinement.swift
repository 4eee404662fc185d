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
/// - Complexity: O(E + sweeps · V + Σ over moves of the mover's degree) ≤ O(sweeps · (V + E)).
enum TwoWayRefinement {
  static func refine(
    offsets: [Int], neighbors: [Int32], side: inout [UInt8], sweeps: Int = 10
  ) {
    let n = side.count
    let m = Double(neighbors.count / 2)
    guard m > 0 else { return }
    var degreeSum = [0.0, 0.0]
    var size = [0, 0]
    for v in 0..<n {
      degreeSum[Int(side[v])] += Double(offsets[v + 1] - offsets[v])
      size[Int(side[v])] += 1
    }
    // Neighbours of each node on side 1 (the rest of its degree is on side 0).
    var onSide1 = [Int](repeating: 0, count: n)
    for v in 0..<n {
      for i in offsets[v]..<offsets[v + 1] where side[Int(neighbors[i])] == 1 { onSide1[v] += 1 }
    }
    for _ in 0..<sweeps {
      var moved = false
      for v in 0..<n {
        let s = Int(side[v])
        let t = 1 - s
        guard size[s] > 1 else { continue }
        let degree = offsets[v + 1] - offsets[v]
        let inS = Double(s == 1 ? onSide1[v] : degree - onSide1[v])
        let inT = Double(degree) - inS
        let k = inS + inT
        let gain = (inT - inS) / m - k * (degreeSum[t] - degreeSum[s] + k) / (2 * m * m)
        if gain > 1e-12 {
          side[v] = UInt8(t)
          degreeSum[s] -= k
          degreeSum[t] += k
          size[s] -= 1
          size[t] += 1
          let delta = t == 1 ? 1 : -1
          for i in offsets[v]..<offsets[v + 1] { onSide1[Int(neighbors[i])] += delta }
          moved = true
        }
      }
      if !moved { break }
    }
  }
}
