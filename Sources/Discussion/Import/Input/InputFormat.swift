/// The formats `replynet` reads, recognised from a file's name (each optionally `.gz`) or,
/// for standard input, from its first bytes.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
  /// A plain-text copy of a comment page (`.txt`).
  case pageText
  /// A comment table as JSON Lines, one object per line (`.jsonl`, `.ndjson`).
  case jsonLines
  /// A comment table as one JSON array, or an object with a `comments` array (`.json`).
  case json
  /// A comment table as RFC 4180 CSV with a header row (`.csv`).
  case csv

  /// The format a path's extension names, and whether it ends in a compression suffix
  /// (`.gz`, `.zst`; see ``Compression``); `nil` for any other extension. Case-insensitive:
  /// `THREAD.JSONL.GZ` is compressed JSON Lines; `.tsv` is CSV (the separator is recognised
  /// from the header row).
  public static func detect(path: String) -> (format: InputFormat, compressed: Bool)? {
    switch classify(path: path) {
    case .format(let format, let compressed): (format, compressed)
    default: nil
    }
  }

  /// What a file's name says about it.
  public enum NameClass: Sendable, Hashable {
    /// An extension replynet reads.
    case format(InputFormat, compressed: Bool)
    /// Compressed, with no known extension inside (`RC_2022-02.zst`): read by its content.
    case compressedUnknown
    /// No extension at all (`RC_2022-02`, `README`): read by its content when it looks like
    /// JSON, else skipped.
    case noExtension
    /// Another extension (`.pdf`, `.md`): skipped in directories.
    case unknown(extension: String)
  }

  /// What `path`'s name says (see ``NameClass``).
  public static func classify(path: String) -> NameClass {
    let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
    var lower = name.lowercased()
    var compressed = false
    for (suffix, _) in Compression.suffixes where lower.hasSuffix(suffix) {
      compressed = true
      lower.removeLast(suffix.count)
      break
    }
    guard let dot = lower.lastIndex(of: "."), dot != lower.startIndex else {
      return compressed ? .compressedUnknown : .noExtension
    }
    let ext = String(lower[lower.index(after: dot)...])
    switch ext {
    case "txt": return .format(.pageText, compressed: compressed)
    case "jsonl", "ndjson": return .format(.jsonLines, compressed: compressed)
    case "json": return .format(.json, compressed: compressed)
    case "csv", "tsv": return .format(.csv, compressed: compressed)
    default: return compressed ? .compressedUnknown : .unknown(extension: "." + ext)
    }
  }

  /// Guesses the format of (already decompressed) bytes without a telling name: standard
  /// input, a file without an extension, a `.json` file that may hold JSON Lines. Give it the
  /// input's first two lines at least (``DecompressingReader/peekLines(_:limit:)``).
  ///
  /// `[` starts JSON; `{` starts JSON Lines when the first line holds one complete object,
  /// unless that object is alone and an envelope whose `comments`, `hits`, … member holds the
  /// records (a search API's answer), and JSON otherwise; a first line of two or more field
  /// names (letters, digits, `_`, `-`, `.`; comma-, semicolon- or tab-separated, quoted or not)
  /// is a CSV header; anything else is page text.
  /// - Complexity: O(length of the first two lines).
  public static func sniff(_ bytes: [UInt8]) -> InputFormat {
    var i = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    while i < bytes.count,
      bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A
        || bytes[i] == 0x0D
    {
      i += 1
    }
    guard i < bytes.count else { return .pageText }
    let lineEnd = bytes[i...].firstIndex(of: 0x0A) ?? bytes.count
    switch bytes[i] {
    case UInt8(ascii: "["):
      return .json
    case UInt8(ascii: "{"):
      var parser = JSONParser(bytes[i..<lineEnd], firstLine: 1)
      guard case .object(let members)? = try? parser.parseDocument() else { return .json }
      let envelope = members.contains { member in
        guard case .array = member.value else { return false }
        return CommentTableReader.recordArrayNames.contains(member.key)
      }
      guard envelope else { return .jsonLines }
      // An envelope is one JSON document unless another record follows on the next line.
      let next = bytes[min(lineEnd + 1, bytes.count)...].first { b in
        b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D
      }
      return next == UInt8(ascii: "{") ? .jsonLines : .json
    default:
      return isCSVHeader(bytes[i..<lineEnd]) ? .csv : .pageText
    }
  }

  /// Whether a line is a CSV header: two or more field names, separated by the separator the
  /// line uses most (``CSVParser/separator(of:)``).
  static func isCSVHeader(_ line: ArraySlice<UInt8>) -> Bool {
    let separator = CSVParser.separator(of: line)
    let names = line.split(separator: separator, omittingEmptySubsequences: false)
    guard names.count >= 2 else { return false }
    return names.allSatisfy { raw in
      var name = raw[...]
      while let b = name.first, b == 0x20 || b == UInt8(ascii: "\"") || b == 0x0D {
        name = name.dropFirst()
      }
      while let b = name.last, b == 0x20 || b == UInt8(ascii: "\"") || b == 0x0D {
        name = name.dropLast()
      }
      guard let first = name.first, !(first >= 48 && first <= 57) else { return false }
      return name.allSatisfy { b in
        (b >= 48 && b <= 57) || (b | 0x20 >= 97 && b | 0x20 <= 122) || b == UInt8(ascii: "_")
          || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
      }
    }
  }
}
