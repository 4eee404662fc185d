/// Whole numbers with their digits in groups of three: `1087` → `1 087` as a fakti.bg page
/// prints its views, `21914` → `21,914` as replynet's summaries print counts.
public enum DigitGrouping {
  public static func grouped(_ n: Int, separator: String) -> String {
    let digits = Array(String(n.magnitude))
    var s = n < 0 ? "-" : ""
    for (i, d) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { s += separator }
      s.append(d)
    }
    return s
  }
}
