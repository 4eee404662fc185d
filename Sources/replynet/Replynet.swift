import ArgumentParser
import Discussion

@main
struct Replynet: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replynet",
    abstract: "Turn news-site comment threads into networks between commenters, and measure them.",
    discussion: """
      Inputs are page-text copies of comment threads (.txt) or comment tables (.jsonl, .json, \
      .csv), each optionally gzip-compressed (.gz); directories are read recursively; "-" reads \
      standard input.

      Exit codes: 0 success (integrity warnings may be printed); 64 usage error; 65 some input \
      could not be read (the others were processed); 66 no input found; 74 output could not be \
      written.
      """,
    version: ReplynetVersion.current,
    subcommands: [
      ParseCommand.self, StatsCommand.self, ConflictCommand.self, RenderCommand.self,
      ExportCommand.self, CommentersCommand.self,
    ])

  /// Runs the command the arguments name, with interrupts removing any half-written output
  /// (``TemporaryFiles``).
  static func main() {
    TemporaryFiles.removeOnTermination()
    main(nil)
  }
}
