import Discussion
import Testing

@Suite struct CompensatedSumTests {
  /// 1 + 1e-16 · 10⁶: a plain sum drops every small term (each is below half an ulp of 1).
  @Test func keepsTermsBelowTheRounding() {
    var sum = CompensatedSum()
    sum.add(1)
    for _ in 0..<1_000_000 { sum.add(1e-16) }
    #expect(abs(sum.value - (1 + 1e-10)) < 1e-15)
  }

  /// Neumaier's case that Kahan's summation gets wrong: a large term cancelled later.
  @Test func survivesCancellation() {
    var sum = CompensatedSum()
    for x in [1.0, 1e100, 1.0, -1e100] { sum.add(x) }
    #expect(sum.value == 2)
  }

  /// n copies of 1/n: the plain sum of 35,000 is off by about 1e-12, this one by an ulp.
  @Test func sumOfManyEqualSharesIsOne() {
    let n = 35_000
    var sum = CompensatedSum()
    for _ in 0..<n { sum.add(1 / Double(n)) }
    #expect(abs(sum.value - 1) <= 2 * Double.ulpOfOne)
  }
}
