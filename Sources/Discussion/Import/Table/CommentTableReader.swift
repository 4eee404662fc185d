import Dispatch

/// Reads a comment table (JSON Lines, JSON or CSV) into comment threads, whatever program
/// wrote it: the layout (``TableLayout``: replynet's own, ConvoKit, a Reddit dump, Hacker News,
/// youtube-comment-downloader, 4CAT) is recognised from the first record's fields, and a
/// ``FieldMapping`` says where any field is read from instead. See ``CommentRecordDecoder`` for
/// what each layout's fields mean.
///
/// Records are grouped into threads by their thread field (threads in order of first
/// appearance, comments in source order); a record without one belongs to a thread named
/// after the file. Replies are resolved after all records are read, so parents may come after
/// their replies, by ``ReplyResolution/resolve(_:file:)``, the same rules as for page text.
///
/// Nothing is passed over in silence:
/// - A record that cannot be read (not JSON, wrong field types, no id, wrong number of CSV
///   fields) is an ``IntegrityReport/IssueKind/unreadableRecord`` finding with its file and
///   line.
/// - Every field that is not read is named in the ``SourceReport`` with the number of records
///   that had it.
/// - A file in which no reply resolves says so (``IntegrityReport/IssueKind/noReplyResolved``),
///   and when a field that looks like a link to a parent (`parent`, `in_reply_to`, …) or an
///   author (`user_name`, …) was not read, which option would read it
///   (``IntegrityReport/IssueKind/unreadField``).
public enum CommentTableReader {
  /// The threads of one table and what it was read as.
  public struct Table: Sendable {
    public var threads: [CommentThread]
    public var source: SourceReport
    /// Thread ids the records named: threads of the same id in other table files join them.
    var namedThreads: Set<String> = []
    /// Until ``resolved()``: the whole-file checks still to make after replies are resolved.
    var pendingChecks: TableChecks.Pending?
    /// Until ``resolved()``: records whose thread is the root of their reply chain, which may
    /// lie in another file (Hacker News items).
    var rootless: [(comment: Comment, title: String?)] = []

    /// The table with its replies resolved and the whole file's checks made.
    func resolved() -> Table {
      guard let pending = pendingChecks else { return self }
      var table = self
      if !rootless.isEmpty {
        table.threads = ThreadJoining.placing(
          rootless.map { ($0.comment, $0.title, source.file) }, into: table.threads)
        table.rootless = []
      }
      table.threads = concurrentMap(count: threads.count) { [threads] k in
        var thread = threads[k]
        ReplyResolution.resolve(&thread)
        return thread
      }
      var indicesOfID: [String: [Int]] = [:]
      for (k, thread) in table.threads.enumerated() {
        indicesOfID[thread.id, default: []].append(k)
      }
      pending.apply(to: &table.threads, indicesOfID: indicesOfID)
      table.pendingChecks = nil
      return table
    }
  }

  /// Reads `bytes` (already decompressed) in `format`.
  /// - Parameter file: the name findings and errors use ("-" for standard input).
  /// - Throws: ``InputError`` when the file is not the format at all (a JSON file that does
  ///   not parse, JSON Lines of which no line is JSON, CSV with an unterminated quote), or no
  ///   layout fits its fields.
  /// - Complexity: O(*n*) for *n* bytes, plus the reply resolution.
  public static func read(
    _ bytes: [UInt8], format: CommentTableFormat, file: String,
    mapping: FieldMapping = FieldMapping()
  ) throws(InputError) -> [CommentThread] {
    try table(bytes, format: format, file: file, mapping: mapping).threads
  }

  /// The threads of `bytes` and their ``SourceReport``.
  public static func table(
    _ bytes: [UInt8], format: CommentTableFormat, file: String,
    mapping: FieldMapping = FieldMapping()
  ) throws(InputError) -> Table {
    try unresolvedTable(bytes, format: format, file: file, mapping: mapping).resolved()
  }

  /// The threads of `bytes` before their replies are resolved (see ``Table/resolved()``).
  static func unresolvedTable(
    _ bytes: [UInt8], format: CommentTableFormat, file: String, mapping: FieldMapping
  ) throws(InputError) -> Table {
    switch format {
    case .jsonLines:
      var reader = JSONLinesReader(file: file, mapping: mapping)
      try bytes.withUnsafeBufferPointer { (buffer) throws(InputError) in
        try reader.read(lines: buffer)
      }
      return try reader.finish()
    case .json, .csv:
      // Whole documents: made clean UTF-8 as page text is (invalid bytes repaired and
      // reported by line, Windows-1251 converted), before they are parsed.
      let decoded = TextDecoding.decodeTable(bytes, file: file)
      return format == .json
        ? try readJSON(decoded.utf8, file: file, mapping: mapping, issues: decoded.issues)
        : try readCSV(decoded.utf8, file: file, mapping: mapping, issues: decoded.issues)
    }
  }

  /// Reads a file (or "-" for standard input), compressed or not, in `format`, or in the
  /// format its name gives when `format` is `nil`, else the one its first bytes suggest.
  public static func read(
    path: String, format: CommentTableFormat? = nil, mapping: FieldMapping = FieldMapping()
  ) throws(InputError) -> [CommentThread] {
    let bytes = try InputSource.readBytes(path)
    let chosen =
      format ?? InputFormat.detect(path: path).flatMap { CommentTableFormat($0.format) }
      ?? CommentTableFormat(InputFormat.sniff(bytes))
    guard let chosen else {
      throw InputError(file: path, message: "not a comment table (JSON Lines, JSON or CSV)")
    }
    return try read(bytes, format: chosen, file: path, mapping: mapping)
  }

  /// Reads JSON Lines from `reader` piece by piece (a dump is never held whole) into two
  /// buffers in turn: while one piece's complete lines are scanned, the next piece is read
  /// (and decompressed) into the other on another thread, after the unfinished last line
  /// carried over from the first.
  /// `pieceSize` is for tests that cross many piece boundaries in a small file.
  static func readJSONLines(
    _ reader: DecompressingReader, mapping: FieldMapping, pieceSize: Int = 1 << 23
  ) throws(InputError) -> (table: Table, error: InputError?) {
    var lines = JSONLinesReader(file: reader.file, mapping: mapping)
    var failure: InputError?
    // Pieces of 8 MB, or the file's size when it is smaller (a corpus of many small files
    // should not zero 16 MB for each).
    let piece = max(1 << 12, min(pieceSize, (reader.sizeHint ?? pieceSize) + 1))
    var current = PieceBuffer(size: piece)
    var next = PieceBuffer(size: piece)
    nonisolated(unsafe) let shared = reader
    failure = current.fill(from: reader)
    while true {
      let complete: Int
      if current.atEnd {
        complete = current.filled
      } else if let last = current.lastLineEnd() {
        complete = last + 1
      } else {
        // No line end in the whole buffer: a very long line; read on into a bigger buffer.
        current.grow()
        failure = failure ?? current.fill(from: reader)
        continue
      }
      // The carry goes to the front of the other buffer, the next piece after it, while this
      // piece is scanned.
      next.take(carry: current, from: complete)
      let group = DispatchGroup()
      nonisolated(unsafe) var readFailure: InputError?
      nonisolated(unsafe) var nextBox = next
      next = PieceBuffer(size: 0)  // the box holds the only reference: no copy on write
      if !current.atEnd {
        DispatchQueue.global().async(group: group) { readFailure = nextBox.fill(from: shared) }
      }
      let scanned = Result { () throws(InputError) in
        try current.bytes.withUnsafeBufferPointer { (all) throws(InputError) in
          try lines.read(lines: UnsafeBufferPointer(rebasing: all[..<complete]))
        }
      }
      group.wait()
      next = nextBox
      try scanned.get()
      if current.atEnd { break }
      failure = failure ?? readFailure
      swap(&current, &next)
    }
    // A read or decompression error after some records keeps those and reports the error;
    // before any, it is the file's error.
    let table: Table
    do throws(InputError) {
      table = try lines.finish()
    } catch {
      throw failure ?? error
    }
    if let failure, table.source.comments == 0 { throw failure }
    return (table, failure)
  }

  /// One of the two buffers ``readJSONLines(_:mapping:)`` reads into.
  private struct PieceBuffer {
    var bytes: [UInt8]
    var filled = 0
    var atEnd = false

    init(size: Int) { bytes = [UInt8](repeating: 0, count: size) }

    /// Reads until the buffer is full or the input ends; a read error ends the input too
    /// (what was read before it stays) and is returned.
    mutating func fill(from reader: DecompressingReader) -> InputError? {
      while filled < bytes.count && !atEnd {
        let start = filled
        do throws(InputError) {
          let n = try bytes.withUnsafeMutableBufferPointer { (out) throws(InputError) in
            try reader.read(into: UnsafeMutableBufferPointer(rebasing: out[start...]))
          }
          filled += n
          if n == 0 { atEnd = true }
        } catch {
          atEnd = true
          return error
        }
      }
      return nil
    }

    func lastLineEnd() -> Int? { bytes[..<filled].lastIndex(of: 0x0A) }

    mutating func grow() { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }

    /// Starts anew with `other`'s bytes from `start` (its unfinished line) at the front.
    mutating func take(carry other: PieceBuffer, from start: Int) {
      let carry = other.filled - start
      if bytes.count < max(other.bytes.count, carry * 2) {
        bytes = [UInt8](repeating: 0, count: max(other.bytes.count, carry * 2))
      }
      bytes.withUnsafeMutableBufferPointer { out in
        other.bytes.withUnsafeBufferPointer { input in
          _ = UnsafeMutableBufferPointer(rebasing: out[0..<carry])
            .initialize(from: input[start..<other.filled])
        }
      }
      filled = carry
      atEnd = other.atEnd
    }
  }

  // MARK: - JSON

  /// The members of a JSON object whose array holds the records: `comments` (replynet,
  /// youtube-comment-downloader's `--format json`), `hits` (Algolia's Hacker News search),
  /// and the usual names of API envelopes.
  static let recordArrayNames: Set<String> = ["comments", "hits", "items", "data", "results"]

  private static func readJSON(
    _ bytes: [UInt8], file: String, mapping: FieldMapping, issues: [IntegrityReport.Issue]
  ) throws(InputError) -> Table {
    var builder = ThreadBuilder(file: file)
    for issue in issues { builder.addFileIssue(issue) }
    var decoder: CommentRecordDecoder?
    var scanner: JSONRecordScanner?
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var parser = JSONParser(bytes[start...], firstLine: 1)
    let shape =
      "expected an array of comments or an object with a \"comments\" (or \"hits\", "
      + "\"items\", \"data\", \"results\") array"

    func element(_ value: JSONValue, _ range: Range<Int>, _ line: Int) throws(InputError) {
      guard case .object = value else {
        builder.addUnreadable(line: line, message: "record is \(value.kindName), not an object")
        return
      }
      if decoder == nil {
        guard
          let layout = TableLayout.recognise(
            keys: JSONLinesReader.keys(of: value), value: { JSONLinesReader.text(value, $0) },
            mapping: mapping)
        else {
          throw unrecognised(file: file, line: line, fields: value.memberNames, mapping: mapping)
        }
        decoder = CommentRecordDecoder(layout: layout)
        scanner = JSONRecordScanner(plan: decoder!.plan)
        builder.threadsFromRoots = layout.kind == .hackerNews && !layout.isMapped(.thread)
      }
      bytes.withUnsafeBufferPointer { buffer in
        // Valid JSON already: the scan cannot fail.
        _ = try? scanner!.scanRecord(buffer, from: range.lowerBound, to: range.upperBound)
        scanner!.slots.withUnsafeBufferPointer { slots in
          let fields = JSONRecordFields(bytes: buffer, slots: slots)
          switch decoder!.decode(fields, line: line) {
          case .success(let decoded): builder.add(decoded)
          case .failure(let error):
            builder.addUnreadable(
              line: line, message: error.message, thread: decoder!.threadHint(fields))
          }
        }
      }
    }

    var readingFailure: InputError?
    do throws(JSONParser.SyntaxError) {
      let each: (JSONValue, Range<Int>, Int) -> Void = { value, range, line in
        guard readingFailure == nil else { return }
        do throws(InputError) { try element(value, range, line) } catch { readingFailure = error }
      }
      switch parser.peek() {
      case nil:
        break  // an empty file holds no comments
      case UInt8(ascii: "[")?:
        try parser.parseArrayElements(each)
      case UInt8(ascii: "{")?:
        let objectLine = parser.line
        try parser.expect(UInt8(ascii: "{"), "'{'")
        var found = false
        if parser.peek() == UInt8(ascii: "}") {
          try parser.expect(UInt8(ascii: "}"), "'}'")
        } else {
          members: while true {
            guard parser.peek() == UInt8(ascii: "\"") else {
              throw parser.error("expected a member name")
            }
            let key = try parser.parseString()
            try parser.expect(UInt8(ascii: ":"), "':'")
            if Self.recordArrayNames.contains(key) && !found
              && (key != "comments" ? parser.peek() == UInt8(ascii: "[") : true)
            {
              guard parser.peek() == UInt8(ascii: "[") else {
                var e = parser.error("\"comments\" is not an array")
                e.isSyntax = false
                throw e
              }
              found = true
              try parser.parseArrayElements(each)
            } else {
              _ = try parser.parseValue()
            }
            switch parser.peek() {
            case UInt8(ascii: ",")?: try parser.expect(UInt8(ascii: ","), "','")
            case UInt8(ascii: "}")?:
              try parser.expect(UInt8(ascii: "}"), "'}'")
              break members
            default: throw parser.error("expected ',' or '}'")
            }
          }
        }
        guard found else {
          throw JSONParser.SyntaxError(line: objectLine, message: shape, isSyntax: false)
        }
      default:
        let valueLine = parser.line
        _ = try parser.parseValue()  // report a syntax error first, if there is one
        throw JSONParser.SyntaxError(line: valueLine, message: shape, isSyntax: false)
      }
      guard parser.atEnd() else { throw parser.error("unexpected data after the JSON value") }
    } catch {
      if let readingFailure { throw readingFailure }
      let kind = error.isSyntax ? "not JSON" : "not a comment table"
      throw InputError(file: file, line: error.line, message: "\(kind): \(error.message)")
    }
    if let readingFailure { throw readingFailure }
    return finish(
      &builder, layout: decoder?.layout, decoder: decoder,
      unread: scanner?.unread ?? UnreadFieldCounter(), file: file)
  }

  // MARK: - CSV

  private static func readCSV(
    _ bytes: [UInt8], file: String, mapping: FieldMapping, issues: [IntegrityReport.Issue]
  ) throws(InputError) -> Table {
    var builder = ThreadBuilder(file: file)
    for issue in issues { builder.addFileIssue(issue) }
    var parser = CSVParser(bytes)
    var decoder: CommentRecordDecoder?
    var unread = UnreadFieldCounter()
    do throws(CSVParser.SyntaxError) {
      guard let header = try parser.next() else {
        return finish(&builder, layout: nil, decoder: nil, unread: unread, file: file)
      }
      let names = header.fields.map { ($0 ?? "").trimmingSpaces() }
      var columnOfName: [String: Int] = [:]
      for (i, name) in names.enumerated() where columnOfName[name.asciiLowercased] == nil {
        columnOfName[name.asciiLowercased] = i
      }
      // The first record tells some layouts apart (a Hacker News item's type): read it first.
      var firstRecord = try parser.next()
      while let r = firstRecord, r.fields.count == 1, r.fields[0] == "" {
        firstRecord = try parser.next()
      }
      let firstValue = { (key: String) -> String? in
        guard let c = columnOfName[key], let r = firstRecord, c < r.fields.count else { return nil }
        return r.fields[c]
      }
      guard
        let layout = TableLayout.recognise(
          keys: Set(columnOfName.keys), value: firstValue, mapping: mapping)
      else {
        throw CSVParser.SyntaxError(
          line: header.line,
          message: unrecognised(file: file, line: header.line, fields: names, mapping: mapping)
            .message)
      }
      let chosen = CommentRecordDecoder(layout: layout)
      decoder = chosen
      builder.threadsFromRoots = layout.kind == .hackerNews && !layout.isMapped(.thread)
      let columnOfSlot = chosen.plan.paths.map { columnOfName[$0.description] ?? -1 }
      let readColumns = Set(columnOfSlot.filter { $0 >= 0 })
      let unreadColumns = names.indices.filter { !readColumns.contains($0) && !names[$0].isEmpty }
      let counters = unreadColumns.map { unread.index(of: names[$0]) }
      // replynet's own tables neutralise formula prefixes (CSVCell): undone here.
      let ownTable = layout.kind == .replynet
      var pending = firstRecord
      while true {
        let next: CSVParser.Record?
        if let first = pending {
          next = first
          pending = nil
        } else {
          next = try parser.next()
        }
        guard let record = next else { break }
        if record.fields.count == 1, record.fields[0] == "" { continue }  // blank line
        let cells = ownTable ? record.fields.map { $0.map(CSVCell.reading) } : record.fields
        let fields = CSVRecordFields(cells: cells, columnOfSlot: columnOfSlot)
        guard record.fields.count == header.fields.count else {
          builder.addUnreadable(
            line: record.line,
            message: "record has \(record.fields.count) fields, the header has "
              + "\(header.fields.count)",
            thread: chosen.threadHint(fields))
          continue
        }
        if record.fields.contains(where: { $0 == nil }) {
          builder.addUnreadable(line: record.line, message: "record is not valid UTF-8")
          continue
        }
        for counter in counters { unread.count(counter) }
        switch chosen.decode(fields, line: record.line) {
        case .success(let decoded): builder.add(decoded)
        case .failure(let error):
          builder.addUnreadable(
            line: record.line, message: error.message, thread: chosen.threadHint(fields))
        }
      }
    } catch {
      let prefix = error.message.hasPrefix("not a comment table") ? "" : "not CSV: "
      throw InputError(file: file, line: error.line, message: prefix + error.message)
    }
    return finish(&builder, layout: decoder?.layout, decoder: decoder, unread: unread, file: file)
  }

  // MARK: - The file as a whole

  /// The error for a table whose first record fits no layout: its fields, and how to map them.
  static func unrecognised(
    file: String, line: Int, fields: [String], mapping: FieldMapping
  ) -> InputError {
    let shown = fields.prefix(12).joined(separator: ", ") + (fields.count > 12 ? ", …" : "")
    return InputError(
      file: file, line: line,
      message:
        "not a comment table: no known layout has the fields \(shown); name the id field "
        + "with --field id=NAME (and reply_to, author, text, … the same way)")
  }

  /// The file's threads, not yet resolved, and its source report.
  static func finish(
    _ builder: inout ThreadBuilder, layout: TableLayout?, decoder: CommentRecordDecoder?,
    unread: UnreadFieldCounter, file: String
  ) -> Table {
    let named = builder.namedThreads
    let threads = builder.finish(resolve: false)
    let rootless = builder.takeRootless()
    let unreadFields = unread.fields
    let comments = threads.reduce(0) { $0 + $1.comments.count } + rootless.count
    let source = SourceReport(
      file: file, layout: layout?.name ?? "comment table", comments: comments,
      unreadFields: unreadFields.map {
        SourceReport.UnreadField(name: $0.name, records: $0.records)
      })
    let roots = ThreadBuilder.roots(of: rootless.map(\.comment))
    let checks = TableChecks.Pending(
      decoder: decoder, unread: unreadFields, file: file,
      threadIDs: Set(threads.map(\.id)).union(roots))
    return Table(
      threads: threads, source: source, namedThreads: named.union(roots), pendingChecks: checks,
      rootless: rootless)
  }
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    var s = self[...]
    while let c = s.first, c.isWhitespace { s = s.dropFirst() }
    while let c = s.last, c.isWhitespace { s = s.dropLast() }
    return String(s)
  }
}
