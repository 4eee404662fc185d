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
    let paths = try input.paths()
    let mapping = try input.mapping()
    var printer = IntegrityPrinter(printAll: input.issues, quiet: input.quiet)
    let table: CommentTableStream
    do {
      table = CommentTableStream(file: try OutputFile(output), format: format.format)
    } catch {
      printer.error(error)
      throw ReplynetExit.ioError
    }
    let outcome: ThreadLoader.Outcome
    // Not over a table written to the same terminal.
    let progress = Progress(
      enabled: !input.quiet && !(output == "-" && Terminal.standardOutputIsTerminal))
    defer { progress.done() }
    let window = try input.window()
    var selection = TimeWindow.Selection()
    var span: (first: CommentTime, last: CommentTime)?
    do {
      outcome = try ThreadLoader.forEachFile(paths, mapping: mapping, policy: input.policy) {
        threads in
        if window.isBounded {
          try table.append(threads.map { window.select($0, counting: &selection) })
          if let part = Timeline.span(of: threads) {
            span = (
              min(span?.first ?? part.first, part.first), max(span?.last ?? part.last, part.last)
            )
          }
        } else {
          try table.append(threads)
        }
        for thread in threads { printer.add(thread) }
      }
      if outcome.stoppedAt != nil { table.discard() }
      try InputOptions.stopIfStrict(outcome.stoppedAt)
      for error in outcome.errors { printer.error(error) }
      printer.add(sources: outcome.sources, skipped: outcome.skipped)
      // Nothing read: no table at all, not an empty one (the temporary file is dropped).
      do {
        try printer.stopIfNothingRead(errors: outcome.errors)
        if window.isBounded { try printer.window(window, selection, span: span) }
      } catch {
        table.discard()
        throw error
      }
      try table.finish()
    } catch let error as InputError {
      printer.error(error)
      throw ReplynetExit.ioError
    }
    printer.finish()
    if !outcome.errors.isEmpty { throw ReplynetExit.dataError }
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
