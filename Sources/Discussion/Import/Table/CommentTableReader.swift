/// Reads a generic comment table (JSON Lines, JSON or CSV; see ``CommentRecordDecoder`` for
/// the fields) into comment threads.
///
/// Records are grouped into threads by their `thread` field (threads in order of first
/// appearance, comments in source order); a record without one belongs to a thread named
/// after the file (its name without directories and extensions). Replies are resolved after
/// all records are read, so parents may come after their replies, by
/// ``ReplyResolution/resolve(_:file:)``, the same rules as for page text. Table records carry
/// no back-references.
///
/// A record that cannot be read (not JSON, wrong field types, no id, wrong number of CSV
/// fields) is not dropped silently: it becomes an ``IntegrityReport/IssueKind/unreadableRecord``
/// finding with its file and line, in the thread the record names, else the thread of the
/// record before it, else the first thread; a file with no thread at all then gets an empty
/// thread named after the file to hold the findings.
public enum CommentTableReader {
  /// Reads `bytes` (already decompressed) in `format`.
  /// - Parameter file: the name findings and errors use ("-" for standard input).
  /// - Throws: ``InputError`` when the file is not the format at all: a JSON file that does
  ///   not parse, JSON Lines of which no line is JSON, CSV with an unterminated quote or
  ///   without an `id` column.
  /// - Complexity: O(*n*) for *n* bytes, plus the reply resolution.
  public static func read(
    _ bytes: [UInt8], format: CommentTableFormat, file: String
  ) throws(InputError) -> [CommentThread] {
    var builder = ThreadBuilder(file: file)
    switch format {
    case .jsonLines: try readJSONLines(bytes, file: file, into: &builder)
    case .json: try readJSON(bytes, file: file, into: &builder)
    case .csv: try readCSV(bytes, file: file, into: &builder)
    }
    return builder.finish()
  }

  /// Reads a file (or "-" for standard input), gzip-compressed or not, in `format`, or in the
  /// format its name gives when `format` is `nil`.
  public static func read(
    path: String, format: CommentTableFormat? = nil
  ) throws(InputError) -> [CommentThread] {
    let bytes = try InputSource.readBytes(path)
    let chosen =
      format ?? InputFormat.detect(path: path).flatMap { CommentTableFormat($0.format) }
      ?? CommentTableFormat(InputFormat.sniff(bytes))
    guard let chosen else {
      throw InputError(file: path, message: "not a comment table (JSON Lines, JSON or CSV)")
    }
    return try read(bytes, format: chosen, file: path)
  }

  // MARK: - JSON Lines

  private static func readJSONLines(
    _ bytes: [UInt8], file: String, into builder: inout ThreadBuilder
  ) throws(InputError) {
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var lineNumber = 1
    var anyJSON = false
    var firstError: (line: Int, message: String)?
    while start < bytes.count {
      let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      let slice = bytes[start..<end]
      if !slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
        var parser = JSONParser(slice, firstLine: lineNumber)
        do {
          let value = try parser.parseDocument()
          anyJSON = true
          builder.add(json: value, line: lineNumber)
        } catch {
          if firstError == nil { firstError = (error.line, error.message) }
          builder.addUnreadable(line: lineNumber, message: "not JSON: \(error.message)")
        }
      }
      start = end + 1
      lineNumber += 1
    }
    if !anyJSON, let firstError {
      throw InputError(
        file: file, line: firstError.line, message: "not JSON Lines: \(firstError.message)")
    }
  }

  // MARK: - JSON

  private static func readJSON(
    _ bytes: [UInt8], file: String, into builder: inout ThreadBuilder
  ) throws(InputError) {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var parser = JSONParser(bytes[start...], firstLine: 1)
    let shape = "expected an array of comments or an object with a \"comments\" array"
    do throws(JSONParser.SyntaxError) {
      switch parser.peek() {
      case nil:
        return  // an empty file holds no comments
      case UInt8(ascii: "[")?:
        try parser.parseArray { value, line in builder.add(json: value, line: line) }
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
            if key == "comments" && !found {
              guard parser.peek() == UInt8(ascii: "[") else {
                var e = parser.error("\"comments\" is not an array")
                e.isSyntax = false
                throw e
              }
              found = true
              try parser.parseArray { value, line in builder.add(json: value, line: line) }
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
      let kind = error.isSyntax ? "not JSON" : "not a comment table"
      throw InputError(file: file, line: error.line, message: "\(kind): \(error.message)")
    }
  }

  // MARK: - CSV

  private static func readCSV(
    _ bytes: [UInt8], file: String, into builder: inout ThreadBuilder
  ) throws(InputError) {
    var parser = CSVParser(bytes)
    do throws(CSVParser.SyntaxError) {
      guard let header = try parser.next() else { return }
      var columns: [String: Int] = [:]
      for (i, name) in header.fields.enumerated() {
        guard let name else { continue }
        let key = name.trimmingSpaces().lowercased()
        if columns[key] == nil { columns[key] = i }
      }
      guard columns["id"] != nil else {
        throw CSVParser.SyntaxError(
          line: header.line, message: "not a comment table: the header has no \"id\" column")
      }
      while let record = try parser.next() {
        if record.fields.count == 1, record.fields[0] == "" { continue }  // blank line
        guard record.fields.count == header.fields.count else {
          let thread = CommentRecordDecoder.threadHint { cell(record, columns[$0]) }
          builder.addUnreadable(
            line: record.line,
            message: "record has \(record.fields.count) fields, the header has "
              + "\(header.fields.count)",
            thread: thread)
          continue
        }
        if record.fields.contains(where: { $0 == nil }) {
          builder.addUnreadable(line: record.line, message: "record is not valid UTF-8")
          continue
        }
        builder.add(line: record.line) { cell(record, columns[$0]) }
      }
    } catch {
      throw InputError(file: file, line: error.line, message: "not CSV: \(error.message)")
    }
  }

  private static func cell(_ record: CSVParser.Record, _ index: Int?) -> TableValue {
    guard let index else { return .absent }
    guard index < record.fields.count, let value = record.fields[index] else { return .absent }
    return value.isEmpty ? .null : .string(value)
  }
}

extension String {
  fileprivate func trimmingSpaces() -> Substring {
    var s = self[...]
    while let c = s.first, c.isWhitespace { s = s.dropFirst() }
    while let c = s.last, c.isWhitespace { s = s.dropLast() }
    return s
  }
}
