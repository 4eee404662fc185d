/// The evidence behind one finding, as data: what is explained, then one line per measure
/// with its formula written out (its operands and each step to the result), then lists of the
/// evidence (replies, feuds). The command line prints it as text (``textLines``), the report as
/// HTML; both say the same words.
public struct Explanation: Sendable, Hashable {
  /// One measure: its label and what it is made of.
  public struct Line: Sendable, Hashable {
    public var label: String
    public var parts: [Part]

    public init(_ label: String, _ parts: [Part]) {
      self.label = label
      self.parts = parts
    }
  }

  /// A piece of a line: plain words, or a formula with its operands and result.
  public enum Part: Sendable, Hashable {
    case text(String)
    /// `name expression = step = … = result`: `controversy (likes + dislikes)^(min / max) =
    /// 14^(5/9) = 14^0.555556 = 4.33249`.
    case formula(name: String?, expression: String, steps: [String], result: String)

    /// The part as the text output writes it.
    public var text: String {
      switch self {
      case .text(let s): return s
      case .formula(let name, let expression, let steps, let result):
        return ([(name.map { $0 + " " } ?? "") + expression] + steps + [result])
          .joined(separator: " = ")
      }
    }
  }

  /// A titled list of evidence (`hostile replies received:`), or an untitled one.
  public struct Section: Sendable, Hashable {
    public var title: String?
    public var items: [String]

    public init(title: String?, items: [String]) {
      self.title = title
      self.items = items
    }
  }

  /// What is explained: `comment #3 in fakti-… by Name (file:line)`.
  public var subject: String
  /// Lines right under the subject (the text, "removed by a moderator", spellings).
  public var context: [String]
  /// The measures.
  public var lines: [Line]
  /// Lines after the measures, each indented under its measure (a role's rule).
  public var details: [String: [String]]
  public var sections: [Section]

  public init(
    subject: String, context: [String] = [], lines: [Line] = [], details: [String: [String]] = [:],
    sections: [Section] = []
  ) {
    self.subject = subject
    self.context = context
    self.lines = lines
    self.details = details
    self.sections = sections
  }

  /// Every line as `replynet conflict --explain` prints it: labels in a column `labelWidth`
  /// wide.
  public func textLines(labelWidth: Int) -> [String] {
    var out = [subject] + context.map { "  " + $0 } + [""]
    for line in lines {
      let label = line.label.padding(
        toLength: max(labelWidth, line.label.count + 1), withPad: " ", startingAt: 0)
      out.append(label + line.parts.map(\.text).joined())
      for detail in details[line.label] ?? [] { out.append("  " + detail) }
    }
    for section in sections {
      if let title = section.title {
        out.append("")
        out.append(title)
        out += section.items.map { "  " + $0 }
      } else {
        out += section.items
      }
    }
    return out
  }
}
