import ArgumentParser
import Discussion

@main
struct Replynet: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replynet",
    abstract: "Turn news-site comment threads into networks between commenters, and measure them.",
    discussion: """
      Inputs are page-text copies of comment threads (.txt) or comment tables (.jsonl, \
      .ndjson, .json, .csv, .tsv), each optionally compressed (.gz, .zst); directories are \
      read recursively; "-" reads standard input.

      Exit codes: 0 success (integrity warnings may be printed); 64 usage error; 65 some input \
      could not be read (the others were processed; with --strict, the first such input stops \
      the run before any output); 66 no input found; 74 output could not be written (a full \
      disk among them). Ctrl-C or SIGTERM removes any file half written and ends the run by \
      that signal (130, 143).
      """,
    version: ReplynetVersion.current,
    subcommands: [
      ParseCommand.self, StatsCommand.self, ConflictCommand.self, RenderCommand.self,
      ExportCommand.self, CommentersCommand.self, ReportCommand.self, TimelineCommand.self,
      CoordinationCommand.self,
    ])

  /// Runs the command the arguments name, with interrupts removing any half-written output
  /// (``TemporaryFiles``) and a ``ProgressMeter`` for the work to count on.
  static func main() {
    TemporaryFiles.removeOnTermination()
    // The work reports its counts here; `Progress` shows them on a terminal.
    ProgressMeter.$current.withValue(ProgressMeter()) { main(nil) }
  }
}
