/// The formats `replynet export` writes, and the files of each.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
  /// `reply.graphml`, `mention.graphml`, `combined.graphml`.
  case graphml
  /// `reply.gexf`, `mention.gexf`, `combined.gexf`.
  case gexf
  /// `nodes.csv`, `edges.csv`, `comments.csv`, `threads.csv`, `commenters.csv`,
  /// `networks.csv`.
  case csv
  /// `reply.json`, `mention.json`, `combined.json` (node-link) and `comments.jsonl` (the
  /// generic comment table, which `replynet` reads back).
  case json
  /// `replynet.sqlite`.
  case sqlite

  /// The CSV tables, in the order the data dictionary lists them.
  static let csvTables = [
    "nodes", "edges", "comments", "threads", "commenters", "networks", "coordination_edges",
    "coordination_groups",
  ]
  static let sqliteFile = "replynet.sqlite"
  static let commentTableFile = "comments.jsonl"
}
