/// A field of a table record named by its path: `reply_to`, or `user.name` for the member
/// `name` of the object `user`. Compared without regard to ASCII case, as every record field
/// is. In CSV, whose cells are flat, a path matches the column named by the whole path.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
  /// The lower-case components (`["user", "name"]`).
  public let components: [String]

  /// Parses `user.name`; `nil` for an empty path or one with an empty component.
  public init?(_ text: some StringProtocol) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
    components = parts.map { String($0).asciiLowercased }
  }

  init(components: [String]) { self.components = components.map(\.asciiLowercased) }

  /// The dotted form, as a CSV column names it and messages show it.
  public var description: String { components.joined(separator: ".") }
}

extension String {
  /// The string with ASCII letters in lower case, other characters as they are (record keys
  /// are matched this way; full Unicode case folding is not wanted for field names).
  var asciiLowercased: String {
    guard utf8.contains(where: { $0 >= 65 && $0 <= 90 }) else { return self }
    return String(decoding: utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self)
  }
}
