import ArgumentParser
import Discussion
import DiscussionGraph
import Foundation
import GraphRendering

/// `replynet render`: reply-thread and commenter-network diagrams through Graphviz.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Draw a thread's reply tree or the commenter network (SVG, PNG, PDF or DOT).",
    discussion: """
      Views: thread (the comment-level reply tree of one thread), replies, mentions, combined \
      (commenter networks: size from --size-by, fill from community, edge width from replies, \
      mentions dashed). Every diagram carries a legend and a caption saying what was drawn and \
      what was pruned. Layout and rendering run in-process through the Graphviz library; \
      --format dot writes the DOT text. A network above --max-nodes is drawn as its most central \
      commenters (the caption says so; --no-prune refuses it instead); prune it yourself with \
      --top, --min-weight, --k-core or --largest-component.
      """)

  @OptionGroup var input: InputOptions

  @Option(help: "What to draw: thread, replies, mentions or combined.")
  var view: DiagramView = .replies

  @Option(
    name: .shortAndLong,
    help: "svg, png, pdf or dot (default: from the -o file's extension, else svg).")
  var format: DiagramFormat?

  @Option(help: "Layout engine: auto, dot, neato, fdp, sfdp, circo or twopi.")
  var layout: String = "auto"

  @Option(name: .shortAndLong, help: "Write the diagram to this file (\"-\": standard output).")
  var output: String = "-"

  @Option(help: "Write one diagram per thread into this directory, named after the threads.")
  var eachThread: String?

  @Flag(help: "Thread view: leave out comments that reply to nobody and got no reply.")
  var repliesOnly = false

  @Option(help: "Network views: the metric that sizes commenters (a `replynet stats` column).")
  var sizeBy: String = "pagerank"

  @Option(help: "Network views: keep the N commenters with the largest --size-by metric.")
  var top: Int?

  @Option(help: "Network views: keep edges of at least W replies (or mentions).")
  var minWeight: Int?

  @Option(help: "Network views: keep commenters of coreness K or more.")
  var kCore: Int?

  @Flag(help: "Network views: keep only the largest connected component.")
  var largestComponent = false

  @Option(
    help:
      "Most nodes a diagram draws; a network with more is drawn as its \(DiagramLimits().automaticTop) most central commenters (by --size-by, in its largest component)."
  )
  var maxNodes: Int = DiagramLimits().maxNodes

  @Flag(help: "Refuse a network above --max-nodes instead of drawing its most central commenters.")
  var noPrune = false

  @Flag(help: "Merge names that differ in case, spacing or Latin/Cyrillic look-alike letters.")
  var foldNames = false

  @Option(help: "Seed for community detection.")
  var seed: UInt64 = 0

  @Flag(help: "Draw no hostility or feuds (controversy from votes only).")
  var noConflict = false

  @OptionGroup var lexicon: LexiconOption

  func validate() throws {
    if layout != "auto" && LayoutEngine(rawValue: layout) == nil {
      throw ValidationError(
        "unknown layout '\(layout)'; one of: auto, "
          + LayoutEngine.allCases.map(\.rawValue).joined(separator: ", "))
    }
    guard CommenterStatistics.columnNames.contains(sizeBy) else {
      throw ValidationError(
        "unknown metric '\(sizeBy)'; one of: "
          + CommenterStatistics.columnNames.joined(separator: ", "))
    }
    for (name, value) in [("--top", top), ("--min-weight", minWeight), ("--k-core", kCore)] {
      if let value, value < 0 { throw ValidationError("\(name) must be 0 or more") }
    }
    if maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1") }
    if eachThread != nil && output != "-" {
      throw ValidationError("give either -o FILE or --each-thread DIR, not both")
    }
  }

  /// The format asked for, or the one the output file's extension names, or SVG.
  var resolvedFormat: DiagramFormat {
    if let format { return format }
    let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
    return DiagramFormat(rawValue: ext) ?? .svg
  }

  /// The diagram request for `corpus`, with conflict figures unless --no-conflict.
  func request(for corpus: Corpus) throws -> DiagramRequest {
    var request = DiagramRequest(
      view: view, repliesOnly: repliesOnly, sizeMetric: sizeBy,
      pruning: NetworkPruning(
        top: top, minWeight: minWeight, kCore: kCore, largestComponent: largestComponent),
      layout: LayoutEngine(rawValue: layout).map { .engine($0) } ?? .automatic,
      limits: DiagramLimits(maxNodes: maxNodes, prunesAutomatically: !noPrune), seed: seed)
    if !noConflict { request.conflictLexicon = try lexicon.load() }
    return request
  }

  func run() throws {
    // Not over a diagram written to the same terminal.
    let toTerminal = eachThread == nil && output == "-" && Terminal.standardOutputIsTerminal
    let progress = Progress(enabled: !input.quiet && !toTerminal)
    progress.stage("reading")
    let (corpus, errors, printer) = try input.loadCorpus(foldNames: foldNames)
    if corpus.threads.isEmpty { throw ReplynetExit.noInput }
    progress.stage("drawing")
    defer { progress.done() }
    var failed = false
    let request = try request(for: corpus)
    if let directory = eachThread {
      failed = try renderEach(corpus, request: request, into: directory)
    } else {
      do {
        let diagram = try request.diagram(corpus: corpus)
        try write(diagram, to: output)
      } catch let error as DiagramError {
        Terminal.error("replynet render: \(error.message)")
        throw ReplynetExit.dataError
      }
    }
    printer.finish()
    if failed || !errors.isEmpty { throw ReplynetExit.dataError }
  }

  /// One file per thread; a thread that cannot be drawn is reported and skipped.
  /// - Returns: whether any thread failed.
  private func renderEach(_ corpus: Corpus, request: DiagramRequest, into directory: String)
    throws -> Bool
  {
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
    } catch {
      Terminal.error("replynet render: cannot create \(directory): \(error.localizedDescription)")
      throw ReplynetExit.ioError
    }
    let stems = DiagramRequest.fileStems(forThreads: corpus.threads.map(\.id))
    var failed = false
    for t in corpus.threads.indices {
      let path = (directory as NSString).appendingPathComponent(
        "\(stems[t]).\(resolvedFormat.fileExtension)")
      do {
        try write(try request.diagram(corpus: corpus, thread: t), to: path)
      } catch let error as DiagramError {
        Terminal.error("replynet render: thread \(corpus.threads[t].id): \(error.message)")
        failed = true
      }
    }
    return failed
  }

  private func write(_ diagram: Diagram, to path: String) throws {
    let bytes: [UInt8]
    do {
      bytes = try diagram.render(resolvedFormat)
    } catch {
      Terminal.error("replynet render: \(error.description)")
      throw ReplynetExit.dataError
    }
    do {
      let file = try OutputFile(path)
      try file.write(bytes)
      try file.commit()
    } catch {
      Terminal.error(error.description)
      throw ReplynetExit.ioError
    }
  }
}

extension DiagramView: ExpressibleByArgument {}
extension DiagramFormat: ExpressibleByArgument {}
