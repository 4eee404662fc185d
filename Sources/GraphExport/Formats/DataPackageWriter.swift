import Discussion

/// The data dictionary `datapackage.json` (Frictionless Data Package,
/// <https://specs.frictionlessdata.io/data-package/>): a tabular resource for each CSV file
/// with its schema (every field's name, type, description and unit, primary and foreign
/// keys, `missingValues`), a resource for each other file with its format, and for every
/// file its size; `replynet` holds the provenance (version, options, input files with their
/// SHA-256). Output files carry no digest: hashing the ~2 GB a large corpus gives would
/// cost more than writing it.
///
/// `unit` is not a Table Schema property; Frictionless allows custom properties, and
/// `unit` is the name the proposed schema extension uses.
enum DataPackageWriter {
  /// A file already written: its name and size.
  struct WrittenFile {
    var name: String
    var bytes: Int
  }

  static func write(
    bundle: ExportBundle, files: [WrittenFile], provenance: Provenance
  ) -> [UInt8] {
    var out: [UInt8] = []
    func put(_ s: String) { out.append(contentsOf: s.utf8) }
    func string(_ s: String) { JSONText.append(s, to: &out) }
    put("{\n  \"profile\": \"data-package\",\n  \"name\": \"replynet-export\",\n")
    put("  \"title\": \"Commenter networks exported by replynet\",\n")
    put("  \"description\": ")
    string(
      "Reply, mention and combined networks between the commenters of news comment threads, "
        + "with every commenter metric, every edge field, the comments and the threads. "
        + (bundle.isPseudonymized
          ? "Pseudonymised: commenters are known by salted-hash IDs in every file; spellings, "
            + "comment texts and names as written are left out (reply-header names in "
            + "comments.jsonl are pseudonyms)."
          : "Commenters are known by their name (or folded name) as ID."))
    put(",\n  \"licenses\": [],\n  \"resources\": [")
    for (k, file) in files.enumerated() {
      put(k == 0 ? "\n" : ",\n")
      resource(file, bundle: bundle, into: &out)
    }
    put("\n  ],\n  \"replynet\": {\n    \"version\": ")
    string(provenance.version)
    put(",\n    \"pseudonymized\": \(bundle.isPseudonymized),\n    \"options\": {")
    for (k, option) in provenance.options.enumerated() {
      put(k == 0 ? "\n      " : ",\n      ")
      JSONText.appendKey(option.name, to: &out)
      string(option.value)
    }
    put(provenance.options.isEmpty ? "},\n" : "\n    },\n")
    put("    \"inputs\": [")
    for (k, input) in provenance.inputs.enumerated() {
      put(k == 0 ? "\n      {\"path\": " : ",\n      {\"path\": ")
      string(input.path)
      if !input.sha256.isEmpty {
        put(", \"bytes\": \(input.bytes), \"hash\": ")
        string("sha256:" + input.sha256)
      }
      put("}")
    }
    put(provenance.inputs.isEmpty ? "]\n  }\n}\n" : "\n    ]\n  }\n}\n")
    return out
  }

  static func resource(_ file: WrittenFile, bundle: ExportBundle, into out: inout [UInt8]) {
    func put(_ s: String) { out.append(contentsOf: s.utf8) }
    func string(_ s: String) { JSONText.append(s, to: &out) }
    let dot = file.name.lastIndex(of: ".").map { file.name[..<$0] } ?? Substring(file.name)
    let ext = file.name.split(separator: ".").last.map(String.init) ?? ""
    let (format, mediatype, about) = describe(ext: ext, stem: String(dot))
    put("    {\n      \"name\": ")
    string(String(dot).replacing(".", with: "-") + (ext == "csv" ? "" : "-" + ext))
    put(",\n      \"path\": ")
    string(file.name)
    // A comment table's records have optional keys: a file, not a table, to validators.
    if ext == "jsonl" { put(",\n      \"type\": \"file\"") }
    put(",\n      \"format\": \"\(format)\",\n      \"mediatype\": \"\(mediatype)\",\n")
    put("      \"encoding\": \"utf-8\",\n      \"bytes\": \(file.bytes)")
    if ext == "csv", let table = bundle.tables[String(dot)] {
      put(",\n      \"profile\": \"tabular-data-resource\",\n      \"description\": ")
      string(table.description)
      put(",\n      \"dialect\": {\"delimiter\": \",\", \"lineTerminator\": \"\\r\\n\", ")
      put("\"quoteChar\": \"\\\"\", \"doubleQuote\": true, \"header\": true},\n")
      put("      \"schema\": ")
      schema(table, into: &out)
    } else {
      put(",\n      \"description\": ")
      string(about)
    }
    put("\n    }")
  }

  static func schema(_ table: ExportTable, into out: inout [UInt8]) {
    func put(_ s: String) { out.append(contentsOf: s.utf8) }
    func string(_ s: String) { JSONText.append(s, to: &out) }
    func list(_ names: [String]) {
      put("[")
      for (k, n) in names.enumerated() {
        if k > 0 { put(", ") }
        string(n)
      }
      put("]")
    }
    put("{\n        \"fields\": [")
    for (k, c) in table.columns.enumerated() {
      put(k == 0 ? "\n          {\"name\": " : ",\n          {\"name\": ")
      string(c.name)
      put(", \"type\": \"\(c.type.rawValue)\"")
      if c.type == .datetime { put(", \"format\": \"any\"") }
      put(", \"description\": ")
      string(
        c.description
          + (c.type == .string
            ? " (text starting with = + - @ is prefixed with ' in CSV)" : ""))
      if let unit = c.unit {
        put(", \"unit\": ")
        string(unit)
      }
      put("}")
    }
    put("\n        ],\n        \"missingValues\": [\"\", \"NA\"]")
    if !table.primaryKey.isEmpty {
      put(",\n        \"primaryKey\": ")
      list(table.primaryKey)
    }
    let foreignKeys = table.foreignKeys.filter(\.isInDataPackage)
    if !foreignKeys.isEmpty {
      put(",\n        \"foreignKeys\": [")
      for (k, key) in foreignKeys.enumerated() {
        put(k == 0 ? "\n          {\"fields\": " : ",\n          {\"fields\": ")
        list(key.fields)
        put(", \"reference\": {\"resource\": ")
        string(key.table == table.name ? "" : key.table)
        put(", \"fields\": ")
        list(key.referencedFields)
        put("}}")
      }
      put("\n        ]")
    }
    put("\n      }")
  }

  static func describe(ext: String, stem: String) -> (String, String, String) {
    switch ext {
    case "graphml":
      return (
        "graphml", "application/graphml+xml",
        "The \(stem) network as GraphML with typed keys (igraph, NetworkX, Gephi, yEd, "
          + "Cytoscape); node and edge fields as in nodes.csv and edges.csv"
      )
    case "gexf":
      return (
        "gexf", "application/gexf+xml",
        "The \(stem) network as GEXF 1.3 (Gephi; NetworkX read_gexf(version=\"1.3\")), each "
          + "edge spanning its first to last comment"
      )
    case "json":
      return (
        "json", "application/json",
        "The \(stem) network as node-link JSON (NetworkX node_link_graph, D3)"
      )
    case "jsonl":
      return (
        "jsonl", "application/jsonl",
        "The comments as replynet's generic comment table (JSON Lines; fields id, thread, "
          + "reply_to, author, time, likes, dislikes, removed, text, and reply_to_name and "
          + "author_recovered when present; null when missing), which replynet reads back. "
          + "Pseudonymised: authors and reply-header names are pseudonyms, texts are empty"
      )
    case "sqlite":
      return (
        "sqlite", "application/vnd.sqlite3",
        "Every table (commenters, networks, threads, comments, metrics, edges, and "
          + "coordination_edges and coordination_groups when written) in one SQLite "
          + "database with primary keys, foreign keys and indexes; fields as in the CSV files"
      )
    default:
      return (ext, "application/octet-stream", "")
    }
  }
}
