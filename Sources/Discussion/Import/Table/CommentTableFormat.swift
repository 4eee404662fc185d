/// The serialisations of the generic comment table, one record per comment with the fields
/// `id, thread, reply_to, author, time, likes, dislikes, removed, text` and the optional
/// `reply_to_name` and `author_recovered`.
public enum CommentTableFormat: String, Sendable, Hashable, CaseIterable {
  /// One JSON object per line (`.jsonl`, `.ndjson`).
  case jsonLines
  /// A JSON array of the same objects, or an object with a `comments` array (`.json`).
  case json
  /// RFC 4180 CSV with a header row (`.csv`).
  case csv

  /// The table format of an input format, or `nil` for page text.
  public init?(_ input: InputFormat) {
    switch input {
    case .jsonLines: self = .jsonLines
    case .json: self = .json
    case .csv: self = .csv
    case .pageText: return nil
    }
  }

  /// The usual file extension, without the dot.
  public var fileExtension: String {
    switch self {
    case .jsonLines: "jsonl"
    case .json: "json"
    case .csv: "csv"
    }
  }
}
