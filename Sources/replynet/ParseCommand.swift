import ArgumentParser
import Discussion

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
    var printer = IntegrityPrinter(printAll: input.issues, quiet: input.quiet)
    let out: OutputFile
    do {
      out = try OutputFile(output)
    } catch {
      printer.error(error)
      throw ReplynetExit.ioError
    }
    var writer = CommentTableWriter(format: format.format)
    var buffer: [UInt8] = []
    writer.begin(into: &buffer)
    let errors: [InputError]
    do {
      errors = try ThreadLoader.forEachFile(paths) { _, threads in
        for thread in threads {
          writer.append(thread, into: &buffer)
          printer.add(thread)
        }
        try out.write(buffer)
        buffer.removeAll(keepingCapacity: true)
      }
      writer.end(into: &buffer)
      try out.write(buffer)
      try out.commit()
    } catch let error as InputError {
      printer.error(error)
      throw ReplynetExit.ioError
    }
    for error in errors { printer.error(error) }
    printer.finish()
    if printer.threadCount == 0 && !errors.isEmpty { throw ReplynetExit.noInput }
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
