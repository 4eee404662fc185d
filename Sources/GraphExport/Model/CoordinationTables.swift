import Discussion
import DiscussionGraph

/// The coordination network (``DiscussionGraph/CoordinationAnalysis``) as the export writes
/// it: a network like the others, undirected, over every commenter, with an edge for each
/// significant pair and the group of each member; and the tables `coordination_edges` and
/// `coordination_groups` (CSV, SQLite, data dictionary).
struct CoordinationTables {
  let analysis: CoordinationAnalysis
  let commenterIDs: [String]
  let threadKeys: [String]
  let commenterCount: Int

  /// The group number of each commenter (corpus order); nil for one in no group.
  var groupOf: [Int?] {
    var out = [Int?](repeating: nil, count: commenterCount)
    for g in analysis.groups { for m in g.members { out[m] = g.number } }
    return out
  }

  /// The network: graph fields (the test's options and counts), a `group` node field, and
  /// the edge fields of every significant pair, `source` < `target` in corpus order.
  var network: ExportBundle.Network {
    let o = analysis.options
    func int(_ name: String, _ v: Int, _ d: String, _ unit: String? = nil) -> ExportColumn {
      ExportColumn(name: name, type: .integer, description: d, unit: unit, values: .integers([v]))
    }
    let graphColumns = [
      int("window_s", Int(o.window), "Seconds within which two comments count as together", "s"),
      ExportColumn(
        name: "alpha", type: .number, description: "Family-wise error rate (Bonferroni)",
        unit: "1", values: .numbers([o.alpha])),
      int("min_threads", o.minThreads, "Threads together a pair needs at least", "threads"),
      int("pairs_tested", analysis.pairsTested, "Pairs together in at least one thread", "pairs"),
      int("groups", analysis.groups.count, "Groups of coordinated commenters", "groups"),
      int(
        "threads_too_dense", analysis.threadsTooDense,
        "Threads left out: 90% or more of their pairs of comments within the window", "threads"),
    ]
    let group = ExportColumn(
      name: "group", type: .integer,
      description: "Coordination group of the commenter; missing when in none", unit: "group",
      values: .integers(groupOf))
    return ExportBundle.Network(
      name: "coordination", isDirected: false, graphColumns: graphColumns, nodeColumns: [group],
      sources: analysis.edges.map(\.first), targets: analysis.edges.map(\.second),
      edgeColumns: edgeColumns)
  }

  var edgeColumns: [ExportColumn] {
    let edges = analysis.edges
    let groups = groupOf
    let similarity = analysis.options.similarity
    func ints(_ name: String, _ d: String, _ unit: String, _ f: (CoordinationEdge) -> Int)
      -> ExportColumn
    {
      ExportColumn(
        name: name, type: .integer, description: d, unit: unit,
        values: .integers(edges.map { f($0) }))
    }
    func numbers(_ name: String, _ d: String, _ f: (CoordinationEdge) -> Double) -> ExportColumn {
      ExportColumn(
        name: name, type: .number, description: d, unit: "1", values: .numbers(edges.map(f)))
    }
    return [
      ints("group", "Coordination group of the pair", "group") { groups[$0.first] ?? 0 },
      ints("observed", "Threads in which they wrote within the window of each other", "threads") {
        $0.observed
      },
      ints("shared_threads", "Threads in which both wrote a dated comment", "threads") {
        $0.sharedThreads
      },
      numbers("expected", "Threads together the null model expects") { $0.expected },
      numbers("p", "P(X ≥ observed | X ≥ 1) under the null model") { $0.pValue },
      numbers("adjusted_p", "p times the pairs tested (Bonferroni), at most 1") {
        $0.adjustedPValue
      },
      ints("comment_pairs", "Pairs of their comments within the window", "pairs") {
        $0.pairs.count
      },
      ints("same_target_pairs", "Comment pairs replying to the same comment", "pairs") {
        $0.sameTargetPairs
      },
      ints(
        "near_identical_pairs", "Comment pairs with texts of similarity ≥ the threshold", "pairs"
      ) { $0.nearIdenticalPairs(atLeast: similarity) },
      ints("shared_texts", "Near-identical texts of the two anywhere in the corpus", "pairs") {
        $0.sharedTexts.count
      },
      ExportColumn(
        name: "threads", type: .string, description: "Threads in which they were together",
        values: .strings(
          edges.map { e in
            Array(Set(e.pairs.map(\.thread))).sorted().map { threadKeys[$0] }.joined(separator: " ")
          })),
    ]
  }

  /// `coordination_edges`: one row per significant pair.
  var edgesTable: ExportTable {
    let edges = analysis.edges
    return ExportTable(
      name: "coordination_edges",
      description: "Pairs of commenters together in threads far more often than chance",
      columns: [
        ExportColumn(
          name: "source", type: .string, description: "One commenter of the pair",
          values: .strings(edges.map { commenterIDs[$0.first] })),
        ExportColumn(
          name: "target", type: .string, description: "The other commenter of the pair",
          values: .strings(edges.map { commenterIDs[$0.second] })),
      ] + edgeColumns,
      primaryKey: ["source", "target"],
      foreignKeys: [
        .init(fields: ["source"], table: "commenters", referencedFields: ["id"]),
        .init(fields: ["target"], table: "commenters", referencedFields: ["id"]),
      ])
  }

  /// `coordination_groups`: one row per member of a group.
  var groupsTable: ExportTable {
    let rows = analysis.groups.flatMap { g in g.members.map { (g, $0) } }
    return ExportTable(
      name: "coordination_groups", description: "The members of each coordination group",
      columns: [
        ExportColumn(
          name: "group", type: .integer, description: "Group number, largest first",
          unit: "group", values: .integers(rows.map { $0.0.number })),
        ExportColumn(
          name: "commenter", type: .string, description: "Commenter ID (or pseudonym)",
          values: .strings(rows.map { commenterIDs[$0.1] })),
        ExportColumn(
          name: "group_adjusted_p", type: .number,
          description: "Smallest adjusted p-value of the group's pairs", unit: "1",
          values: .numbers(rows.map { $0.0.adjustedPValue })),
      ],
      primaryKey: ["group", "commenter"],
      foreignKeys: [.init(fields: ["commenter"], table: "commenters", referencedFields: ["id"])])
  }
}
