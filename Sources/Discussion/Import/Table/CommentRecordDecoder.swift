/// Turns one record of a comment table into a ``Comment`` and the id of its thread, reading
/// each field where its ``TableLayout`` (with the user's ``FieldMapping``) says, and making of
/// each layout's conventions the same comment:
///
/// - replynet and ConvoKit: the fields as named (see the README's table). Epoch seconds are
///   UTC; ISO 8601 without an offset is Sofia time.
/// - Reddit dumps: `link_id` and `parent_id` without their `t3_`/`t1_` prefixes; a record
///   without `parent_id` is a submission, its thread's opening post (``Comment/isPost``), whose
///   `selftext` is its text and `title` the thread's; `[deleted]` and `[removed]` authors are
///   unknown; a `[removed]` text (or a `removed_by_category` other than the author's own
///   deletion) is a removed comment; `&amp;`, `&lt;`, `&gt;` are decoded as Reddit escapes them.
/// - Hacker News: `by` is the author, `parent` the target; a `story`, `poll` or `job` is its
///   thread's opening post, and the thread is the root of each reply chain (items name no
///   story; Algolia's hits do, as `story_id`); `dead` or `deleted` items are removed; the HTML
///   text becomes plain text.
/// - youtube-comment-downloader: a reply's `cid` is `parent.child`, so the target is the part
///   before the dot; `votes` ("1.2K") are likes, rounded as YouTube shows them; the thread is
///   the file (one video a file).
/// - 4CAT: `unix_timestamp` (else `timestamp`, which 4CAT writes in UTC); the post whose id is
///   its `thread_id` opens the thread; Reddit's `parent` loses its prefix; a 4chan reply's
///   target is its first `>>N` quote; a Telegram `reply_to` is a message number in the chat.
struct CommentRecordDecoder: Sendable {
  struct Decoded {
    var thread: String?
    var comment: Comment
    /// The thread's title, when the record gives one.
    var title: String?
  }

  /// A field that has the wrong type or value; the record is unreadable.
  struct FieldError: Error {
    var message: String
  }

  let layout: TableLayout
  let plan: FieldPlan
  /// The slots of each ``CommentField`` in order of preference: those of field `f` are
  /// `slotList[slotStart[f] ..< slotStart[f + 1]]` (flat, so that reading a field retains
  /// nothing).
  private let slotStart: [Int]
  private let slotList: [Int]
  private let naiveIsUTC: Bool

  init(layout: TableLayout) {
    self.layout = layout
    let paths = layout.paths
    plan = FieldPlan(paths: paths)
    var slotOfPath: [FieldPath: Int] = [:]
    for (k, path) in paths.enumerated() { slotOfPath[path] = k }
    var start: [Int] = []
    var list: [Int] = []
    for field in CommentField.allCases {
      start.append(list.count)
      list += (layout.sources[field] ?? []).compactMap { slotOfPath[$0] }
    }
    start.append(list.count)
    slotStart = start
    slotList = list
    switch layout.kind {
    case .fourCAT, .fourCATReddit, .fourCAT4chan, .fourCATTelegram, .hackerNewsAlgolia:
      naiveIsUTC = true
    default:
      naiveIsUTC = false
    }
  }

  /// Whether the layout reads `field` from anywhere.
  func reads(_ field: CommentField) -> Bool {
    slotStart[field.ordinal] < slotStart[field.ordinal + 1]
  }

  /// Decodes a record.
  func decode(_ record: some RecordFields, line: Int) -> Result<Decoded, FieldError> {
    do throws(FieldError) {
      return .success(try decoded(record, line: line))
    } catch {
      return .failure(error)
    }
  }

  /// The thread a record names, even when the rest of it is unreadable (so that the finding
  /// goes to the right thread).
  func threadHint(_ record: some RecordFields) -> String? {
    guard let raw = try? identifier(.thread, record) else { return nil }
    return normalisedThread(raw)
  }

  // MARK: - Fields

  private func decoded(_ r: some RecordFields, line: Int) throws(FieldError) -> Decoded {
    let kind = layout.kind
    guard let id = try identifier(.id, r), !id.isEmpty else {
      throw FieldError(message: "record has no id (field \(name(.id)))")
    }
    var thread = try identifier(.thread, r).map(normalisedThread)
    var replyTo = try identifier(.replyTo, r).flatMap { $0.isEmpty ? nil : $0 }
    var author = try authorName(r)
    let time = try commentTime(r)
    var likes: Int?
    if kind == .youtube && !layout.isMapped(.likes) {
      likes = try displayedCount(.likes, r)
    } else {
      likes = try integer(.likes, r)
    }
    let dislikes = try integer(.dislikes, r)
    let score = try integer(.score, r)
    var removed = try removedFlag(r)
    var text = textBytes(r)
    let title = try string(.title, r)
    let replyToName = try string(.replyToName, r)
    let recovered = try boolean(.authorRecovered, r)
    var isPost = false

    switch kind {
    case .replynet, .convoKit:
      isPost = try boolean(.post, r)
    case .redditDump, .fourCATReddit:
      if let target = replyTo { replyTo = Self.withoutFullnamePrefix(target) }
      if kind == .redditDump {
        isPost = replyTo == nil && title != nil
        if isPost, thread == nil { thread = id }
      } else {
        isPost = thread == id
      }
      if author == "[deleted]" || author == "[removed]" { author = nil }
      if let t = text {
        if t.elementsEqual("[removed]".utf8) {
          removed = true
          text = []
        } else if t.elementsEqual("[deleted]".utf8) {
          text = []
        } else if kind == .redditDump {
          text = HTMLText.decodingRedditEscapes(t)
        }
      }
    case .hackerNews:
      let type = value(.post, r)
      if case .string(let slot) = type {
        isPost = ["story", "poll", "job"].contains(r.string(slot).asciiLowercased)
      } else {
        isPost = try boolean(.post, r)
      }
      if let t = text { text = HTMLText.plainText(fromHTML: t) }
    case .hackerNewsAlgolia:
      // A story hit has a title and no parent; a comment hit names its story.
      isPost = replyTo == nil && title != nil && (thread == nil || thread == id)
      if isPost, thread == nil { thread = id }
      if let t = text { text = HTMLText.plainText(fromHTML: t) }
    case .youtube:
      if !layout.isMapped(.replyTo), let dot = id.lastIndex(of: ".") {
        replyTo = String(id[..<dot])
      }
    case .fourCAT4chan:
      isPost = thread == id
      if !layout.isMapped(.replyTo), let t = text { replyTo = Self.firstQuote(in: t, except: id) }
    case .fourCATTelegram:
      if !layout.isMapped(.replyTo), let target = replyTo, let thread {
        replyTo = "\(thread)-\(target)"
      }
    case .fourCAT:
      isPost = thread == id
    }

    var comment = Comment(
      id: id, author: author, authorIsRecovered: recovered, likes: likes, dislikes: dislikes,
      score: score, replyTo: replyTo, replyToName: replyToName, time: time, isRemoved: removed,
      isPost: isPost, sourceLine: line)
    if let text { comment.textUTF8 = text[...] }
    return Decoded(thread: thread, comment: comment, title: title)
  }

  /// The value of a field: its first alternative that holds a value (not absent, null, or an
  /// object whose members another alternative reads); else the first object or array (for
  /// its type error), else null or absent.
  private func value(_ field: CommentField, _ r: some RecordFields) -> FieldValue {
    var fallback = FieldValue.absent
    let f = field.ordinal
    var k = slotStart[f]
    let end = slotStart[f + 1]
    while k < end {
      let v = r.field(slotList[k])
      k += 1
      switch v {
      case .absent: continue
      case .null: if case .absent = fallback { fallback = v }
      case .object, .array: if !fallback.isComposite { fallback = v }
      default: return v
      }
    }
    return fallback
  }

  /// The text's bytes from the first alternative that is a string.
  private func textBytes(_ r: some RecordFields) -> [UInt8]? {
    let f = CommentField.text.ordinal
    for k in slotStart[f]..<slotStart[f + 1] {
      if let bytes = r.utf8(slotList[k]) { return bytes }
    }
    return nil
  }

  /// Removed when any alternative says so, in the layout's terms.
  private func removedFlag(_ r: some RecordFields) throws(FieldError) -> Bool {
    let f = CommentField.removed.ordinal
    guard slotStart[f] < slotStart[f + 1] else { return false }
    var removed = false
    let mapped = layout.isMapped(.removed)
    for k in slotStart[f]..<slotStart[f + 1] {
      let v = r.field(slotList[k])
      switch (layout.kind, mapped, v) {
      case (.redditDump, false, .string(let slot)):
        // removed_by_category (Reddit: "moderator", "reddit", "automod_filtered", …) or
        // _meta.removal_type (Arctic Shift: "removed", …), unless the author's own deletion.
        if !["deleted", "author", ""].contains(r.string(slot)) { removed = true }
      case (.redditDump, false, _):
        break
      case (.fourCAT4chan, false, .string(let slot)), (.fourCAT4chan, false, .number(let slot)):
        let s = r.string(slot)
        if !s.isEmpty && s != "0" { removed = true }
      case (.fourCAT4chan, false, _):
        break
      default:
        if try boolean(v, r, .removed) { removed = true }
      }
    }
    return removed
  }

  /// The field's name as the messages give it: the path it is read from.
  private func name(_ field: CommentField) -> String {
    let paths = layout.sources[field] ?? []
    return paths.first.map(\.description) ?? field.rawValue
  }

  private func normalisedThread(_ raw: String) -> String {
    switch layout.kind {
    case .redditDump: Self.withoutFullnamePrefix(raw)
    default: raw
    }
  }

  // MARK: - Types

  private func identifier(_ field: CommentField, _ r: some RecordFields) throws(FieldError)
    -> String?
  {
    let v = value(field, r)
    switch v {
    case .absent, .null: return nil
    case .string(let slot), .number(let slot): return Self.wholeNumberID(r.string(slot))
    default: throw mismatch(field, "a string or number", v, r)
    }
  }

  /// An id written as a float with nothing after the point (`3.0`, as pandas writes an
  /// integer column that has missing values) as the integer it is (`3`), so that a reply to
  /// `3.0` finds comment `3`; every other id as it is.
  static func wholeNumberID(_ id: String) -> String {
    let u = Array(id.utf8)
    guard let dot = u.firstIndex(of: UInt8(ascii: ".")), dot > 0, dot + 1 < u.count else {
      return id
    }
    let head = u[..<dot].drop(while: { $0 == UInt8(ascii: "-") })
    guard !head.isEmpty, head.allSatisfy({ $0 >= 48 && $0 <= 57 }),
      u[(dot + 1)...].allSatisfy({ $0 == UInt8(ascii: "0") })
    else { return id }
    return String(decoding: u[..<dot], as: UTF8.self)
  }

  private func string(_ field: CommentField, _ r: some RecordFields) throws(FieldError)
    -> String?
  {
    let v = value(field, r)
    switch v {
    case .absent, .null: return nil
    case .string(let slot): return r.string(slot)
    default: throw mismatch(field, "a string", v, r)
    }
  }

  private func authorName(_ r: some RecordFields) throws(FieldError) -> String? {
    let v = value(.author, r)
    switch v {
    case .absent, .null: return nil
    case .string(let slot), .number(let slot):
      let s = r.string(slot)
      return s.isEmpty ? nil : s
    case .object, .array: throw mismatch(.author, "a string or an object with an id", v, r)
    default: throw mismatch(.author, "a string", v, r)
    }
  }

  private func integer(_ field: CommentField, _ r: some RecordFields) throws(FieldError) -> Int? {
    let v = value(field, r)
    switch v {
    case .absent, .null: return nil
    case .number(let slot), .string(let slot):
      let parsed: Int?? = r.withText(slot) { bytes in
        let t = Self.trimmed(bytes)
        if t.isEmpty { return .some(nil) }
        return Self.parseInt(t).map { .some($0) }
      }
      if let parsed { return parsed }
    default: break
    }
    throw mismatch(field, "an integer or null", v, r)
  }

  private func boolean(_ field: CommentField, _ r: some RecordFields) throws(FieldError) -> Bool {
    try boolean(value(field, r), r, field)
  }

  private func boolean(
    _ v: FieldValue, _ r: some RecordFields, _ field: CommentField
  ) throws(FieldError) -> Bool {
    switch v {
    case .absent, .null: return false
    case .bool(let b): return b
    case .number(let slot), .string(let slot):
      switch r.string(slot).trimmingASCIISpaces.lowercased() {
      case "true", "1": return true
      case "false", "0", "": return false
      default: break
      }
    default: break
    }
    throw mismatch(field, "true or false", v, r)
  }

  private func commentTime(_ r: some RecordFields) throws(FieldError) -> CommentTime? {
    let v = value(.time, r)
    switch v {
    case .absent, .null: return nil
    case .number(let slot), .string(let slot):
      let isNumber = if case .number = v { true } else { false }
      let naive = naiveIsUTC
      let parsed: CommentTime?? = r.withText(slot) { bytes in
        let t = Self.trimmed(bytes)
        if t.isEmpty { return .some(nil) }
        if !isNumber {
          if t.elementsEqual("undefined".utf8) { return .some(nil) }
          if let time = CommentTime.parseISO8601(utf8: t, naiveIsUTC: naive) { return time }
        }
        return Self.epoch(t).map { .some($0) }
      }
      if let parsed { return parsed }
    default: break
    }
    throw mismatch(.time, "an ISO 8601 time or epoch seconds", v, r)
  }

  /// A count as YouTube displays it: `37`, `1.2K`, `3,1K`, `1.5M` (rounded as shown).
  private func displayedCount(_ field: CommentField, _ r: some RecordFields) throws(FieldError)
    -> Int?
  {
    let v = value(field, r)
    switch v {
    case .absent, .null: return nil
    case .number(let slot), .string(let slot):
      if let n = Self.displayedCount(r.string(slot)) { return n }
      if r.string(slot).trimmingASCIISpaces.isEmpty { return nil }
    default: break
    }
    throw mismatch(field, "a count such as 37 or 1.2K", v, r)
  }

  private func mismatch(
    _ field: CommentField, _ expected: String, _ v: FieldValue, _ r: some RecordFields
  ) -> FieldError {
    FieldError(message: "field \"\(name(field))\": expected \(expected), found \(r.shown(v))")
  }

  /// `37` → 37, `1.2K` → 1200, `3,1K` → 3100, `1.5M` → 1,500,000; `nil` otherwise.
  static func displayedCount(_ s: String) -> Int? {
    var t = s.trimmingASCIISpaces.replacingOccurrences(of: ",", with: ".")
    guard !t.isEmpty else { return nil }
    var scale = 1.0
    switch t.last {
    case "K", "k": scale = 1e3
    case "M", "m": scale = 1e6
    case "B", "b": scale = 1e9
    default: break
    }
    if scale > 1 { t.removeLast() }
    guard let d = Double(t.trimmingASCIISpaces), d.isFinite, d >= 0, d * scale < 1e15 else {
      return nil
    }
    return Int((d * scale).rounded())
  }

  /// A decimal integer from bytes (optional sign), `nil` when not one or out of range.
  private static func parseInt(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    var negative = false
    if i < b.count && (b[i] == 45 || b[i] == 43) {
      negative = b[i] == 45
      i += 1
    }
    guard i < b.count, b.count - i <= 18 else {
      return b.count - i > 18 ? Int(String(decoding: b, as: UTF8.self)) : nil
    }
    var v = 0
    while i < b.count {
      let d = b[i]
      guard d >= 48 && d <= 57 else { return nil }
      v = v * 10 + Int(d - 48)
      i += 1
    }
    return negative ? -v : v
  }

  /// Epoch seconds as an integer or decimal number (fraction dropped toward −∞), within
  /// years 1–9999 so that every time prints as ISO 8601 (and no arithmetic overflows).
  private static func epoch(_ b: UnsafeBufferPointer<UInt8>) -> CommentTime? {
    let range = CommentTime.supportedEpochSeconds
    if let s = parseInt(b) {
      let s = Int64(s)
      return range.contains(s) ? CommentTime(epochSeconds: s, utcOffsetSeconds: 0) : nil
    }
    // Digits, sign, point and exponent only: no "inf", "nan" or hexadecimal.
    let numeric = b.allSatisfy { c in
      (c >= 48 && c <= 57) || c == 43 || c == 45 || c == 46 || c | 0x20 == 101
    }
    guard numeric, let d = Double(String(decoding: b, as: UTF8.self)), d.isFinite, abs(d) < 1e12
    else { return nil }
    let s = Int64(d.rounded(.down))
    return range.contains(s) ? CommentTime(epochSeconds: s, utcOffsetSeconds: 0) : nil
  }

  /// The bytes without surrounding ASCII whitespace.
  private static func trimmed(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
    var lo = 0
    var hi = b.count
    while lo < hi && isSpace(b[lo]) { lo += 1 }
    while hi > lo && isSpace(b[hi - 1]) { hi -= 1 }
    return UnsafeBufferPointer(rebasing: b[lo..<hi])
  }

  // MARK: - Conventions

  /// A Reddit fullname without its type prefix: `t3_39ab12` → `39ab12`.
  static func withoutFullnamePrefix(_ id: String) -> String {
    let u = id.utf8
    guard u.count > 3, u.first == UInt8(ascii: "t") else { return id }
    let i = u.index(after: u.startIndex)
    let j = u.index(after: i)
    guard u[i] >= 48 && u[i] <= 57, u[j] == UInt8(ascii: "_") else { return id }
    return String(id[u.index(after: j)...])
  }

  /// The first `>>N` in a 4chan post that names another post (4CAT's own reply network takes
  /// the first quote).
  static func firstQuote(in text: [UInt8], except id: String) -> String? {
    var i = 0
    while i + 2 < text.count {
      if text[i] == UInt8(ascii: ">") && text[i + 1] == UInt8(ascii: ">") {
        var j = i + 2
        while j < text.count && text[j] >= 48 && text[j] <= 57 { j += 1 }
        if j > i + 2 {
          let number = String(decoding: text[(i + 2)..<j], as: UTF8.self)
          if number != id { return number }
        }
        i = j
        continue
      }
      i += 1
    }
    return nil
  }
}

extension String {
  /// The string without surrounding ASCII whitespace (a table's cells, `--since` values).
  var trimmingASCIISpaces: String {
    func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" }
    return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
  }

  fileprivate func replacingOccurrences(of a: Character, with b: Character) -> String {
    String(map { $0 == a ? b : $0 })
  }
}
