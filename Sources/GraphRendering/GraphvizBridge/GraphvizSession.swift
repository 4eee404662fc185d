import CGraphviz
import Foundation

/// The one owner of Graphviz's state in this process.
///
/// Graphviz is not thread-safe: its plugin loader, cgraph's string pool, error file and parser
/// are process globals. Every call into Graphviz happens inside `run`, under one lock. The
/// `GVC_t` context is created on first use and kept (creating it reads the plugin list and
/// loads plugins, which is costly); every other C object is created and freed inside one job,
/// and only Swift values leave it.
///
/// This is the only file that imports `CGraphviz`.
final class GraphvizSession: @unchecked Sendable {
  // @unchecked: `context` is only read or written while `lock` is held.

  /// The session every `Graphviz` value uses.
  static let shared = GraphvizSession()

  private let lock = NSLock()
  /// `GVC_t *`, created on first use and never freed (it lives as long as the process).
  private var context: OpaquePointer?

  private init() {}

  /// Parses `dot`, lays it out with `engine` and renders it as `format`.
  ///
  /// - Returns: the rendered bytes and Graphviz's last warning, if it gave one.
  /// - Throws: `GraphvizError` with Graphviz's message when any stage fails.
  /// - Complexity: that of the layout engine; the lock serialises all jobs in the process.
  func render(
    dot: String, engine: LayoutEngine, format: OutputFormat
  ) throws(GraphvizError) -> GraphvizRendering {
    if dot.utf8.contains(0) {
      throw GraphvizError(
        kind: .invalidInput, message: "the DOT text contains a NUL character")
    }
    lock.lock()
    defer { lock.unlock() }
    let gvc = try openContext()
    return try job(gvc: gvc, dot: dot, engine: engine, format: format)
  }

  /// The version of the Graphviz library loaded in this process, such as "2.43.0".
  func libraryVersion() throws(GraphvizError) -> String {
    lock.lock()
    defer { lock.unlock() }
    let gvc = try openContext()
    guard let version = gvcVersion(gvc) else { return "" }
    return String(cString: version)
  }

  // MARK: - Under the lock

  private func openContext() throws(GraphvizError) -> OpaquePointer {
    if let context { return context }
    // Plugin loading can report problems too: keep them off stderr.
    replynet_gv_begin_job()
    guard let created = gvContext() else {
      throw GraphvizError.classify(
        stage: .contextUnavailable, graphvizMessage: lastMessage(),
        fallback: "gvContext() returned NULL")
    }
    context = created
    return created
  }

  private func job(
    gvc: OpaquePointer, dot: String, engine: LayoutEngine, format: OutputFormat
  ) throws(GraphvizError) -> GraphvizRendering {
    replynet_gv_begin_job()
    guard let graph = dot.withCString({ agmemread($0) }) else {
      throw GraphvizError.classify(
        stage: .syntax, graphvizMessage: lastMessage(),
        fallback: "the text holds no graph")
    }
    defer { agclose(graph) }
    drainLexer()
    if replynet_gv_job_has_error() != 0 {
      throw GraphvizError.classify(
        stage: .syntax, graphvizMessage: lastMessage(), fallback: "the graph could not be read")
    }

    let laidOut = gvLayout(gvc, graph, engine.rawValue)
    // Runs before agclose (defers run in reverse); safe after a failed layout too.
    defer { gvFreeLayout(gvc, graph) }
    if laidOut != 0 || replynet_gv_job_has_error() != 0 {
      throw GraphvizError.classify(
        stage: .layout, graphvizMessage: lastMessage(),
        fallback: "gvLayout with engine \(engine.rawValue) returned \(laidOut)")
    }

    var data: UnsafeMutablePointer<CChar>?
    var length: UInt32 = 0
    let rendered = gvRenderData(gvc, graph, format.graphvizName, &data, &length)
    defer { if let data { gvFreeRenderData(data) } }
    if rendered != 0 || replynet_gv_job_has_error() != 0 {
      throw GraphvizError.classify(
        stage: .render, graphvizMessage: lastMessage(),
        fallback: "gvRenderData with format \(format.graphvizName) returned \(rendered)")
    }
    guard let data, length > 0 else {
      throw GraphvizError.classify(
        stage: .render, graphvizMessage: lastMessage(),
        fallback: "Graphviz produced no \(format.rawValue) output")
    }
    let raw = [UInt8](UnsafeRawBufferPointer(start: data, count: Int(length)))
    let bytes = format == .pdf ? PDFDates.normalized(raw) : raw
    let warning = lastMessage().trimmingCharacters(in: .whitespacesAndNewlines)
    return GraphvizRendering(bytes: bytes, warning: warning.isEmpty ? nil : warning)
  }

  /// Reads and discards whatever follows the first graph in the text.
  ///
  /// cgraph's lexer (flex) keeps unread input in a global buffer, and 2.42 flushes it only
  /// when a parse fails. After `agmemread("graph a {} graph b {}")` returns `a`, the next
  /// `agmemread` of any text returns `b`; after `digraph {} }` it fails on the stray `}`.
  /// Reading from an empty text until cgraph returns NULL consumes the rest (every read eats at
  /// least one graph, so this ends) and flushes the buffer; a syntax error in the rest is
  /// reported as this job's error.
  private func drainLexer() {
    while let extra = agmemread("") {
      agclose(extra)
    }
  }

  /// This job's last message from Graphviz ("" when it reported nothing).
  private func lastMessage() -> String {
    guard let text = aglasterr() else { return "" }
    defer { free(text) }
    return String(decoding: UnsafeRawBufferPointer(start: text, count: strlen(text)), as: UTF8.self)
  }
}
