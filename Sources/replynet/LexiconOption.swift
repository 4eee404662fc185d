import ArgumentParser
import DiscussionGraph
import Foundation

/// `--lexicon FILE`: the hostility lexicon that replaces the built-in Bulgarian one, for every
/// command that measures hostility (conflict, render, export).
struct LexiconOption: ParsableArguments {
  @Option(help: "Hostility lexicon file (one TERM [WEIGHT] a line) replacing the built-in one.")
  var lexicon: String?

  /// The lexicon: the file's, or the built-in one. An unreadable file exits 66, a bad line 65
  /// with its file and line.
  func load() throws -> HostilityLexicon {
    guard let lexicon else { return .bulgarian }
    let text: String
    do {
      text = try String(contentsOfFile: lexicon, encoding: .utf8)
    } catch {
      Terminal.error("replynet: cannot read the lexicon \(lexicon): \(error.localizedDescription)")
      throw ReplynetExit.noInput
    }
    do {
      return try HostilityLexicon(text: text, source: lexicon)
    } catch {
      Terminal.error("replynet: \(error.description)")
      throw ReplynetExit.dataError
    }
  }
}
