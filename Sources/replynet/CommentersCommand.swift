import ArgumentParser
import Discussion

/// `replynet commenters`: who wrote, under which spellings.
struct CommentersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "commenters",
    abstract: "List the commenters of the inputs with every spelling of their names.",
    discussion: """
      One row per commenter, sorted by ID: id, display name (the most frequent spelling), \
      comments, spellings. With --fold-names, names that differ only in case, spacing or \
      Latin/Cyrillic look-alike letters are one commenter. With --since or --until, the \
      commenters who wrote in the window; an author seen only as the target of a reply from \
      it (context) is not listed.
      """)

  @OptionGroup var input: InputOptions

  @Flag(help: "Merge names that differ in case, spacing or Latin/Cyrillic look-alike letters.")
  var foldNames = false

  @Option(name: .shortAndLong, help: "Output format: tsv or jsonl.")
  var format: CommentersFormat = .tsv

  enum CommentersFormat: String, ExpressibleByArgument, CaseIterable { case tsv, jsonl }

  func run() throws {
    let (corpus, errors, printer) = try input.loadCorpus(foldNames: foldNames)
    var lines: [String] = format == .tsv ? ["id\tname\tcomments\tspellings"] : []
    // Context-only authors (the targets of replies from the window) wrote nothing in it.
    for c in corpus.commenters where c.commentCount > 0 {
      switch format {
      case .tsv:
        let cells = [c.id.rawValue, c.displayName, String(c.commentCount)] + c.spellings
        lines.append(cells.map { $0.replacing("\t", with: " ") }.joined(separator: "\t"))
      case .jsonl:
        let spellings = c.spellings.map(JSONText.quoted).joined(separator: ",")
        lines.append(
          "{\"id\":\(JSONText.quoted(c.id.rawValue)),\"name\":\(JSONText.quoted(c.displayName)),"
            + "\"comments\":\(c.commentCount),\"spellings\":[\(spellings)]}")
      }
    }
    print(lines.joined(separator: "\n"))
    printer.finish()
    if !errors.isEmpty { throw ReplynetExit.dataError }
  }
}
