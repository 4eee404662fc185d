import Foundation

/// Reads a JSON Lines comment table as it streams in, one piece of bytes at a time, so that
/// a dump of many gigabytes is never held whole: the layout is recognised from the first
/// record, and each piece's lines are scanned on all cores (split at line ends; each part's
/// records are added in file order, so the result does not depend on scheduling). A piece's
/// records go into their threads on one core while the next piece is scanned on the others.
///
/// A line that is not JSON, or not an object, or whose fields have the wrong types, is an
/// ``IntegrityReport/IssueKind/unreadableRecord`` finding with its line; a line with invalid
/// UTF-8 is read with U+FFFD in place of the bad bytes and an
/// ``IntegrityReport/IssueKind/encoding`` finding.
/// - Complexity: O(*n*) for *n* bytes (see ``JSONRecordScanner``), plus the threads' reply
///   resolution.
struct JSONLinesReader {
  let file: String
  let mapping: FieldMapping
  private(set) var layout: TableLayout?
  private var decoder: CommentRecordDecoder?
  /// The scanner each part starts from (its key cache warm from the last part).
  private var scanner: JSONRecordScanner?
  private let sink: RecordSink
  /// The last piece's parts, scanned and not yet in their threads.
  private var pending: [ScannedPart] = []
  private var nextLine = 1
  private var anyJSON = false
  private var sawBOMCheck = false

  /// Bytes scanned per part when a piece is split across cores.
  private static let partSize = 1 << 20

  init(file: String, mapping: FieldMapping) {
    self.file = file
    self.mapping = mapping
    sink = RecordSink(file: file)
  }

  /// Reads complete lines (the last one may lack its line end only at the end of the file).
  mutating func read(lines: UnsafeBufferPointer<UInt8>) throws(InputError) {
    var lines = lines
    if !sawBOMCheck {
      sawBOMCheck = true
      if lines.count >= 3, lines[0] == 0xEF, lines[1] == 0xBB, lines[2] == 0xBF {
        lines = UnsafeBufferPointer(rebasing: lines[3...])
      }
    }
    try readLines(lines)
  }

  /// The threads and what the file was read as.
  mutating func finish() throws(InputError) -> CommentTableReader.Table {
    sink.add(pending)
    pending = []
    if !anyJSON, let firstError = sink.firstError {
      throw InputError(
        file: file, line: firstError.line, message: "not JSON Lines: \(firstError.message)")
    }
    return CommentTableReader.finish(
      &sink.builder, layout: layout, decoder: decoder, unread: sink.unread, file: file)
  }

  // MARK: - Lines

  /// Reads every line of `buffer` (which ends at a line end, or at the end of the file).
  private mutating func readLines(_ buffer: UnsafeBufferPointer<UInt8>) throws(InputError) {
    let lineCount = Self.lineCount(buffer)
    defer { nextLine += lineCount }
    var from = 0
    var line = nextLine
    if decoder == nil {
      // Lines before the first object: unreadable, or blank.
      (from, line) = try recogniseLayout(buffer)
      guard decoder != nil else { return }
    }
    let parts = Self.parts(buffer, from: from, firstLine: line)
    let decoder = self.decoder!
    var template = scanner!
    template.unread.resetCounts()
    // Task 0 puts the last piece's records into their threads (the one part of reading that
    // runs on one core) while the other tasks scan this piece's parts.
    nonisolated(unsafe) let shared = buffer
    let start = template
    let previous = pending
    let sink = self.sink
    let results = concurrentMap(count: parts.count + 1) { k -> ScannedPart? in
      guard k > 0 else {
        sink.add(previous)
        return nil
      }
      var part = start
      let outcomes = Self.scan(shared, parts[k - 1], scanner: &part, decoder: decoder)
      return ScannedPart(outcomes: outcomes, scanner: part)
    }
    pending = results.compactMap { $0 }
    scanner = pending.last!.scanner
  }

  /// The layout, from the first line that is a JSON object; lines before it are findings.
  /// Returns where scanning goes on.
  private mutating func recogniseLayout(
    _ buffer: UnsafeBufferPointer<UInt8>
  ) throws(InputError) -> (from: Int, line: Int) {
    var start = 0
    var line = nextLine
    while start < buffer.count {
      let end = Self.lineEnd(buffer, from: start)
      defer {
        start = end + 1
        line += 1
      }
      let slice = Array(buffer[start..<end])
      guard !Self.isBlank(slice[...]) else { continue }
      let repaired = Self.repairedUTF8(slice)
      var parser = JSONParser(repaired.bytes[...], firstLine: line)
      let value: JSONValue
      do {
        value = try parser.parseDocument()
      } catch {
        if sink.firstError == nil { sink.firstError = (error.line, error.message) }
        sink.builder.addUnreadable(line: line, message: "not JSON: \(error.message)")
        continue
      }
      anyJSON = true
      guard case .object = value else {
        sink.builder.addUnreadable(
          line: line, message: "record is \(value.kindName), not an object")
        continue
      }
      let keys = Self.keys(of: value)
      guard
        let layout = TableLayout.recognise(
          keys: keys, value: { Self.text(value, $0) }, mapping: mapping)
      else {
        throw CommentTableReader.unrecognised(
          file: file, line: line, fields: value.memberNames, mapping: mapping)
      }
      self.layout = layout
      let decoder = CommentRecordDecoder(layout: layout)
      self.decoder = decoder
      sink.builder.threadsFromRoots = layout.kind == .hackerNews && !layout.isMapped(.thread)
      scanner = JSONRecordScanner(plan: decoder.plan)
      return (start, line)
    }
    return (buffer.count, line)
  }

  // MARK: - Scanning a part

  /// What a line gave that is not a record.
  enum LineFinding {
    case unreadable(line: Int, message: String, thread: String?)
    case repaired(line: Int)
  }

  struct Part {
    var range: Range<Int>
    var firstLine: Int
    var lineCount: Int
  }

  /// A part's outcomes, and the scanner that read it (its unread fields, its key cache).
  struct ScannedPart {
    var outcomes: PartOutcomes
    var scanner: JSONRecordScanner
  }

  /// A part's records, and its findings with the number of records read before each.
  struct PartOutcomes {
    var records: MovableRecords
    var findings: [(before: Int, finding: LineFinding)] = []

    init(capacity: Int) { records = MovableRecords(expected: capacity) }

    /// The thread of the last record, whose string the records after it in the same thread
    /// share: one string for a run of records, freed where it was made, and a hot cache line
    /// for the lookup that puts them in their thread.
    private var lastThread: String?

    mutating func add(_ finding: LineFinding) { findings.append((records.count, finding)) }

    mutating func add(_ record: CommentRecordDecoder.Decoded) {
      var record = record
      if let thread = record.thread, thread == lastThread {
        record.thread = lastThread
      } else {
        lastThread = record.thread
      }
      records.append(record)
    }
  }

  /// The lines from `from` split into parts of about ``partSize`` bytes at line ends.
  private static func parts(
    _ buffer: UnsafeBufferPointer<UInt8>, from: Int, firstLine: Int
  ) -> [Part] {
    var parts: [Part] = []
    var start = from
    var line = firstLine
    while start < buffer.count {
      var end = min(buffer.count, start + partSize)
      if end < buffer.count { end = lineEnd(buffer, from: end) + 1 }
      end = min(end, buffer.count)
      let count = lineCount(UnsafeBufferPointer(rebasing: buffer[start..<end]))
      parts.append(Part(range: start..<end, firstLine: line, lineCount: count))
      line += count
      start = end
    }
    return parts.isEmpty ? [Part(range: from..<from, firstLine: firstLine, lineCount: 0)] : parts
  }

  private static func scan(
    _ buffer: UnsafeBufferPointer<UInt8>, _ part: Part, scanner: inout JSONRecordScanner,
    decoder: CommentRecordDecoder
  ) -> PartOutcomes {
    var outcomes = PartOutcomes(capacity: part.lineCount)
    let region = UnsafeBufferPointer(rebasing: buffer[part.range])
    let clean = TextDecoding.isCleanUTF8(region)
    var start = part.range.lowerBound
    var line = part.firstLine
    while start < part.range.upperBound {
      let end = min(lineEnd(buffer, from: start), part.range.upperBound)
      defer {
        start = end + 1
        line += 1
      }
      if isBlank(buffer[start..<end]) { continue }
      if clean || TextDecoding.isCleanUTF8(UnsafeBufferPointer(rebasing: buffer[start..<end])) {
        record(
          buffer, start..<end, line: line, scanner: &scanner, decoder: decoder, into: &outcomes)
      } else {
        let repaired = repairedUTF8(Array(buffer[start..<end]))
        if repaired.changed { outcomes.add(.repaired(line: line)) }
        repaired.bytes.withUnsafeBufferPointer { bytes in
          record(
            bytes, 0..<bytes.count, line: line, scanner: &scanner, decoder: decoder,
            into: &outcomes)
        }
      }
    }
    return outcomes
  }

  private static func record(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int,
    scanner: inout JSONRecordScanner, decoder: CommentRecordDecoder,
    into outcomes: inout PartOutcomes
  ) {
    do {
      let (isObject, kind) = try scanner.scanRecord(
        bytes, from: range.lowerBound, to: range.upperBound)
      guard isObject else {
        outcomes.add(
          .unreadable(line: line, message: "record is \(kind), not an object", thread: nil))
        return
      }
    } catch {
      outcomes.add(.unreadable(line: line, message: "not JSON: \(error.message)", thread: nil))
      return
    }
    scanner.slots.withUnsafeBufferPointer { slots in
      let fields = JSONRecordFields(bytes: bytes, slots: slots)
      switch decoder.decode(fields, line: line) {
      case .success(let decoded): outcomes.add(decoded)
      case .failure(let error):
        outcomes.add(
          .unreadable(line: line, message: error.message, thread: decoder.threadHint(fields)))
      }
    }
  }

  // MARK: - Bytes

  static func lineEnd(_ buffer: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
    guard i < buffer.count, let base = buffer.baseAddress else { return buffer.count }
    guard let found = memchr(base + i, 0x0A, buffer.count - i) else { return buffer.count }
    return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
  }

  /// Lines in `buffer`: its line ends, plus one for an unfinished last line.
  static func lineCount(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var i = 0
    while i < buffer.count {
      let end = lineEnd(buffer, from: i)
      count += 1
      i = end + 1
    }
    return count
  }

  static func isBlank(_ bytes: some Collection<UInt8>) -> Bool {
    bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  }

  /// The bytes with invalid UTF-8 replaced by U+FFFD, and whether any was.
  static func repairedUTF8(_ bytes: [UInt8]) -> (bytes: [UInt8], changed: Bool) {
    if bytes.withUnsafeBufferPointer({ TextDecoding.isCleanUTF8($0) }) { return (bytes, false) }
    let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
    return (repaired, repaired != bytes)
  }

  /// The text of a record's member `key` (a string or a number), for recognising a layout.
  static func text(_ value: JSONValue, _ key: String) -> String? {
    guard case .object(let members) = value else { return nil }
    switch members.last(where: { $0.key.asciiLowercased == key })?.value {
    case .string(let s)?: return s
    case .number(let n)?: return n
    default: return nil
    }
  }

  /// A record's keys in lower case, and one level of its objects' members (`meta.likes`).
  static func keys(of value: JSONValue) -> Set<String> {
    guard case .object(let members) = value else { return [] }
    var keys: Set<String> = []
    for member in members {
      let key = member.key.asciiLowercased
      keys.insert(key)
      if case .object(let inner) = member.value {
        for m in inner { keys.insert(key + "." + m.key.asciiLowercased) }
      }
    }
    return keys
  }
}

extension JSONValue {
  /// The member names of an object, in order, for messages.
  var memberNames: [String] {
    guard case .object(let members) = self else { return [] }
    return members.map(\.key)
  }
}

/// Decoded records written once and then moved out one by one, in order: a record copied out
/// of an array retains each of its strings, and the array's end releases them again, which
/// was most of the time that reading spends on one core.
final class MovableRecords: @unchecked Sendable {
  typealias Record = CommentRecordDecoder.Decoded
  private var base: UnsafeMutablePointer<Record>
  private var capacity: Int
  /// Records appended.
  private(set) var count = 0
  private var taken = 0

  /// Room for `expected` records at first (at most 4,096: a part of blank lines holds none,
  /// and the buffer grows as records come).
  init(expected: Int) {
    capacity = max(1, min(expected, 4_096))
    base = .allocate(capacity: capacity)
  }

  /// Adds a record, moving the records so far into a buffer twice as large when full.
  func append(_ record: Record) {
    precondition(taken == 0, "records are appended before any is taken")
    if count == capacity {
      let larger = UnsafeMutablePointer<Record>.allocate(capacity: capacity * 2)
      larger.moveInitialize(from: base, count: count)
      base.deallocate()
      base = larger
      capacity *= 2
    }
    (base + count).initialize(to: record)
    count += 1
  }

  /// The next record not yet taken, moved out.
  func take() -> Record {
    precondition(taken < count, "no record left")
    defer { taken += 1 }
    return (base + taken).move()
  }

  deinit {
    (base + taken).deinitialize(count: count - taken)
    base.deallocate()
  }
}

/// Where a JSON Lines file's scanned parts go, in file order: records into their threads,
/// findings into the integrity report. A class so that it fills on one core while the reader
/// scans the next piece on the others; one task at a time touches it.
final class RecordSink: @unchecked Sendable {
  let file: String
  var builder: ThreadBuilder
  var unread = UnreadFieldCounter()
  var firstError: (line: Int, message: String)?

  init(file: String) {
    self.file = file
    builder = ThreadBuilder(file: file)
  }

  /// Adds the parts' records and findings in order, moving each record into its thread.
  func add(_ parts: [JSONLinesReader.ScannedPart]) {
    for part in parts {
      unread.merge(part.scanner.unread)
      let outcomes = part.outcomes
      var next = 0
      for k in 0..<outcomes.records.count {
        while next < outcomes.findings.count, outcomes.findings[next].before == k {
          add(outcomes.findings[next].finding)
          next += 1
        }
        builder.add(outcomes.records.take())
      }
      for finding in outcomes.findings[next...] { add(finding.finding) }
    }
  }

  private func add(_ finding: JSONLinesReader.LineFinding) {
    switch finding {
    case .unreadable(let line, let message, let thread):
      if firstError == nil { firstError = (line, message) }
      builder.addUnreadable(line: line, message: message, thread: thread)
    case .repaired(let line):
      builder.addFileIssue(
        IntegrityReport.Issue(
          kind: .encoding, file: file, line: line,
          message: "invalid UTF-8 bytes replaced with U+FFFD"))
    }
  }
}
