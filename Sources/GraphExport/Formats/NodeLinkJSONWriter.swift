import Discussion

/// JSON node-link data, one file a network, as NetworkX (≥ 3.4) `node_link_data` writes it
/// and `node_link_graph(data, directed=True, multigraph=False)` reads it:
/// `{"directed": true, "multigraph": false, "graph": {…}, "nodes": [{"id": …}],
/// "edges": [{"source": …, "target": …}]}` (older NetworkX: `link="edges"`; D3's force
/// layout takes `nodes` and `edges` as its nodes and links). A missing value is left out of
/// its object.
///
/// - Complexity: O(V·M + E·F).
enum NodeLinkJSONWriter {
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
      "{\n  \"directed\": \(network.isDirected),\n  \"multigraph\": false,\n  \"graph\": {\"network\": "
    )
    JSONText.append(network.name, to: &out)
    appendFields(keyed(network.graphColumns), row: 0, to: &out)
    let nodeFields = keyed(network.nodeColumns)
    let edgeFields = keyed(network.edgeColumns)
    put("},\n  \"nodes\": [")
    for (v, id) in bundle.commenterIDs.enumerated() {
      put(v == 0 ? "\n    {\"id\": " : ",\n    {\"id\": ")
      JSONText.append(id, to: &out)
      put(", \"label\": ")
      JSONText.append(bundle.labels[v], to: &out)
      appendFields(nodeFields, row: v, to: &out)
      put("}")
      try out.emitChunk(ifAtLeast: chunkSize, emit)
    }
    put("\n  ],\n  \"edges\": [")
    for e in network.sources.indices {
      put(e == 0 ? "\n    {\"source\": " : ",\n    {\"source\": ")
      JSONText.append(bundle.commenterIDs[network.sources[e]], to: &out)
      put(", \"target\": ")
      JSONText.append(bundle.commenterIDs[network.targets[e]], to: &out)
      appendFields(edgeFields, row: e, to: &out)
      put("}")
      try out.emitChunk(ifAtLeast: chunkSize, emit)
    }
    put("\n  ]\n}\n")
    try emit(out)
  }

  /// Each column with its `, "name": ` prefix, built once.
  static func keyed(_ columns: [ExportColumn]) -> [PrefixedValues] {
    columns.map { c in
      var key: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: " ")]
      JSONText.appendKey(c.name, to: &key)
      return PrefixedValues(c, prefix: key)
    }
  }

  /// `, "name": value` for each present value.
  static func appendFields(_ columns: [PrefixedValues], row: Int, to out: inout [UInt8]) {
    for column in columns {
      _ = column.values.withUTF8(at: row) { text in
        out.append(contentsOf: column.prefix)
        if column.isBare {
          out.append(contentsOf: text)
        } else {
          JSONText.append(utf8: text, to: &out)
        }
      }
    }
  }
}
