/// Everything replynet says about one commenter metric, in one place: its column name, the
/// terminal table's header, its definition with its source, its unit, which way is "more",
/// and when it is undefined. `replynet stats` (columns, headers, `--sort`), the exports' data
/// dictionary and the README's metric table all come from ``MetricCatalogue``; a test checks
/// that the README says what the catalogue says.
public struct MetricDescriptor: Sendable, Hashable {
  /// What a larger value means.
  public enum Direction: String, Sendable, Hashable {
    /// More activity or centrality.
    case higherIsMore = "higher is more"
    /// A label, not a quantity (a community number).
    case label
  }

  /// The column name, snake_case, as in CSV and JSON output and in `--sort`.
  public let name: String
  /// The header of the terminal table, or `nil` when the table does not show the column.
  public let tableHeader: String?
  /// The definition, with its source (markdown with `code` spans).
  public let definition: String
  /// The unit (`comments`, `hops`, `1` for a pure number).
  public let unit: String
  /// Whether the values are counts (written without decimals).
  public let isCount: Bool
  public let direction: Direction
  /// When the value is undefined (written as null or an empty cell), or `nil` when never.
  public let undefined: String?

  /// The definition as plain text (the data dictionary's), with the undefined case.
  public var plainDefinition: String {
    let text = definition.replacing("`", with: "")
    return undefined.map { text + "; missing " + $0 } ?? text
  }
}

/// The commenter metrics, in output order (``CommenterStatistics/columns``).
public enum MetricCatalogue {
  public static let commenterMetrics: [MetricDescriptor] = [
    count(
      "comments", "comments", "Comments written, removed ones whose author was recovered included",
      "comments"),
    count("removed", nil, "Of those, comments removed by a moderator", "comments"),
    count("likes", "likes", "Up-votes summed over the commenter's comments", "votes"),
    count("dislikes", "dislikes", "Down-votes summed over the commenter's comments", "votes"),
    count(
      "replies_sent", "sent", "Replies to other commenters (the reply network's out-strength)",
      "replies"),
    count(
      "replies_received", "recv", "Replies from other commenters (the reply network's in-strength)",
      "replies"),
    count("self_replies", nil, "Replies to one's own comments (counted, not edges)", "replies"),
    count("partners", "partners", "Distinct commenters replied to or replied by", "commenters"),
    count(
      "mentions_sent", nil, "Mentions of other commenters (the mention network's out-strength)",
      "mentions"),
    count(
      "mentions_received", "mentioned",
      "Mentions by other commenters (the mention network's in-strength)", "mentions"),
    count(
      "in_degree", nil, "Distinct commenters with an edge to this one, in the chosen network",
      "commenters"),
    count(
      "out_degree", nil, "Distinct commenters this one has an edge to, in the chosen network",
      "commenters"),
    count("in_strength", nil, "Sum of incoming edge weights, in the chosen network", "comments"),
    count("out_strength", nil, "Sum of outgoing edge weights, in the chosen network", "comments"),
    value(
      "pagerank", "pagerank",
      "PageRank, weighted, directed, damping 0.85, dangling nodes spread uniformly (igraph PRPACK; Brin & Page 1998, doi:10.1016/S0169-7552(98)00110-X): a reply passes rank to the commenter replied to; sums to 1",
      "1"),
    value(
      "betweenness", "betweenness",
      "Shortest directed paths through the commenter, hop counts (weights ignored), unnormalised (igraph; Brandes 2001, doi:10.1080/0022250X.2001.9990249)",
      "paths"),
    value(
      "closeness", "closeness",
      "(reached − 1) / Σ distance over the commenters reached by out-paths, reachable ones only (igraph)",
      "1/hops", undefined: "for a commenter who reaches nobody"),
    value(
      "closeness_wf", nil,
      "Wasserman–Faust closeness on incoming distances, scaled by the share reached (NetworkX `closeness_centrality`)",
      "1/hops"),
    value(
      "harmonic", nil, "Σ 1/d over incoming distances (NetworkX `harmonic_centrality`)", "1/hops"),
    count("eccentricity", nil, "Largest finite out-distance", "hops"),
    value(
      "eigenvector", "eigenvector",
      "Eigenvector centrality of the undirected projection (weights of both directions summed), unit length (NetworkX; Bonacich 1987, doi:10.1086/228631)",
      "1", undefined: "when the power iteration does not converge"),
    value(
      "hub", "hub",
      "HITS hub score, weighted, directed, scaled to a maximum of 1 (igraph; Kleinberg 1999, doi:10.1145/324133.324140)",
      "1", undefined: "when the power iteration does not converge"),
    value(
      "authority", "authority",
      "HITS authority score, weighted, directed, scaled to a maximum of 1 (igraph; Kleinberg 1999)",
      "1", undefined: "when the power iteration does not converge"),
    count(
      "coreness", "core",
      "k-core index by in + out degree (igraph `coreness(mode=\"all\")`; Batagelj & Zaversnik 2003)",
      "1"),
    value(
      "clustering", "clustering",
      "Local clustering coefficient of the undirected simple projection, 0 below degree 2 (igraph `transitivity_local_undirected`)",
      "1"),
    MetricDescriptor(
      name: "community", tableHeader: "comm",
      definition:
        "Community number: Leiden communities maximising modularity on the undirected projection, seeded (Traag et al. 2019, doi:10.1038/s41598-019-41695-z); Louvain with `--communities louvain`",
      unit: "1", isCount: true, direction: .label, undefined: nil),
  ]

  /// Column names in output order.
  public static let names: [String] = commenterMetrics.map(\.name)

  /// The descriptor of the column `name`.
  public static func descriptor(_ name: String) -> MetricDescriptor? {
    commenterMetrics.first { $0.name == name }
  }

  /// The README's metric table: `| column | definition | unit |`, one row per metric.
  public static var markdownTable: String {
    var out = "| column | definition | unit |\n|---|---|---|\n"
    for m in commenterMetrics {
      let undefined = m.undefined.map { "; null " + $0 } ?? ""
      out += "| `\(m.name)` | \(m.definition)\(undefined) | \(m.unit) |\n"
    }
    return out
  }

  private static func count(
    _ name: String, _ header: String?, _ definition: String, _ unit: String
  ) -> MetricDescriptor {
    MetricDescriptor(
      name: name, tableHeader: header, definition: definition, unit: unit, isCount: true,
      direction: .higherIsMore, undefined: nil)
  }

  private static func value(
    _ name: String, _ header: String?, _ definition: String, _ unit: String,
    undefined: String? = nil
  ) -> MetricDescriptor {
    MetricDescriptor(
      name: name, tableHeader: header, definition: definition, unit: unit, isCount: false,
      direction: .higherIsMore, undefined: undefined)
  }
}
