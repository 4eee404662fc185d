/// GEXF 1.3 (<https://gexf.net/schema.html>), one file a network, for Gephi and NetworkX
/// (`read_gexf(path, version="1.3")`).
///
/// The graph is `mode="dynamic"`: each edge spans its first to last comment (`start`,
/// `end`, ISO 8601 with the UTC offset), so Gephi's timeline shows when each pair talked.
/// `timeformat="date"` rather than `dateTime`: NetworkX's reader knows only the former
/// (it reads the times as text) and Gephi parses both the same way. Nodes carry `label` and
/// typed attributes (`integer`, `double`, `boolean`, `string`); edges carry `weight` and
/// typed attributes. A missing value has no `<attvalue>`.
///
/// - Complexity: O(V·M + E·F).
enum GEXFWriter {
  /// The file's bytes handed to `emit` a few megabytes at a time (between nodes and between
  /// edges), so that a network's file is never held whole.
  static func write<Failure: Error>(
    _ network: ExportBundle.Network, bundle: ExportBundle, chunkSize: Int = 1 << 22,
    _ emit: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    var out: [UInt8] = []
    out.reserveCapacity(chunkSize + (chunkSize >> 2))
    func put(_ s: String) { out.append(contentsOf: s.utf8) }
    put(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
        <meta>
          <creator>replynet</creator>
          <description>\(network.name) network between commenters</description>
        </meta>
        <graph defaultedgetype="\(network.isDirected ? "directed" : "undirected")" mode="dynamic" timeformat="date">

      """)
    func declare(_ columns: [ExportColumn], domain: String) {
      put("    <attributes class=\"\(domain)\" mode=\"static\">\n")
      for (k, c) in columns.enumerated() {
        put("      <attribute id=\"\(k)\" title=\"")
        XMLText.append(c.name, to: &out)
        put("\" type=\"\(c.type.xmlTypeName)\"/>\n")
      }
      put("    </attributes>\n")
    }
    let edgeColumns = network.edgeColumns.filter { $0.name != "weight" }
    let weight = network.edgeColumns.first { $0.name == "weight" }
    let first = network.edgeColumns.first { $0.name == "first_time" }
    let last = network.edgeColumns.first { $0.name == "last_time" }
    declare(network.nodeColumns, domain: "node")
    declare(edgeColumns, domain: "edge")
    let nodeValues = tagged(network.nodeColumns)
    let edgeValues = tagged(edgeColumns)
    put("    <nodes>\n")
    for (v, id) in bundle.commenterIDs.enumerated() {
      put("      <node id=\"")
      XMLText.append(id, to: &out)
      put("\" label=\"")
      XMLText.append(bundle.labels[v], to: &out)
      put("\">\n")
      appendValues(nodeValues, row: v, to: &out)
      put("      </node>\n")
      try out.emitChunk(ifAtLeast: chunkSize, emit)
    }
    put("    </nodes>\n    <edges>\n")
    for e in network.sources.indices {
      put("      <edge id=\"\(e)\" source=\"")
      XMLText.append(bundle.commenterIDs[network.sources[e]], to: &out)
      put("\" target=\"")
      XMLText.append(bundle.commenterIDs[network.targets[e]], to: &out)
      put("\"")
      if let w = weight?.text(at: e) { put(" weight=\"\(w)\"") }
      if let start = first?.text(at: e) { put(" start=\"\(start)\"") }
      if let end = last?.text(at: e) { put(" end=\"\(end)\"") }
      put(">\n")
      appendValues(edgeValues, row: e, to: &out)
      put("      </edge>\n")
      try out.emitChunk(ifAtLeast: chunkSize, emit)
    }
    put("    </edges>\n  </graph>\n</gexf>\n")
    try emit(out)
  }

  /// Each column with its `<attvalue for="k" value="` opening, built once.
  static func tagged(_ columns: [ExportColumn]) -> [PrefixedValues] {
    columns.enumerated().map { k, c in
      PrefixedValues(c, prefix: Array("          <attvalue for=\"\(k)\" value=\"".utf8))
    }
  }

  static func appendValues(_ columns: [PrefixedValues], row: Int, to out: inout [UInt8]) {
    // The schema wants at least one <attvalue> in <attvalues>.
    guard columns.contains(where: { $0.values.hasValue(at: row) }) else { return }
    out.append(contentsOf: "        <attvalues>\n".utf8)
    XMLText.appendValues(columns, row: row, close: closeValue, to: &out)
    out.append(contentsOf: "        </attvalues>\n".utf8)
  }
}

private let closeValue = Array("\"/>\n".utf8)
