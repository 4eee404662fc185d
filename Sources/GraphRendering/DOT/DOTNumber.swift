/// Locale-free, fixed-precision number text for DOT attributes and captions, so that the
/// same figures give the same bytes on every machine.
public enum DOTNumber {
  /// `value` rounded to `digits` decimals, trailing zeros dropped ("0.25", "3", "-1.5");
  /// "0" for values that are not finite.
  ///
  /// - Complexity: O(digits).
  public static func fixed(_ value: Double, digits: Int = 2) -> String {
    guard value.isFinite else { return "0" }
    let digits = max(0, min(digits, 9))
    var scale: Int64 = 1
    for _ in 0..<digits { scale *= 10 }
    let clamped = max(-9e15 / Double(scale), min(9e15 / Double(scale), value))
    let scaled = Int64((clamped * Double(scale)).rounded())
    let negative = scaled < 0
    let magnitude = negative ? -scaled : scaled
    var whole = String(magnitude / scale)
    var fraction = String(magnitude % scale)
    if digits > 0 {
      fraction = String(repeating: "0", count: digits - fraction.count) + fraction
      while fraction.last == "0" { fraction.removeLast() }
    } else {
      fraction = ""
    }
    if !fraction.isEmpty { whole += "." + fraction }
    return negative && scaled != 0 ? "-" + whole : whole
  }

  /// A figure for people: up to `significant` significant digits ("0.0815", "12.5", "1087").
  public static func readable(_ value: Double, significant: Int = 3) -> String {
    guard value.isFinite else { return "–" }
    let magnitude = abs(value)
    if magnitude == 0 { return "0" }
    var digits = significant
    var bound = 1.0
    while magnitude >= bound && digits > 0 {
      bound *= 10
      digits -= 1
    }
    var small = magnitude
    while small < 0.1 && digits < 9 {
      small *= 10
      digits += 1
    }
    return fixed(value, digits: digits)
  }
}
