/// A sum of doubles with the rounding error of each addition carried along (Neumaier's
/// improvement of Kahan summation: Neumaier 1974, doi:10.1002/zamm.19740540106), so that the
/// sum of n terms is off by about one rounding of the result instead of up to n of them.
///
/// Iterative methods need it where they compare a sum over every node with a tolerance: the
/// plain sum of 35,000 PageRank values near 1/n is off by about 1e-12, which exceeded
/// PageRank's 1e-13 tolerance and kept it iterating to its limit.
///
/// - Complexity: O(1) per term (four additions and a comparison).
public struct CompensatedSum: Sendable {
  private var sum = 0.0
  private var compensation = 0.0

  public init() {}

  /// Adds `x`, keeping the low-order bits that the addition rounds away.
  @inline(__always)
  public mutating func add(_ x: Double) {
    let t = sum + x
    if abs(sum) >= abs(x) {
      compensation += (sum - t) + x
    } else {
      compensation += (x - t) + sum
    }
    sum = t
  }

  /// The sum, with the carried error added back once.
  public var value: Double { sum + compensation }
}
