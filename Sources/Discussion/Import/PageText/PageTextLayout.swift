/// How a page-text copy laid its comments out, as the importer recognised it: the copy of a
/// page differs with the program that made it (a browser that keeps list bullets and
/// indentation, one that drops them, a text browser's `*`), and the reader anchors on the
/// sequence of each comment rather than on any one of these.
public struct PageTextLayout: Sendable, Hashable, CustomStringConvertible {
  public enum Indentation: String, Sendable, Hashable {
    case none = "not indented"
    case spaces = "indented with spaces"
    case tabs = "indented with tabs"
    case nonBreakingSpaces = "indented with non-breaking spaces"
  }

  /// The bullet before comment numbers (`•`, `*`, `-`, …), or `nil` when there is none.
  public var bullet: String?
  /// How comment lines are indented.
  public var indentation: Indentation
  /// Whether lines end in CR LF.
  public var crlf: Bool

  public init(bullet: String?, indentation: Indentation, crlf: Bool = false) {
    self.bullet = bullet
    self.indentation = indentation
    self.crlf = crlf
  }

  /// The layout of a copy of fakti.bg's page as browsers make it: `  • N author`, then the
  /// comment's lines indented by four spaces.
  public static let page = PageTextLayout(bullet: "•", indentation: .spaces)

  /// `• bullets, indented with spaces` or `no bullets, not indented, CRLF line ends`.
  public var description: String {
    var parts = [bullet.map { "\($0) bullets" } ?? "no bullets", indentation.rawValue]
    if crlf { parts.append("CRLF line ends") }
    return parts.joined(separator: ", ")
  }
}
