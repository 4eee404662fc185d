import DiscussionGraph

/// The meaning and unit of each ``CommenterStatistics`` column, for the data dictionary
/// (README, "Metrics", holds the definitions and sources).
enum MetricDictionary {
  /// Description and unit by column name; a column missing here is described generically.
  static let entries: [String: (description: String, unit: String)] = [
    "comments": ("Comments written, removed ones with a recovered author included", "comments"),
    "removed": ("Of those, comments removed by a moderator", "comments"),
    "likes": ("Up-votes summed over the commenter's comments", "votes"),
    "dislikes": ("Down-votes summed over the commenter's comments", "votes"),
    "replies_sent": ("Replies to other commenters (reply network out-strength)", "replies"),
    "replies_received": ("Replies from other commenters (reply network in-strength)", "replies"),
    "self_replies": ("Replies to one's own comments (not edges)", "replies"),
    "partners": ("Distinct commenters replied to or replied by", "commenters"),
    "mentions_sent": ("Mentions of other commenters (mention network out-strength)", "mentions"),
    "mentions_received": ("Mentions by other commenters (mention network in-strength)", "mentions"),
    "in_degree": ("Distinct commenters with an edge to this one, in this network", "commenters"),
    "out_degree": ("Distinct commenters this one has an edge to, in this network", "commenters"),
    "in_strength": ("Sum of incoming edge weights, in this network", "comments"),
    "out_strength": ("Sum of outgoing edge weights, in this network", "comments"),
    "pagerank": (
      "PageRank, weighted, directed, damping 0.85, dangling nodes spread uniformly "
        + "(igraph PRPACK; Brin & Page 1998); sums to 1", "1"
    ),
    "betweenness": (
      "Shortest directed paths through the commenter, hop counts, unnormalised "
        + "(igraph; Brandes 2001, doi:10.1080/0022250X.2001.9990249)", "paths"
    ),
    "closeness": (
      "(reached - 1) / sum of out-distances to the commenters reached (igraph); "
        + "missing for one who reaches nobody", "1/hops"
    ),
    "closeness_wf": (
      "Wasserman-Faust closeness on incoming distances, scaled by the share reached (NetworkX)",
      "1/hops"
    ),
    "harmonic": ("Sum of 1/d over incoming distances (NetworkX harmonic_centrality)", "1/hops"),
    "eccentricity": ("Largest finite out-distance", "hops"),
    "eigenvector": (
      "Eigenvector centrality of the undirected projection, unit length "
        + "(NetworkX; Bonacich 1987, doi:10.1086/228631)", "1"
    ),
    "hub": (
      "HITS hub score, weighted, maximum 1 (igraph; Kleinberg 1999, doi:10.1145/324133.324140)",
      "1"
    ),
    "authority": ("HITS authority score, weighted, maximum 1 (igraph; Kleinberg 1999)", "1"),
    "coreness": ("k-core index by in + out degree (igraph coreness, mode all)", "1"),
    "clustering": (
      "Local clustering coefficient of the undirected simple projection, 0 below degree 2 "
        + "(igraph transitivity_local_undirected)", "1"
    ),
    "community": (
      "Community number (Leiden or Louvain on the undirected projection, seeded; "
        + "Traag et al. 2019, doi:10.1038/s41598-019-41695-z)", "1"
    ),
  ]

  /// The statistics' columns as export columns: counts as integers, other values as numbers
  /// (a non-finite value is missing).
  static func columns(of statistics: CommenterStatistics) -> [ExportColumn] {
    statistics.columns.map { c in
      let entry = entries[c.name] ?? ("Commenter metric \(c.name) (README, \"Metrics\")", "1")
      let values: ExportValues =
        c.isCount
        ? .integers(c.values.map { $0.isFinite ? Int($0) : nil }) : .numbers(c.values)
      return ExportColumn(
        name: c.name, type: c.isCount ? .integer : .number, description: entry.description,
        unit: entry.unit, values: values)
    }
  }
}
