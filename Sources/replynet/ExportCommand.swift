import ArgumentParser
import Discussion
import DiscussionGraph
import Foundation
import GraphExport

/// `replynet export`: the reply, mention and combined networks, every metric, the comments
/// and the threads, as files for Gephi, NetworkX, igraph, R, pandas and SQL.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the networks, metrics, comments and threads for other tools.",
    discussion: """
      Writes into --to DIR, per format: graphml and gexf (reply, mention, combined), csv \
      (nodes, edges, comments, threads, commenters, networks), json (node-link per network, \
      comments.jsonl), sqlite (replynet.sqlite); always datapackage.json, the data dictionary \
      with the inputs' SHA-256. Each file is written to a temporary name and renamed. \
      --pseudonymize --salt S replaces names by salted-hash IDs everywhere and leaves texts out.
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .customLong("to"), help: "Directory to write (created when missing).")
  var directory: String

  @Option(help: "Formats, comma-separated: graphml, gexf, csv, json, sqlite (default: all).")
  var formats: String = ExportFormat.allCases.map(\.rawValue).joined(separator: ",")

  @Flag(help: "Merge names that differ in case, spacing or Latin/Cyrillic look-alike letters.")
  var foldNames = false

  @OptionGroup var metrics: MetricOptions

  @Flag(help: "Replace every name by a stable salted-hash ID; leave comment texts out.")
  var pseudonymize = false

  @Flag(help: "Leave out the conflict columns (hostility, sign, feuds).")
  var noConflict = false

  @Flag(help: "Leave out the coordination network and its tables.")
  var noCoordination = false

  @OptionGroup var lexicon: LexiconOption

  @Option(help: "The secret salt for --pseudonymize (never written to the export).")
  var salt: String?

  func validate() throws {
    _ = try chosenFormats()
    if pseudonymize && (salt ?? "").isEmpty {
      throw ValidationError("--pseudonymize needs --salt S (a secret kept out of the export)")
    }
    if !pseudonymize && salt != nil { throw ValidationError("--salt goes with --pseudonymize") }
  }

  func chosenFormats() throws -> Set<ExportFormat> {
    var chosen = Set<ExportFormat>()
    for name in formats.split(separator: ",") {
      let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
      guard let format = ExportFormat(rawValue: trimmed) else {
        throw ValidationError(
          "unknown format '\(trimmed)'; one of: "
            + ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))
      }
      chosen.insert(format)
    }
    if chosen.isEmpty { throw ValidationError("--formats names no format") }
    return chosen
  }

  func run() throws {
    let progress = Progress(enabled: !input.quiet)
    let paths = try input.paths()
    progress.stage("reading")
    let (corpus, errors, printer) = try input.loadCorpus(foldNames: foldNames)
    progress.stage("building the networks and their metrics")
    let bundle = try ExportBundle(
      corpus: corpus, networks: networkInputs(corpus),
      options: .init(
        pseudonymSalt: pseudonymize ? salt : nil,
        columnProviders: noConflict
          ? [] : [ConflictColumns(ConflictAnalysis(corpus: corpus, lexicon: try lexicon.load()))],
        coordination: noCoordination ? nil : CoordinationAnalysis(corpus: corpus)))
    progress.stage("writing \(directory)")
    do {
      let provenance = Provenance(
        version: ReplynetVersion.current, inputs: [], options: recordedOptions())
      try BundleWriter.write(
        bundle, formats: try chosenFormats(), to: directory, provenance: provenance,
        hashingInputs: paths)
    } catch let error as ExportError {
      progress.done()
      Terminal.error(error.description)
      throw ReplynetExit.ioError
    }
    progress.done()
    printer.finish()
    if !errors.isEmpty { throw ReplynetExit.dataError }
  }

  func networkInputs(_ corpus: Corpus) -> [ExportBundle.NetworkInput] {
    let options = metrics.statistics
    let skeleton = CorpusSkeleton(corpus, mentions: true)
    let networks = [NetworkKind.reply, .mention, .combined].map {
      CommenterNetwork(skeleton: skeleton, kind: $0)
    }
    let statistics = CommenterStatistics.compute(
      skeleton: skeleton, networks: networks, options: options)
    return zip(networks, statistics).map { ExportBundle.NetworkInput(network: $0, statistics: $1) }
  }

  /// The options that shape the output, for the provenance; never the salt.
  func recordedOptions() -> [(name: String, value: String)] {
    var options: [(name: String, value: String)] = [
      ("formats", formats), ("fold_names", String(foldNames)), ("seed", String(metrics.seed)),
      ("communities", metrics.communities.rawValue), ("pseudonymize", String(pseudonymize)),
    ]
    if let samples = metrics.samples { options.append(("samples", String(samples))) }
    options.append(("conflict", String(!noConflict)))
    options.append(("coordination", String(!noCoordination)))
    if let file = lexicon.lexicon { options.append(("lexicon", file)) }
    if let window = try? input.window(), window.isBounded {
      options.append(("window", window.description))
    }
    return options
  }
}
