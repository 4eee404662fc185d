import ArgumentParser
import Discussion
import DiscussionGraph
import Findings
import Foundation

/// `replynet conflict`: controversy, hostility, feuds, commenter roles and camps.
struct ConflictCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "conflict",
    abstract: "Where a comment section fights: controversy, hostility, feuds, roles and camps.",
    discussion: """
      Prints a summary (moderation, reply-tree shape, hostility, feuds, reciprocity, \
      structural balance, polarisation with p-values), the most controversial comments, the \
      feuds, the lightning rods and the camps. --explain shows the evidence behind one \
      comment's or one commenter's scores. Definitions: README, "Conflict".
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "Output format: text, markdown or json.")
  var format: ConflictFormat = .text

  @Option(
    help: ArgumentHelp(
      "Explain one comment (THREAD#ID, or ID in the first thread that has it) or one commenter (name or ID).",
      valueName: "comment-or-commenter"))
  var explain: String?

  @OptionGroup var lexicon: LexiconOption

  @Option(help: "Seed for the camps' communities and the null model.")
  var seed: UInt64 = 0

  @Option(help: "Rewired null-model samples for the corpus's polarisation p-values.")
  var rewirings: Int = 1000

  @Option(help: "Rewired null-model samples for each thread's polarisation (0: none).")
  var threadRewirings: Int = 0

  @Flag(help: "Merge names that differ in case, spacing or Latin/Cyrillic look-alike letters.")
  var foldNames = false

  @Option(help: "Rows in each list of the text and markdown report (JSON holds all).")
  var top: Int = 10

  func validate() throws {
    if top < 0 { throw ValidationError("--top must be 0 or more") }
    if rewirings < 0 { throw ValidationError("--rewirings must be 0 or more") }
    if threadRewirings < 0 { throw ValidationError("--thread-rewirings must be 0 or more") }
  }

  func run() throws {
    let lexicon = try self.lexicon.load()
    let progress = Progress(enabled: !input.quiet)
    progress.stage("reading")
    let (corpus, errors, printer) = try input.loadCorpus(foldNames: foldNames)
    progress.stage("measuring conflict (\(rewirings) rewirings)")
    let report = ConflictReport(
      corpus: corpus,
      options: .init(
        lexicon: lexicon, rewirings: rewirings, seed: seed, threadRewirings: threadRewirings))
    progress.done()
    if let explain {
      guard let explanation = ConflictExplanations(report: report).explain(explain) else {
        printer.finish()
        Terminal.error("replynet: no comment or commenter '\(explain)' in the input")
        throw ExitCode.validationFailure
      }
      let lines = explanation.textLines(
        labelWidth: ConflictExplanations.labelWidth(explanation))
      switch format {
      case .text: print(lines.joined(separator: "\n"))
      case .markdown: print(lines.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n"))
      case .json:
        let quoted = lines.map { JSONText.quoted($0) }.joined(separator: ",\n    ")
        print("{\"explain\": \(JSONText.quoted(explain)), \"lines\": [\n    \(quoted)\n]}")
      }
    } else {
      if format == .json {
        // Written as it is encoded: the JSON of a large corpus is hundreds of megabytes.
        do {
          let output = try OutputFile("-")
          try ConflictJSON(report: report).write { try output.write($0) }
        } catch let error as InputError {
          printer.error(error)
          throw ReplynetExit.ioError
        }
      } else {
        print(ConflictFormatter(report: report, top: top).render(format), terminator: "")
      }
    }
    printer.finish()
    if !errors.isEmpty { throw ReplynetExit.dataError }
  }
}

enum ConflictFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }
