/// What modularity and the E-I index of a two-sided split need: per side, the sum of its
/// nodes' degrees and twice the number of edges inside it (each edge is seen from both ends).
/// Integers, so the measures do not depend on the order the edges were counted in.
struct SplitCounts: Equatable {
  var degreeSum = SIMD2<Int>()
  var insideTwice = SIMD2<Int>()

  /// The counts of `side` (0 or 1 for every node) on `rows`, by one pass over the edges.
  init(_ rows: UndirectedRows, side: [UInt8]) {
    for v in 0..<rows.nodeCount {
      let s = Int(side[v])
      degreeSum[s] += rows.degree(v)
      for i in rows.offsets[v]..<rows.offsets[v + 1] where side[Int(rows.neighbors[i])] == side[v] {
        insideTwice[s] += 1
      }
    }
  }

  init(degreeSum: SIMD2<Int>, insideTwice: SIMD2<Int>) {
    self.degreeSum = degreeSum
    self.insideTwice = insideTwice
  }

  /// Edges within a side (I).
  var internalEdges: Int { (insideTwice[0] + insideTwice[1]) / 2 }
  /// Edges in all.
  var edges: Int { (degreeSum[0] + degreeSum[1]) / 2 }

  /// Modularity of the split (Newman 2006, doi:10.1073/pnas.0601602103):
  /// Q = Σ_s [L_s / m − (D_s / 2m)²]; NaN without edges.
  var modularity: Double {
    let m = Double(edges)
    guard m > 0 else { return .nan }
    var q = 0.0
    for s in 0..<2 {
      let d = Double(degreeSum[s])
      q += Double(insideTwice[s] / 2) / m - (d / (2 * m)) * (d / (2 * m))
    }
    return q
  }

  /// E-I index (Krackhardt & Stern 1988, doi:10.2307/2786835): (E − I) / (E + I); NaN
  /// without edges.
  var eiIndex: Double {
    let m = Double(edges)
    guard m > 0 else { return .nan }
    return (m - 2 * Double(internalEdges)) / m
  }
}
