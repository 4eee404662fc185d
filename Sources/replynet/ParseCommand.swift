import ArgumentParser
import Discussion
import DiscussionGraph

/// `replynet parse`: threads in, the generic comment table out.
struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Read comment threads and write their comments as a generic comment table.",
    discussion: """
      The table (fields id, thread, reply_to, author, time, likes, dislikes, removed, text, \
      plus reply_to_name and author_recovered when present) reads back unchanged with any \
      replynet command. The integrity report goes to standard error.
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "Output format: jsonl, json or csv.")
  var format: TableFormatOption = .jsonl

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String = "-"

  func run() throws {
    _ = try input.paths()  // a usage error before the output file is made
    var printer = IntegrityPrinter(printAll: input.issues, quiet: input.quiet)
    let table: CommentTableStream
    do {
      table = CommentTableStream(file: try OutputFile(output), format: format.format)
    } catch {
      printer.error(error)
      throw ReplynetExit.ioError
    }
    // Not over a table written to the same terminal.
    let progress = Progress(
      enabled: !input.quiet && !(output == "-" && Terminal.standardOutputIsTerminal))
    defer { progress.done() }
    let errors: [InputError]
    do {
      errors = try input.forEachBatch(printer: &printer) { try table.append($0) }
      try table.finish()
    } catch let error as InputError {
      table.discard()
      printer.error(error)
      throw ReplynetExit.ioError
    } catch {
      // Nothing read, an empty window or --strict: no table at all, not an empty one (the
      // temporary file is dropped).
      table.discard()
      throw error
    }
    printer.finish()
    if !errors.isEmpty { throw ReplynetExit.dataError }
  }
}

/// The table formats as the command line names them.
enum TableFormatOption: String, ExpressibleByArgument, CaseIterable {
  case jsonl, json, csv

  var format: CommentTableFormat {
    switch self {
    case .jsonl: .jsonLines
    case .json: .json
    case .csv: .csv
    }
  }
}
