/// An RFC 4180 CSV reader over UTF-8 bytes: comma-separated fields, fields in double quotes
/// may hold commas, line breaks and `""` for a quote; lines end in CRLF, LF or CR; a UTF-8
/// byte order mark at the start is skipped.
///
/// Lenient where RFC 4180 is strict but the meaning is clear: a quote inside an unquoted
/// field is kept as a character, and characters after a closing quote are appended to the
/// field. An unterminated quoted field is an error naming the line where it starts.
/// - Complexity: O(*n*) for *n* bytes; one pass, each byte copied at most once.
struct CSVParser {
  struct Record {
    /// The fields, or `nil` for a field that is not valid UTF-8.
    var fields: [String?]
    /// The 1-based line where the record starts.
    var line: Int
  }

  struct SyntaxError: Error {
    var line: Int
    var message: String
  }

  private let bytes: [UInt8]
  private var position: Int
  private var line = 1
  /// The field separator: a comma, or what the header row uses instead (`;` as spreadsheets
  /// in many locales write, a tab), see ``separator(of:)``.
  let comma: UInt8

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    comma = Self.separator(of: bytes[position...])
  }

  /// The separator of the first line: a comma unless semicolons or tabs (outside quotes)
  /// outnumber its commas.
  static func separator(of bytes: ArraySlice<UInt8>) -> UInt8 {
    var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
    var quoted = false
    for b in bytes {
      if b == quote { quoted.toggle() }
      if !quoted && (b == lf || b == cr) { break }
      if !quoted, counts[b] != nil { counts[b]! += 1 }
    }
    let best = [UInt8(0x2C), 0x3B, 0x09].max { counts[$0]! < counts[$1]! }!
    return counts[best]! > counts[0x2C]! ? best : 0x2C
  }

  /// The next record, or `nil` at the end. A blank line is a record with one empty field.
  mutating func next() throws(SyntaxError) -> Record? {
    guard position < bytes.count else { return nil }
    let recordLine = line
    var fields: [String?] = []
    var field: [UInt8] = []
    while true {
      field.removeAll(keepingCapacity: true)
      if position < bytes.count, bytes[position] == quote {
        let fieldLine = line
        position += 1
        var closed = false
        while position < bytes.count {
          let b = bytes[position]
          if b == quote {
            if position + 1 < bytes.count, bytes[position + 1] == quote {
              field.append(quote)
              position += 2
              continue
            }
            position += 1
            closed = true
            break
          }
          if b == lf || (b == cr && (position + 1 == bytes.count || bytes[position + 1] != lf)) {
            line += 1
          }
          field.append(b)
          position += 1
        }
        guard closed else {
          throw SyntaxError(line: fieldLine, message: "quoted field is never closed")
        }
      }
      // Unquoted field, or what follows a closing quote, up to a separator.
      let start = position
      while position < bytes.count {
        let b = bytes[position]
        if b == comma || b == lf || b == cr { break }
        position += 1
      }
      field.append(contentsOf: bytes[start..<position])
      fields.append(String(validating: field, as: UTF8.self))
      guard position < bytes.count else { break }
      let separator = bytes[position]
      position += 1
      if separator == comma { continue }
      if separator == cr, position < bytes.count, bytes[position] == lf { position += 1 }
      line += 1
      break
    }
    return Record(fields: fields, line: recordLine)
  }
}

private let quote = UInt8(ascii: "\"")
private let lf = UInt8(ascii: "\n")
private let cr = UInt8(ascii: "\r")
