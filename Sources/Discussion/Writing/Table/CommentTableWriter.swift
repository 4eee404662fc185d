import Foundation

/// Writes comment threads as the generic comment table that ``CommentTableReader`` reads:
/// one record per comment, in thread order and source order.
///
/// Fields, in this fixed order: `id, thread, reply_to, author, time, likes, dislikes,
/// removed, text`, then `reply_to_name`, `author_recovered`, `score` and `post` — in JSON only
/// when the comment has them (a header name; a recovered author; a net score; the thread's
/// opening post), in CSV always (as columns).
/// A missing value is `null` in JSON and an empty cell in CSV; `time` is ISO 8601 with the
/// source's UTC offset. Page-text metadata (titles, views, back-references) is not part of
/// the table.
///
/// - JSON Lines: one compact object per line, LF line ends.
/// - JSON: an array with one object per record, two-space indentation, one field a line.
/// - CSV: RFC 4180, a header row, CRLF line ends, a field in double quotes (with `""` for a
///   quote) when it holds a comma, quote, CR or LF.
///
/// The writer appends to a byte buffer one thread at a time, so a caller can flush it
/// between threads; the output is byte-identical for equal input.
public struct CommentTableWriter: Sendable {
  public let format: CommentTableFormat
  private var recordsWritten = 0

  public init(format: CommentTableFormat) { self.format = format }

  /// The field names, in output order.
  public static let fieldNames = [
    "id", "thread", "reply_to", "author", "time", "likes", "dislikes", "removed", "text",
    "reply_to_name", "author_recovered", "score", "post",
  ]

  /// Appends what comes before the first record: the CSV header row, or `[` for JSON.
  public func begin(into out: inout [UInt8]) {
    switch format {
    case .jsonLines: break
    case .json: out.append(UInt8(ascii: "["))
    case .csv:
      out.append(contentsOf: Self.fieldNames.joined(separator: ",").utf8)
      out.append(contentsOf: crlf)
    }
  }

  /// Appends the records of one thread.
  /// - Complexity: O(size of the thread's text).
  public mutating func append(_ thread: CommentThread, into out: inout [UInt8]) {
    appendRecords(thread, first: recordsWritten == 0, into: &out)
    recordsWritten += Self.records(of: thread)
  }

  /// The records of several threads, encoded on all cores in groups of about a megabyte of
  /// text, one piece a group in order: joined, the bytes are those of appending the threads
  /// one by one. Pieces rather than one buffer, so that a caller that writes them as they are
  /// does not copy the table once more on one core.
  /// - Complexity: O(size of the threads' text), divided among the cores.
  public mutating func pieces(of threads: [CommentThread]) -> [[UInt8]] {
    var groups: [Range<Int>] = []
    var start = 0
    var size = 0
    for (k, thread) in threads.enumerated() {
      size += thread.comments.reduce(0) { $0 + $1.textUTF8.count + 160 }
      if size >= 1 << 20 {
        groups.append(start..<(k + 1))
        start = k + 1
        size = 0
      }
    }
    if start < threads.count { groups.append(start..<threads.count) }
    // The thread whose first record is the table's first (JSON's commas); threads before it
    // have no records.
    let firstRecordThread =
      recordsWritten == 0 ? threads.firstIndex { Self.records(of: $0) > 0 } : nil
    let ranges = groups
    defer { recordsWritten += threads.reduce(0) { $0 + Self.records(of: $1) } }
    return concurrentMap(count: ranges.count) { [self] g in
      var piece: [UInt8] = []
      for k in ranges[g] {
        appendRecords(threads[k], first: k == firstRecordThread, into: &piece)
      }
      return piece
    }
  }

  /// The records a thread gives: its comments, less those kept only as context of a time
  /// window.
  static func records(of thread: CommentThread) -> Int {
    thread.comments.count { !$0.isContext }
  }

  /// The records of a thread; `first` when none was written before it (JSON's commas).
  private func appendRecords(_ thread: CommentThread, first: Bool, into out: inout [UInt8]) {
    var first = first
    var threadJSON: [UInt8] = []
    if format != .csv { JSONText.append(thread.id, to: &threadJSON) }
    // By index, so that each comment is borrowed rather than copied (a copy retains its strings).
    // A comment outside the time window (context) is not written: its replies keep its id.
    for k in thread.comments.indices where !thread.comments[k].isContext {
      switch format {
      case .jsonLines:
        appendJSONObject(thread.comments[k], thread: threadJSON, pretty: false, into: &out)
        out.append(lf)
      case .json:
        if !first { out.append(UInt8(ascii: ",")) }
        out.append(lf)
        appendJSONObject(thread.comments[k], thread: threadJSON, pretty: true, into: &out)
      case .csv:
        appendCSVRow(thread.comments[k], thread: thread.id, into: &out)
      }
      first = false
    }
  }

  /// Appends what comes after the last record: `]` for JSON.
  public func end(into out: inout [UInt8]) {
    if format == .json {
      if recordsWritten > 0 { out.append(lf) }
      out.append(contentsOf: [UInt8(ascii: "]"), lf])
    }
  }

  /// The whole table for `threads`.
  public static func encode(
    _ threads: some Sequence<CommentThread>, format: CommentTableFormat
  ) -> [UInt8] {
    var writer = CommentTableWriter(format: format)
    var out: [UInt8] = []
    writer.begin(into: &out)
    for thread in threads { writer.append(thread, into: &out) }
    writer.end(into: &out)
    return out
  }

  /// Writes the table to `path` ("-" for standard output) through ``OutputFile``: to a
  /// temporary file beside it, renamed into place when complete, so a reader never sees half
  /// a file. Compressed with gzip when `path` ends in `.gz`.
  public static func write(
    _ threads: some Sequence<CommentThread>, format: CommentTableFormat, toFile path: String
  ) throws(InputError) {
    let file = try OutputFile(path)
    if path.lowercased().hasSuffix(".gz") {
      try file.write(Gzip.compress(encode(threads, format: format)))
    } else {
      var writer = CommentTableWriter(format: format)
      var out: [UInt8] = []
      writer.begin(into: &out)
      for thread in threads {
        writer.append(thread, into: &out)
        if out.count >= 1 << 16 {
          try file.write(out)
          out.removeAll(keepingCapacity: true)
        }
      }
      writer.end(into: &out)
      try file.write(out)
    }
    try file.commit()
  }

  // MARK: - Records

  private func appendJSONObject(
    _ c: Comment, thread: [UInt8], pretty: Bool, into out: inout [UInt8]
  ) {
    var first = true
    func key(_ name: StaticString) {
      if pretty {
        out.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
        out.append(lf)
        for _ in 0..<4 { out.append(space) }
      } else {
        out.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
      }
      first = false
      out.append(quoteByte)
      name.withUTF8Buffer { out.append(contentsOf: $0) }
      out.append(quoteByte)
      out.append(UInt8(ascii: ":"))
      if pretty { out.append(space) }
    }
    func field(_ name: StaticString, _ value: String?) {
      key(name)
      if let value {
        JSONText.append(value, to: &out)
      } else {
        out.append(contentsOf: null)
      }
    }
    func field(_ name: StaticString, _ value: Int?) {
      key(name)
      if let value { appendDecimal(value, to: &out) } else { out.append(contentsOf: null) }
    }
    func field(_ name: StaticString, _ value: Bool) {
      key(name)
      out.append(contentsOf: value ? trueBytes : falseBytes)
    }
    if pretty {
      out.append(space)
      out.append(space)
    }
    field("id", c.id)
    key("thread")
    out.append(contentsOf: thread)
    field("reply_to", c.replyTo)
    field("author", c.author)
    key("time")
    if let time = c.time {
      out.append(quoteByte)
      time.appendISO8601(to: &out)
      out.append(quoteByte)
    } else {
      out.append(contentsOf: null)
    }
    field("likes", c.likes)
    field("dislikes", c.dislikes)
    field("removed", c.isRemoved)
    key("text")
    c.textUTF8.withUnsafeBufferPointer { JSONText.append(utf8: $0, to: &out) }
    if let name = c.replyToName { field("reply_to_name", name) }
    if c.authorIsRecovered { field("author_recovered", true) }
    if let score = c.score { field("score", score) }
    if c.isPost { field("post", true) }
    if pretty {
      out.append(lf)
      out.append(space)
      out.append(space)
    }
    out.append(UInt8(ascii: "}"))
  }

  private func appendCSVRow(_ c: Comment, thread: String, into out: inout [UInt8]) {
    // Texts through the one CSV cell writer (formula prefixes neutralised, reversibly);
    // numbers and booleans as they are.
    enum Cell {
      case text(String?)
      case literal(String?)
    }
    let cells: [Cell] = [
      .text(c.id), .text(thread), .text(c.replyTo), .text(c.author), .literal(c.time?.iso8601),
      .literal(c.likes.map(String.init)), .literal(c.dislikes.map(String.init)),
      .literal(c.isRemoved ? "true" : "false"), .text(c.text), .text(c.replyToName),
      .literal(c.authorIsRecovered ? "true" : "false"), .literal(c.score.map(String.init)),
      .literal(c.isPost ? "true" : "false"),
    ]
    for (i, cell) in cells.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      switch cell {
      case .text(let text?): CSVCell.appendText(text, to: &out)
      case .literal(let value?): out.append(contentsOf: value.utf8)
      case .text(nil), .literal(nil): break
      }
    }
    out.append(contentsOf: crlf)
  }
}

private let lf = UInt8(ascii: "\n")
private let crlf: [UInt8] = [0x0D, 0x0A]
private let space = UInt8(ascii: " ")
private let quoteByte = UInt8(ascii: "\"")
private let null: [UInt8] = Array("null".utf8)
private let trueBytes: [UInt8] = Array("true".utf8)
private let falseBytes: [UInt8] = Array("false".utf8)

/// Appends the decimal digits of `value` (with a minus sign when negative).
private func appendDecimal(_ value: Int, to out: inout [UInt8]) {
  if value < 0 { out.append(UInt8(ascii: "-")) }
  var magnitude = value.magnitude
  var digits:
    (
      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
    ) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
  var n = 0
  withUnsafeMutableBytes(of: &digits) { buffer in
    repeat {
      buffer[19 - n] = UInt8(48 + magnitude % 10)
      magnitude /= 10
      n += 1
    } while magnitude > 0
    out.append(contentsOf: buffer[(20 - n)...])
  }
}
