/// JSON text for values, for writers outside this module (the command line's JSON output)
/// that must escape exactly as the comment-table writer does.
public enum JSONText {
  /// `value` as a quoted JSON string (RFC 8259 escaping only; UTF-8 kept as is).
  public static func quoted(_ value: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(value.utf8.count + 2)
    JSONStringEscaping.append(value, to: &out)
    return String(decoding: out, as: UTF8.self)
  }
}
