import Discussion
import DiscussionGraph

/// The network fields and tables: edges, nodes, metrics and the networks' summaries.
enum NetworkTables {
  /// Per-edge fields of one network, in ``CommenterNetwork/edges`` order.
  static func edgeColumns(_ network: CommenterNetwork, threadKeys: [String]) -> [ExportColumn] {
    let edges = network.edges
    let threads = edges.map(\.threads)
    return [
      ExportColumn(
        name: "weight", type: .integer,
        description: "Replies plus mentions from source to target (the edge weight)",
        unit: "comments", values: .integers(edges.map { $0.replies + $0.mentions })),
      ExportColumn(
        name: "layer", type: .string,
        description: "Layers the edge comes from: reply, mention or reply+mention",
        values: .strings(edges.map { $0.layers.name })),
      ExportColumn(
        name: "replies", type: .integer,
        description: "Comments by source replying to a comment by target", unit: "comments",
        values: .integers(edges.map(\.replies))),
      ExportColumn(
        name: "mentions", type: .integer,
        description: "Comments by source whose text refers to target", unit: "comments",
        values: .integers(edges.map(\.mentions))),
      ExportColumn(
        name: "evidence", type: .string,
        description:
          "Kinds of mention evidence, separated by \";\": comment_number, quoted_name, "
          + "whole_name (empty for replies only)",
        values: .strings(edges.map { $0.evidence.names.joined(separator: ";") })),
      ExportColumn(
        name: "threads", type: .string,
        description: "Threads (thread id) the edge appears in, separated by \" | \"",
        values: .strings(threads.map { $0.map { threadKeys[$0] }.joined(separator: " | ") })),
      ExportColumn(
        name: "thread_count", type: .integer, description: "Threads the edge appears in",
        unit: "threads", values: .integers(threads.map(\.count))),
      ExportColumn(
        name: "comment_count", type: .integer,
        description: "Distinct comments behind the edge", unit: "comments",
        values: .integers(edges.map(\.comments.count))),
      ExportColumn(
        name: "first_time", type: .datetime,
        description: "Time of the first comment behind the edge (ISO 8601 with UTC offset)",
        values: .strings(edges.map { $0.firstTime?.iso8601 })),
      ExportColumn(
        name: "last_time", type: .datetime,
        description: "Time of the last comment behind the edge (ISO 8601 with UTC offset)",
        values: .strings(edges.map { $0.lastTime?.iso8601 })),
    ]
  }

  /// The summary of one network as one-row columns.
  static func summaryColumns(_ s: GraphSummary) -> [ExportColumn] {
    func int(_ name: String, _ v: Int?, _ d: String, _ unit: String) -> ExportColumn {
      ExportColumn(name: name, type: .integer, description: d, unit: unit, values: .integers([v]))
    }
    func num(_ name: String, _ v: Double, _ d: String) -> ExportColumn {
      ExportColumn(name: name, type: .number, description: d, unit: "1", values: .numbers([v]))
    }
    // Not measured below its minimum (MeasurementMinimums): missing, with the reason beside.
    func measured(_ name: String, _ v: Double, _ d: String, reason: String?) -> [ExportColumn] {
      [
        num(name, reason == nil ? v : .nan, d + "; missing when not measured"),
        ExportColumn(
          name: name + "_reason", type: .string,
          description: "Why \(name) is not measured (too small a network); missing when it is",
          values: .strings([reason])),
      ]
    }
    let assortativity = MeasurementMinimums.assortativity(edges: s.edges)
    let modularity = MeasurementMinimums.modularity(largestComponent: s.largestWeakComponent)
    return [
      int("nodes", s.nodes, "Commenters (nodes)", "commenters"),
      int("edges", s.edges, "Distinct directed pairs u -> v", "edges"),
      int("total_weight", s.totalWeight, "Sum of edge weights", "comments"),
      int("self_replies", s.selfReplies, "Replies to one's own comments (not edges)", "replies"),
      int("isolates", s.isolates, "Commenters without an edge", "commenters"),
      num("density", s.density, "E / (n(n - 1))"),
      num("reciprocity", s.reciprocity, "Share of edges reciprocated, r = L<-> / L"),
      num(
        "reciprocity_rho", s.reciprocityRho,
        "Garlaschelli-Loffredo rho = (r - a) / (1 - a), a = L / (n(n - 1))"),
      int("weak_components", s.weakComponents, "Weakly connected components", "components"),
      int(
        "largest_weak_component", s.largestWeakComponent, "Size of the largest weak component",
        "commenters"),
      int("strong_components", s.strongComponents, "Strongly connected components", "components"),
      int("diameter", s.diameter, "Largest finite directed distance", "hops"),
    ]
      + measured(
        "degree_assortativity", s.degreeAssortativity,
        "Out-degree of source vs in-degree of target (Newman 2003); missing when undefined",
        reason: assortativity)
      + [int("communities", s.communities, "Communities found", "communities")]
      + measured(
        "modularity", s.modularity, "Modularity of the communities (undirected projection)",
        reason: modularity)
      + [
        int(
          "path_sample_sources", s.pathSampleSources,
          "Sources sampled for path metrics; missing when exact", "commenters")
      ]
  }

  /// One row per network: its name and summary.
  static func networks(_ networks: [ExportBundle.Network]) -> ExportTable {
    let name = ExportColumn(
      name: "network", type: .string, description: "reply, mention or combined",
      values: .strings(networks.map { $0.name }))
    let summary = (networks.first?.graphColumns ?? []).indices.map { k in
      var column = networks[0].graphColumns[k]
      column.values = .stacked(networks.map { $0.graphColumns[k].values })
      return column
    }
    return ExportTable(
      name: "networks", description: "Summary of each commenter network",
      columns: [name] + summary, primaryKey: ["network"])
  }

  /// The long table of node fields: one row per network and commenter.
  static func nodes(_ networks: [ExportBundle.Network], ids: [String], labels: [String])
    -> ExportTable
  {
    var table = stacked(networks, ids: ids, idName: "id", name: "nodes")
    table.columns.insert(
      ExportColumn(
        name: "label", type: .string, description: "Display name (or pseudonym)",
        values: .strings(networks.flatMap { _ in labels })), at: 2)
    table.description = "Commenters with every metric, one row per network and commenter"
    return table
  }

  /// The SQLite metrics table: as ``nodes`` without the label, keyed to commenters.
  static func metrics(_ networks: [ExportBundle.Network], ids: [String]) -> ExportTable {
    var table = stacked(networks, ids: ids, idName: "commenter", name: "metrics")
    table.columns.removeAll { $0.name == "spellings" }
    table.description = "Every metric of each commenter in each network"
    table.foreignKeys = [
      .init(fields: ["commenter"], table: "commenters", referencedFields: ["id"]),
      .init(fields: ["network"], table: "networks", referencedFields: ["network"]),
    ]
    table.indexes = [["commenter"]]
    return table
  }

  static func stacked(
    _ networks: [ExportBundle.Network], ids: [String], idName: String, name: String
  ) -> ExportTable {
    let network = ExportColumn(
      name: "network", type: .string, description: "reply, mention or combined",
      values: .strings(networks.flatMap { n in ids.map { _ in n.name } }))
    let id = ExportColumn(
      name: idName, type: .string, description: "Commenter ID (or pseudonym)",
      values: .strings(networks.flatMap { _ in ids }))
    return ExportTable(
      name: name, description: "",
      columns: [network, id] + mergedColumns(networks.map(\.nodeColumns)),
      primaryKey: ["network", idName])
  }

  /// One row per network and edge.
  static func edges(_ networks: [ExportBundle.Network], ids: [String]) -> ExportTable {
    let network = ExportColumn(
      name: "network", type: .string, description: "reply, mention or combined",
      values: .strings(networks.flatMap { n in n.sources.map { _ in n.name } }))
    let source = ExportColumn(
      name: "source", type: .string, description: "Commenter who wrote the replies or mentions",
      values: .strings(networks.flatMap { $0.sources.map { ids[$0] } }))
    let target = ExportColumn(
      name: "target", type: .string, description: "Commenter replied to or mentioned",
      values: .strings(networks.flatMap { $0.targets.map { ids[$0] } }))
    return ExportTable(
      name: "edges", description: "Edges of each network, source -> target",
      columns: [network, source, target] + mergedColumns(networks.map(\.edgeColumns)),
      primaryKey: ["network", "source", "target"],
      foreignKeys: [
        .init(fields: ["source"], table: "commenters", referencedFields: ["id"]),
        .init(fields: ["target"], table: "commenters", referencedFields: ["id"]),
        .init(fields: ["network"], table: "networks", referencedFields: ["network"]),
      ],
      indexes: [["source"], ["target"]])
  }

  /// Columns of several networks stacked in place (``ExportValues/stacked(_:)``, no copy): a
  /// field present in only some networks (an extra column) is missing in the others.
  static func mergedColumns(_ perNetwork: [[ExportColumn]]) -> [ExportColumn] {
    var names: [String] = []
    var prototype: [String: ExportColumn] = [:]
    for columns in perNetwork {
      for c in columns where prototype[c.name] == nil {
        names.append(c.name)
        prototype[c.name] = c
      }
    }
    return names.map { name in
      var column = prototype[name]!
      let parts = perNetwork.map { columns -> ExportValues in
        let rows = columns.first?.count ?? 0
        if let c = columns.first(where: { $0.name == name }), c.type == column.type {
          return c.values
        }
        return empty(column.values, rows)
      }
      column.values = .stacked(parts)
      return column
    }
  }

  static func empty(_ like: ExportValues, _ rows: Int) -> ExportValues {
    switch like {
    case .integers: .integers(Array(repeating: nil, count: rows))
    case .numbers: .numbers(Array(repeating: .nan, count: rows))
    case .strings, .stringsByRow: .strings(Array(repeating: nil, count: rows))
    case .utf8: .utf8(Array(repeating: nil, count: rows))
    case .booleans: .booleans(Array(repeating: nil, count: rows))
    case .stacked(let parts): parts.first.map { empty($0, rows) } ?? .strings([])
    }
  }
}
