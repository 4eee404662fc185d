/// Where the user says a comment field is read from, over whatever the recognised layout
/// would read: `--field reply_to=parent --field author=user.name` (a dotted path reads a
/// member of a JSON object; in CSV it names the column with that whole name).
public struct FieldMapping: Sendable, Hashable {
  /// The chosen path of each mapped field.
  public private(set) var paths: [CommentField: FieldPath] = [:]

  public init() {}

  /// Parses assignments `FIELD=PATH`.
  /// - Throws: ``Error`` naming the assignment when it has no `=`, an unknown field or an
  ///   empty path, or maps one field twice.
  public init(_ assignments: [String]) throws(Error) {
    for assignment in assignments {
      guard let eq = assignment.firstIndex(of: "=") else {
        throw Error(message: "'\(assignment)' is not FIELD=PATH (for example reply_to=parent)")
      }
      let name = assignment[..<eq].trimmingCharacters(in: " ")
      guard let field = CommentField(rawValue: name.asciiLowercased) else {
        throw Error(
          message: "unknown field '\(name)' in '\(assignment)'; one of: "
            + CommentField.allCases.map(\.rawValue).joined(separator: ", "))
      }
      guard
        let path = FieldPath(assignment[assignment.index(after: eq)...].trimmingCharacters(in: " "))
      else { throw Error(message: "'\(assignment)' has an empty path") }
      guard paths[field] == nil else { throw Error(message: "\(field.rawValue) is mapped twice") }
      paths[field] = path
    }
  }

  public var isEmpty: Bool { paths.isEmpty }

  /// A mapping that cannot be understood.
  public struct Error: Swift.Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
  }
}

extension StringProtocol {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let c = s.first, set.contains(c) { s = s.dropFirst() }
    while let c = s.last, set.contains(c) { s = s.dropLast() }
    return String(s)
  }
}
