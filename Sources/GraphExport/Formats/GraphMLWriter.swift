/// GraphML (<http://graphml.graphdrawing.org/specification.html>), one file a network, read
/// by igraph (`Graph.Read_GraphML`), NetworkX (`read_graphml`), Gephi, yEd and Cytoscape.
///
/// Every field is a typed `<key>`: integers `long`, numbers `double`, text and times
/// `string`, flags `boolean`. Graph-level keys hold the network's summary, node keys the
/// label and every metric, edge keys every edge field. A missing value (closeness of a
/// commenter who reaches nobody) has no `<data>` element: NetworkX leaves the attribute out,
/// igraph reads NaN. Node IDs are the export IDs; edges are `e0`, `e1`… in (source, target)
/// order. Characters XML cannot carry are removed (``XMLText``).
///
/// - Complexity: O(V·M + E·F) for V nodes with M fields and E edges with F fields.
enum GraphMLWriter {
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
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
      http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

      """)
    let graphColumns =
      [
        ExportColumn(
          name: "network", type: .string, description: "", values: .strings([network.name])
        )
      ] + network.graphColumns
    let nodeColumns =
      [
        ExportColumn(name: "label", type: .string, description: "", values: .strings(bundle.labels))
      ] + network.nodeColumns
    func keys(_ columns: [ExportColumn], domain: String, prefix: String) {
      for c in columns {
        put("  <key id=\"\(prefix)_\(c.name)\" for=\"\(domain)\" attr.name=\"")
        XMLText.append(c.name, to: &out)
        put("\" attr.type=\"\(c.type.xmlTypeName)\"/>\n")
      }
    }
    keys(graphColumns, domain: "graph", prefix: "g")
    keys(nodeColumns, domain: "node", prefix: "v")
    keys(network.edgeColumns, domain: "edge", prefix: "e")
    put(
      "  <graph id=\"\(network.name)\" edgedefault=\"\(network.isDirected ? "directed" : "undirected")\">\n"
    )
    let graphData = tagged(graphColumns, prefix: "g", indent: "    ")
    let nodeData = tagged(nodeColumns, prefix: "v", indent: "      ")
    let edgeData = tagged(network.edgeColumns, prefix: "e", indent: "      ")
    XMLText.appendValues(graphData, row: 0, close: closeData, to: &out)
    for (v, id) in bundle.commenterIDs.enumerated() {
      put("    <node id=\"")
      XMLText.append(id, to: &out)
      put("\">\n")
      XMLText.appendValues(nodeData, row: v, close: closeData, to: &out)
      put("    </node>\n")
      try out.emitChunk(ifAtLeast: chunkSize, emit)
    }
    for e in network.sources.indices {
      put("    <edge id=\"e\(e)\" source=\"")
      XMLText.append(bundle.commenterIDs[network.sources[e]], to: &out)
      put("\" target=\"")
      XMLText.append(bundle.commenterIDs[network.targets[e]], to: &out)
      put("\">\n")
      XMLText.appendValues(edgeData, row: e, close: closeData, to: &out)
      put("    </edge>\n")
      try out.emitChunk(ifAtLeast: chunkSize, emit)
    }
    put("  </graph>\n</graphml>\n")
    try emit(out)
  }

  /// Each column with its opening `<data key="…">` tag, built once.
  static func tagged(_ columns: [ExportColumn], prefix: String, indent: String)
    -> [PrefixedValues]
  {
    columns.map {
      PrefixedValues($0, prefix: Array("\(indent)<data key=\"\(prefix)_\($0.name)\">".utf8))
    }
  }

}

private let closeData = Array("</data>\n".utf8)
