/// A small, fast, seedable random number generator (Steele, Lea & Flood 2014,
/// doi:10.1145/2714064.2660195), so generated corpora and sampled algorithms are the same
/// on every machine and every run.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform double in [0, 1).
  public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// A uniform integer in `0..<bound` (`bound > 0`), by Lemire's multiply-shift
  /// (doi:10.1145/3230636; bias below 2⁻⁶⁴ · bound).
  public mutating func below(_ bound: Int) -> Int {
    Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// A uniformly random permutation of `0..<n` (Fisher–Yates).
  public mutating func permutation(_ n: Int) -> [Int] {
    var p = Array(0..<n)
    var i = n
    while i > 1 {
      let j = below(i)
      i -= 1
      p.swapAt(i, j)
    }
    return p
  }
}
