/// Turns one record of a comment table into a ``Comment`` and the id of its thread.
///
/// Field names (case-insensitive), with the ConvoKit `utterances.jsonl` names accepted too:
///
/// | field | also | type |
/// |---|---|---|
/// | `id` | | string or number; required, not empty |
/// | `thread` | `conversation_id`, `root` | string or number |
/// | `reply_to` | | string, number or null |
/// | `author` | `speaker` (string, or object with `id` or `name`), `user` | string or null |
/// | `time` | `timestamp` | ISO 8601 string, or epoch seconds (number or digits) |
/// | `likes`, `dislikes` | `meta.likes`, `meta.dislikes` | integer or null |
/// | `removed` | `meta.removed` | boolean; in CSV also `true`/`false`/`1`/`0` |
/// | `text` | | string or null |
/// | `reply_to_name` | | string or null |
/// | `author_recovered` | | boolean |
///
/// Other fields (`meta`, `vectors`, …) are ignored. Epoch seconds are taken as UTC
/// (offset +00:00); fractions of a second are dropped.
enum CommentRecordDecoder {
  struct Decoded {
    var thread: String?
    var comment: Comment
  }

  /// A field that has the wrong type or value; the record is unreadable.
  struct FieldError: Error {
    var message: String
  }

  /// Decodes a record; `field` returns the value of a field by its lower-case name.
  static func decode(
    line: Int, field: (String) -> TableValue
  ) -> Result<Decoded, FieldError> {
    do throws(FieldError) {
      guard let id = try identifier(field("id"), "id"), !id.isEmpty else {
        throw FieldError(message: "record has no id")
      }
      let thread = try identifier(first(field, "thread", "conversation_id", "root"), "thread")
      let replyTo = try identifier(field("reply_to"), "reply_to").flatMap { $0.isEmpty ? nil : $0 }
      let author = try authorName(first(field, "author", "speaker", "user"))
      let time = try commentTime(first(field, "time", "timestamp"))
      let meta = field("meta")
      let likes = try integer(first(field, "likes", "meta.likes", meta: meta, "likes"), "likes")
      let dislikes = try integer(
        first(field, "dislikes", "meta.dislikes", meta: meta, "dislikes"), "dislikes")
      let removed = try boolean(
        first(field, "removed", "meta.removed", meta: meta, "removed"), "removed")
      let text = try string(field("text"), "text") ?? ""
      let replyToName = try string(field("reply_to_name"), "reply_to_name")
      let recovered = try boolean(field("author_recovered"), "author_recovered")
      let comment = Comment(
        id: id, author: author, authorIsRecovered: recovered, likes: likes, dislikes: dislikes,
        replyTo: replyTo, replyToName: replyToName, text: text, time: time, isRemoved: removed,
        sourceLine: line)
      return .success(Decoded(thread: thread, comment: comment))
    } catch {
      return .failure(error)
    }
  }

  /// The thread a record names, even when the rest of it is unreadable (so the finding goes
  /// to the right thread).
  static func threadHint(field: (String) -> TableValue) -> String? {
    (try? identifier(first(field, "thread", "conversation_id", "root"), "thread")) ?? nil
  }

  private static func first(_ field: (String) -> TableValue, _ names: String...) -> TableValue {
    for name in names {
      let v = field(name)
      if case .absent = v { continue }
      return v
    }
    return .absent
  }

  /// The first present of two top-level fields, else the member `metaKey` of `meta`.
  private static func first(
    _ field: (String) -> TableValue, _ name: String, _ flatName: String, meta: TableValue,
    _ metaKey: String
  ) -> TableValue {
    let direct = first(field, name, flatName)
    if case .absent = direct, case .json(let object) = meta, let inner = object.member(metaKey) {
      return TableValue(inner)
    }
    return direct
  }

  private static func identifier(_ v: TableValue, _ name: String) throws(FieldError) -> String? {
    switch v {
    case .absent, .null: return nil
    case .string(let s): return s
    case .number(let n): return n
    default: throw mismatch(name, "a string or number", v)
    }
  }

  private static func string(_ v: TableValue, _ name: String) throws(FieldError) -> String? {
    switch v {
    case .absent, .null: return nil
    case .string(let s): return s
    default: throw mismatch(name, "a string", v)
    }
  }

  private static func authorName(_ v: TableValue) throws(FieldError) -> String? {
    switch v {
    case .absent, .null: return nil
    case .string(let s): return s.isEmpty ? nil : s
    case .number(let n): return n
    case .json(let object):
      if case .object = object {
        for key in ["id", "name"] {
          switch object.member(key) {
          case .string(let s)?: return s.isEmpty ? nil : s
          case .number(let n)?: return n
          default: continue
          }
        }
      }
      throw mismatch("author", "a string or an object with an id", v)
    default: throw mismatch("author", "a string", v)
    }
  }

  private static func integer(_ v: TableValue, _ name: String) throws(FieldError) -> Int? {
    switch v {
    case .absent, .null: return nil
    case .number(let n):
      if let i = Int(n) { return i }
    case .string(let s):
      let t = trimmed(s)
      if t.isEmpty { return nil }
      if let i = Int(t) { return i }
    default: break
    }
    throw mismatch(name, "an integer or null", v)
  }

  private static func boolean(_ v: TableValue, _ name: String) throws(FieldError) -> Bool {
    switch v {
    case .absent, .null: return false
    case .bool(let b): return b
    case .number("1"): return true
    case .number("0"): return false
    case .string(let s):
      switch trimmed(s).lowercased() {
      case "true", "1": return true
      case "false", "0", "": return false
      default: break
      }
    default: break
    }
    throw mismatch(name, "true or false", v)
  }

  private static func commentTime(_ v: TableValue) throws(FieldError) -> CommentTime? {
    switch v {
    case .absent, .null: return nil
    case .number(let n):
      if let t = epoch(n) { return t }
    case .string(let s):
      let t = trimmed(s)
      if t.isEmpty { return nil }
      if let parsed = CommentTime.parseISO8601(t) { return parsed }
      if let e = epoch(String(t)) { return e }
    default: break
    }
    throw mismatch("time", "an ISO 8601 time or epoch seconds", v)
  }

  /// Epoch seconds as an integer or decimal number (fraction dropped toward −∞), within
  /// years 1–9999 so that every time prints as ISO 8601 (and no arithmetic overflows).
  private static func epoch(_ text: String) -> CommentTime? {
    let range: ClosedRange<Int64> = -62_135_596_800...253_402_300_799
    if let s = Int64(text) {
      return range.contains(s) ? CommentTime(epochSeconds: s, utcOffsetSeconds: 0) : nil
    }
    // Digits, sign, point and exponent only: no "inf", "nan" or hexadecimal.
    let numeric = text.utf8.allSatisfy { b in
      (b >= 48 && b <= 57) || b == 43 || b == 45 || b == 46 || b | 0x20 == 101
    }
    guard numeric, let d = Double(text), d.isFinite, abs(d) < 1e12 else { return nil }
    let s = Int64(d.rounded(.down))
    return range.contains(s) ? CommentTime(epochSeconds: s, utcOffsetSeconds: 0) : nil
  }

  /// `s` without surrounding ASCII whitespace (all that CSV cells and numbers carry).
  private static func trimmed(_ s: String) -> Substring {
    let utf8 = s.utf8
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
    guard let first = utf8.firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = utf8.lastIndex(where: { !isSpace($0) }) ?? first
    return s[first...last]
  }

  private static func mismatch(_ name: String, _ expected: String, _ v: TableValue) -> FieldError {
    FieldError(message: "field \"\(name)\": expected \(expected), found \(v.shown)")
  }
}
