import ArgumentParser
import Discussion

/// The inputs every subcommand reads.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Files or directories to read: page text (.txt), JSON Lines (.jsonl), JSON, CSV, each optionally .gz; \"-\" for standard input.",
      valueName: "input"))
  var inputs: [String] = []

  @Flag(help: "Print every integrity finding on standard error, not only the first ones.")
  var issues = false

  @Flag(name: .shortAndLong, help: "Print nothing on standard error but errors.")
  var quiet = false

  /// The paths to read: standard input when none is given and it is not a terminal.
  func paths() throws -> [String] {
    if !inputs.isEmpty { return inputs }
    if Terminal.standardInputIsTerminal {
      throw ValidationError("give an input file or directory, or pipe one into standard input")
    }
    return ["-"]
  }

  /// Reads every input into one corpus, prints its integrity findings and input errors, and
  /// stops with exit 66 when nothing could be read. The printer is returned for the closing
  /// summary (``IntegrityPrinter/finish()``).
  func loadCorpus(foldNames: Bool) throws -> (
    corpus: Corpus, errors: [InputError], printer: IntegrityPrinter
  ) {
    let (corpus, errors) = ThreadLoader.corpus(try paths(), identity: foldNames ? .folded : .exact)
    var printer = IntegrityPrinter(printAll: issues, quiet: quiet)
    for thread in corpus.threads { printer.add(thread) }
    for error in errors { printer.error(error) }
    if corpus.threads.isEmpty && !errors.isEmpty { throw ReplynetExit.noInput }
    return (corpus, errors, printer)
  }
}
