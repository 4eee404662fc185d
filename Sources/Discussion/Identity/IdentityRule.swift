/// How comment author names become commenter identities.
public enum IdentityRule: String, Sendable, Hashable, CaseIterable {
  /// One commenter per distinct name (surrounding whitespace trimmed, inner runs collapsed).
  case exact
  /// Names equal after ``NameFolding/fold(_:)`` are one commenter: case, spacing and
  /// Latin/Cyrillic look-alike letters are ignored (`--fold-names`).
  case folded

  /// The commenter ID for an author name under this rule.
  public func id(for name: String) -> CommenterID {
    switch self {
    case .exact: CommenterID(NameFolding.normalizeSpacing(name))
    case .folded: CommenterID(NameFolding.fold(name))
    }
  }
}
