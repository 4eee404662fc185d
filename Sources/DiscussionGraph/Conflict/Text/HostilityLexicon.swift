/// A list of hostile terms with weights: what ``HostilityMatcher`` looks for.
///
/// The default (``bulgarian``) is the resource file `Conflict/Text/Resources/hostility-bg.txt`,
/// embedded as ``defaultText``; a user's file in the same format replaces it (`replynet
/// conflict --lexicon FILE`). Format, one entry a line: `TERM [WEIGHT]`; a trailing `*` makes
/// the term a stem that matches any ending, otherwise it matches a whole word; the weight is a
/// positive number, 1 when omitted; `#` starts a comment. A line `[accusation]` starts the
/// entries that accuse the person addressed of being a troll or paid (трол, копейка,
/// соросоид…; Mihaylov, Georgiev and Nakov, CoNLL 2015): they count as hostile like any
/// entry, and a reply that uses one accuses the commenter it replies to; `[hostility]` goes
/// back to plain entries.
public struct HostilityLexicon: Sendable, Hashable {
  /// One term.
  public struct Entry: Sendable, Hashable {
    /// The term as written in the lexicon, with its `*` when it is a stem.
    public var term: String
    /// How strong the term is (positive; 1 by default).
    public var weight: Double
    /// `true` for a stem (`копей*`): any word that starts with it matches.
    public var isStem: Bool
    /// The 1-based line of the lexicon where the entry stands.
    public var line: Int
    /// `true` for an accusation of being a troll or paid (the `[accusation]` section).
    public var isAccusation: Bool

    public init(
      term: String, weight: Double = 1, isStem: Bool = false, line: Int = 0,
      isAccusation: Bool = false
    ) {
      self.term = term
      self.weight = weight
      self.isStem = isStem
      self.line = line
      self.isAccusation = isAccusation
    }
  }

  /// A line of a lexicon that is not an entry.
  public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var message: String
    public var description: String { "\(source):\(line): \(message)" }
  }

  public var entries: [Entry]

  public init(entries: [Entry]) { self.entries = entries }

  /// Reads a lexicon's text. `source` names it in errors (a file path).
  ///
  /// - Throws: ``ParseError`` for a weight that is not a positive number, a term with no
  ///   letter, a term that an earlier line already has (as folded for matching), or an unknown
  ///   section.
  /// - Complexity: O(length of the text).
  public init(text: String, source: String = "lexicon") throws(ParseError) {
    var entries: [Entry] = []
    var lineNumber = 0
    var accusing = false
    // Each term once: the matcher keeps the first of two equal terms, so a second one (say,
    // under [accusation]) would be lost without a word.
    var lineOfTerm: [[UInt32]: Int] = [:]
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let content = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
      var words = (content.first ?? "").split(whereSeparator: { $0.isWhitespace })
      guard !words.isEmpty else { continue }
      if words.count == 1, words[0].hasPrefix("["), words[0].hasSuffix("]") {
        switch words[0] {
        case "[accusation]": accusing = true
        case "[hostility]": accusing = false
        default:
          throw ParseError(
            source: source, line: lineNumber,
            message: "unknown section \(words[0]) (one of: [hostility], [accusation])")
        }
        continue
      }
      var weight = 1.0
      if words.count > 1, let last = words.last, let first = last.first,
        first.isNumber || first == "." || first == "-"
      {
        guard let value = Double(last), value > 0, value.isFinite else {
          throw ParseError(
            source: source, line: lineNumber, message: "weight '\(last)' is not a positive number")
        }
        weight = value
        words.removeLast()
      }
      var term = words.joined(separator: " ")
      let isStem = term.hasSuffix("*")
      if isStem { term.removeLast() }
      let letters = HostilityMatcher.foldedLetters(term)
      guard !letters.isEmpty else {
        throw ParseError(source: source, line: lineNumber, message: "entry '\(raw)' has no letter")
      }
      let key = letters + (isStem ? [UInt32(42)] : [])
      if let first = lineOfTerm[key] {
        throw ParseError(
          source: source, line: lineNumber,
          message: "entry '\(term)\(isStem ? "*" : "")' repeats the term of line \(first)")
      }
      lineOfTerm[key] = lineNumber
      entries.append(
        Entry(
          term: isStem ? term + "*" : term, weight: weight, isStem: isStem, line: lineNumber,
          isAccusation: accusing))
    }
    self.entries = entries
  }

  /// The default Bulgarian lexicon (``defaultText``).
  public static let bulgarian: HostilityLexicon = {
    // The embedded text is checked by a test; a failure here would be a build defect.
    (try? HostilityLexicon(text: defaultText, source: "hostility-bg.txt")) ?? .init(entries: [])
  }()
}
