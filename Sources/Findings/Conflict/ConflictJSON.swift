import Discussion
import DiscussionGraph

/// The conflict report as one JSON object: `summary`, `threads`, `comments`, `feuds`,
/// `commenters` and `camps`. Undefined values (a ratio with no denominator) are `null`.
public struct ConflictJSON: Sendable {
  public let report: ConflictReport

  public init(report: ConflictReport) { self.report = report }

  /// The JSON text (two-space indentation, one record a line, keys in a fixed order).
  public func render() -> String {
    var out: [UInt8] = []
    write { out += $0 }
    return String(decoding: out, as: UTF8.self)
  }

  /// The UTF-8 of ``render()`` in pieces, in order, for a caller that writes them as they
  /// come: the lists are encoded on all cores a few thousand records at a time, and the whole
  /// text (hundreds of megabytes for a large corpus) is never held at once. Bytes, not
  /// Strings: making a String of each piece validated all of it once more (a tenth of the
  /// JSON's time on the benchmark corpus) only for the writer to take its bytes back.
  /// - Complexity: O(size of the text), the records divided among the cores.
  public func write(_ emitBytes: ([UInt8]) throws -> Void) rethrows {
    func emit(_ text: String) throws { try emitBytes(Array(text.utf8)) }
    // Comment k of the corpus is comment k − first[t] of the thread t whose range holds it
    // (not a copy of every comment's signals joined into one array).
    let comments = report.comments
    var first = [0]
    for thread in comments { first.append(first[first.count - 1] + thread.count) }
    let firstOfThread = first
    try emit("{\n  \"summary\": " + object(summary(report.summary)) + ",\n  \"threads\": ")
    try list(count: report.threads.count, emitBytes) { k, out in
      appendObject(summary(report.threads[k]), to: &out)
    }
    try emit(",\n  \"comments\": ")
    try list(count: firstOfThread[firstOfThread.count - 1], emitBytes) { k, out in
      // The last thread that starts at or before k (binary search).
      var (t, high) = (0, comments.count - 1)
      while t < high {
        let mid = (t + high + 1) / 2
        if firstOfThread[mid] <= k { t = mid } else { high = mid - 1 }
      }
      appendComment(comments[t][k - firstOfThread[t]], to: &out)
    }
    try emit(",\n  \"feuds\": ")
    try list(count: report.feuds.count, emitBytes) { k, out in
      appendObject(feud(report.feuds[k]), to: &out)
    }
    try emit(",\n  \"commenters\": ")
    try list(count: report.commenters.count, emitBytes) { k, out in
      appendObject(commenter(report.commenters[k]), to: &out)
    }
    try emit(",\n  \"camps\": " + camps() + "\n}\n")
  }

  /// Records a chunk encoded at once.
  static let chunk = 4_096

  /// `[\n    item,\n    item\n  ]` (or `[]`), its items made on all cores a chunk at a time,
  /// each appending its bytes to its chunk's.
  private func list(
    count: Int, _ emit: ([UInt8]) throws -> Void,
    _ item: @escaping @Sendable (Int, inout [UInt8]) -> Void
  ) rethrows {
    guard count > 0 else { return try emit(Array("[]".utf8)) }
    try emit(Array("[\n    ".utf8))
    let chunks = (count + Self.chunk - 1) / Self.chunk
    // A few chunks a batch: the cores are busy, and a batch is all that is held.
    let batch = 16
    var first = 0
    while first < chunks {
      let last = min(chunks, first + batch)
      let start = first
      let pieces = concurrentMap(count: last - first) { c in
        let from = (start + c) * Self.chunk
        var out: [UInt8] = []
        for k in from..<min(count, from + Self.chunk) {
          if k > 0 { out += ",\n    ".utf8 }
          item(k, &out)
        }
        return out
      }
      for piece in pieces { try emit(piece) }
      first = last
    }
    try emit(Array("\n  ]".utf8))
  }

  typealias Fields = [(String, String)]

  func summary(_ s: ThreadConflict) -> Fields {
    var fields: Fields = []
    if let t = s.thread { fields.append(("thread", string(report.corpus.threads[t].id))) }
    fields += [
      ("threads", int(s.threads)), ("comments", int(s.comments)), ("removed", int(s.removed)),
      ("removed_share", number(s.removedShare)), ("replies_to_removed", int(s.repliesToRemoved)),
      ("depth", int(s.depth)), ("width", int(s.width)),
      ("structural_virality", number(s.structuralVirality)), ("feuds", int(s.feuds)),
      ("comments_in_feuds", int(s.commentsInFeuds)), ("feud_share", number(s.feudShare)),
      ("reciprocity", number(s.reciprocity)), ("reciprocity_rho", number(s.reciprocityRho)),
      ("hostile_comments", int(s.hostileComments)), ("hostility_rate", number(s.hostilityRate)),
      ("replies", int(s.replies)), ("hostile_replies", int(s.hostileReplies)),
      ("triangles", int(s.balance.triangles)), ("balanced_triangles", int(s.balance.balanced)),
    ]
    if let reason = MeasurementMinimums.balance(triangles: s.balance.triangles) {
      fields += [("structural_balance", "null"), ("structural_balance_reason", string(reason))]
    } else {
      fields.append(("structural_balance", number(s.balance.ratio)))
    }
    if let reason = s.polarisationNotMeasured {
      fields += [
        ("camp_sizes", "null"), ("modularity", "null"), ("modularity_p", "null"),
        ("ei_index", "null"), ("ei_index_p", "null"), ("rwc", "null"), ("rwc_p", "null"),
        ("polarisation_reason", string(reason)),
      ]
    }
    if let p = s.polarisation {
      fields += [
        ("camp_sizes", "[\(p.members(0).count), \(p.members(1).count)]"),
        ("modularity", number(p.modularity)), ("modularity_p", number(p.modularityP)),
        ("ei_index", number(p.eiIndex)), ("ei_index_p", number(p.eiIndexP)),
        ("rwc", number(p.rwc)), ("rwc_p", number(p.rwcP)), ("rewirings", int(p.rewirings)),
      ]
    }
    return fields
  }

  /// A comment's object (its thread and id, author, votes, controversy, hostility with the
  /// terms matched, shouting) written straight into `out` (``ObjectBytes``): the list of
  /// comments is the longest, so no string is made per field.
  func appendComment(_ c: CommentConflict, to out: inout [UInt8]) {
    let thread = report.corpus.threads[c.thread]
    var record = ObjectBytes(opening: &out)
    record.string("thread", thread.id, to: &out)
    record.string("id", thread.comments[c.comment].id, to: &out)
    if let author = c.author {
      record.string("author", report.corpus.commenters[author].id.rawValue, to: &out)
    } else {
      record.raw("author", "null", to: &out)
    }
    record.raw("removed", c.isRemoved ? "true" : "false", to: &out)
    record.raw("likes", int(c.likes), to: &out)
    record.raw("dislikes", int(c.dislikes), to: &out)
    record.raw("score", int(c.score), to: &out)
    record.raw("controversy", number(c.controversy), to: &out)
    record.raw("vote_share", number(c.voteShare), to: &out)
    record.raw("hostility", number(c.hostility), to: &out)
    record.key("hostile_terms", to: &out)
    out.append(UInt8(ascii: "["))
    for (i, match) in c.matches.enumerated() {
      if i > 0 { out += ", ".utf8 }
      var term = ObjectBytes(opening: &out)
      term.string("term", match.term, to: &out)
      term.raw("weight", number(match.weight), to: &out)
      term.string("text", match.excerpt, to: &out)
      ObjectBytes.close(&out)
    }
    out.append(UInt8(ascii: "]"))
    record.raw("shouting", number(c.shouting), to: &out)
    record.raw("exclamation_run", int(c.exclamationRun), to: &out)
    ObjectBytes.close(&out)
  }

  func feud(_ f: Feud) -> Fields {
    let thread = report.corpus.threads[f.thread]
    let ids = { (list: [Int]) in
      "[" + list.map { string(thread.comments[$0].id) }.joined(separator: ", ") + "]"
    }
    return [
      ("thread", string(thread.id)), ("a", string(report.corpus.commenters[f.a].id.rawValue)),
      ("b", string(report.corpus.commenters[f.b].id.rawValue)), ("turns", int(f.turns)),
      ("comments", ids(f.comments)), ("longest_chain", ids(f.longestChain)),
      ("duration_seconds", f.durationSeconds.map { String($0) } ?? "null"),
      ("hostility_by_turn", "[" + f.hostilityByTurn.map(number).joined(separator: ", ") + "]"),
      ("hostility_trend", number(f.hostilityTrend)),
    ]
  }

  func commenter(_ c: CommenterConflict) -> Fields {
    let who = report.corpus.commenters[c.commenter]
    return [
      ("id", string(who.id.rawValue)), ("name", string(who.displayName)),
      ("comments", int(c.comments)), ("controversy", number(c.controversy)),
      ("max_controversy", number(c.maxControversy)), ("replies_sent", int(c.repliesSent)),
      ("replies_received", int(c.repliesReceived)), ("hostile_comments", int(c.hostileComments)),
      ("hostility_sent", int(c.hostilitySent)), ("hostility_received", int(c.hostilityReceived)),
      ("accused_by", int(c.accusedBy)),
      ("feuds", int(c.feuds)), ("comments_in_feuds", int(c.commentsInFeuds)),
      ("camp", c.camp.map { $0 == 0 ? "\"X\"" : "\"Y\"" } ?? "null"),
      ("role", string(c.primary.rawValue)),
      ("roles", "[" + c.roles.map { string($0.rawValue) }.joined(separator: ", ") + "]"),
    ]
  }

  func camps() -> String {
    guard let p = report.camps, !p.modularity.isNaN else { return "[]" }
    let sides = [UInt8(0), 1].map { side in
      let members = p.members(side).map { string(report.corpus.commenters[$0].id.rawValue) }
      return object([
        ("side", side == 0 ? "\"X\"" : "\"Y\""), ("size", int(members.count)),
        ("members", "[" + members.joined(separator: ", ") + "]"),
      ])
    }
    return "[\n    " + sides.joined(separator: ",\n    ") + "\n  ]"
  }

  // MARK: JSON text

  func object(_ fields: Fields) -> String {
    var out: [UInt8] = []
    appendObject(fields, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// `{"key": value, …}` of `fields` (values already JSON) at the end of `out`.
  func appendObject(_ fields: Fields, to out: inout [UInt8]) {
    var record = ObjectBytes(opening: &out)
    for (key, json) in fields { record.raw(key, json, to: &out) }
    ObjectBytes.close(&out)
  }

  func string(_ s: String) -> String { JSONText.quoted(s) }
  func int(_ x: Int) -> String { String(x) }

  /// Shortest text that reads back as the same Double; `null` when not finite.
  func number(_ x: Double) -> String {
    guard x.isFinite else { return "null" }
    return x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
  }
}

/// A JSON object written field by field into a caller's bytes: `{"key": value, "key":
/// value}`, every object of ``ConflictJSON``. It holds only the count of fields written, so
/// the bytes are appended to in place, never copied.
struct ObjectBytes {
  private var fields = 0

  /// Opens an object at the end of `out`.
  init(opening out: inout [UInt8]) { out.append(UInt8(ascii: "{")) }

  /// `"key": `, after a separator from the field before.
  mutating func key(_ key: String, to out: inout [UInt8]) {
    if fields > 0 { out += ", ".utf8 }
    fields += 1
    JSONText.appendKey(key, to: &out)
  }

  mutating func string(_ key: String, _ value: String, to out: inout [UInt8]) {
    self.key(key, to: &out)
    JSONText.append(value, to: &out)
  }

  /// A value already in JSON (a number, `null`, `true`).
  mutating func raw(_ key: String, _ json: String, to out: inout [UInt8]) {
    self.key(key, to: &out)
    out += json.utf8
  }

  static func close(_ out: inout [UInt8]) { out.append(UInt8(ascii: "}")) }
}
