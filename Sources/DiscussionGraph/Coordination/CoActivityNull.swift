import Foundation

/// The null model of co-activity: within each thread, the times of its comments are kept and
/// the comments are dealt to its commenters at random, each keeping how many it wrote there
/// (a permutation of authors over the thread's time slots). Each commenter keeps the threads
/// it writes in and how much; only the timing within a thread is random.
///
/// In a thread where a share q of all pairs of comments lie within the window, two commenters
/// with a and b comments there are co-active with probability p = 1 − (1 − q)^(a·b) (exact
/// for a = b = 1; for more, the a·b pairs are taken as independent). Over their shared
/// threads the number of co-active threads X is a sum of independent Bernoulli variables
/// (Poisson binomial); the p-value is P(X ≥ observed | X ≥ 1), for only pairs together at
/// least once are tested.
enum CoActivityNull {
  /// The chance that two commenters with `a` and `b` comments in a thread whose share of
  /// close pairs is `closeShare` have at least one pair of comments within the window.
  static func probability(closeShare q: Double, _ a: Int, _ b: Int) -> Double {
    guard q > 0 else { return 0 }
    guard q < 1 else { return 1 }
    return -expm1(Double(a * b) * log1p(-q))
  }

  /// P(X ≥ 1) = 1 − Π(1 − p).
  static func atLeastOnce(_ probabilities: [Double]) -> Double {
    -expm1(probabilities.reduce(0) { $0 + log1p(-min($1, 1 - 1e-300)) })
  }

  /// P(X ≥ k) for X the number of successes of independent trials with `probabilities`.
  /// - Complexity: O(n·k) for n trials.
  static func tail(atLeast k: Int, probabilities: [Double]) -> Double {
    guard k > 0 else { return 1 }
    guard k <= probabilities.count else { return 0 }
    // dp[j]: P(exactly j successes so far) for j < k; dp[k]: P(at least k).
    var dp = [Double](repeating: 0, count: k + 1)
    dp[0] = 1
    for p in probabilities {
      dp[k] += dp[k - 1] * p
      var j = k - 1
      while j > 0 {
        dp[j] = dp[j] * (1 - p) + dp[j - 1] * p
        j -= 1
      }
      dp[0] *= 1 - p
    }
    return min(1, dp[k])
  }

  /// The Chernoff bound on P(X ≥ k) for a sum of independent Bernoulli variables with mean
  /// `mean` (exp(−μ·h(k/μ)), h(u) = u ln u − u + 1; Mitzenmacher and Upfal, "Probability and
  /// Computing", Theorem 4.4): an upper bound, used to skip the exact tail where even the
  /// bound cannot be significant.
  static func chernoffBound(atLeast k: Int, mean: Double) -> Double {
    let x = Double(k)
    guard x > mean else { return 1 }
    guard mean > 0 else { return 0 }
    return min(1, exp(-(x * log(x / mean) - x + mean)))
  }
}
