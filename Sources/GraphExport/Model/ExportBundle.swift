import Discussion
import DiscussionGraph

/// Everything an export writes, assembled once from a corpus and its networks and shared by
/// every format: the networks with their node and edge fields, and the tables (commenters,
/// nodes, metrics, edges, comments, threads, networks).
///
/// Identifiers: a commenter is known by its export ID in every file — its ``CommenterID``
/// (or pseudonym) without the characters XML cannot carry, made unique by a `~2`, `~3`
/// suffix in the rare case that removing them makes two equal. Threads likewise.
public struct ExportBundle: Sendable {
  /// One network with the statistics computed on it.
  public struct NetworkInput: Sendable {
    public var network: CommenterNetwork
    public var statistics: CommenterStatistics
    public init(network: CommenterNetwork, statistics: CommenterStatistics) {
      self.network = network
      self.statistics = statistics
    }
  }

  /// Options that change what is written.
  public struct Options: Sendable {
    /// Salt for pseudonyms; `nil` writes names. With a salt no name is written anywhere:
    /// IDs and labels are pseudonyms; spellings, comment texts and names as written are left
    /// out (a text can name people); the comment table's reply-header names are pseudonyms.
    public var pseudonymSalt: String?
    /// Analyses that add fields (see ``ExportColumnProvider``).
    public var columnProviders: [any ExportColumnProvider]
    /// The coordination analysis, written as the `coordination` network and its tables.
    public var coordination: CoordinationAnalysis?
    public init(
      pseudonymSalt: String? = nil, columnProviders: [any ExportColumnProvider] = [],
      coordination: CoordinationAnalysis? = nil
    ) {
      self.pseudonymSalt = pseudonymSalt
      self.columnProviders = columnProviders
      self.coordination = coordination
    }
  }

  /// One network as the graph formats write it.
  public struct Network: Sendable {
    /// `reply`, `mention`, `combined` or `coordination`: the stem of its files.
    public var name: String
    /// Whether edges run from source to target (the coordination network's do not).
    public var isDirected: Bool
    /// Fields of the graph as a whole (the summary), one row.
    public var graphColumns: [ExportColumn]
    /// Per-node fields after `label` (spellings unless pseudonymised, metrics, extras).
    public var nodeColumns: [ExportColumn]
    /// Edge endpoints, indices into the bundle's commenters.
    public var sources: [Int]
    public var targets: [Int]
    /// Per-edge fields (weight, layer, replies, mentions, evidence, threads, times, extras).
    public var edgeColumns: [ExportColumn]
  }

  public let isPseudonymized: Bool
  /// Export ID and label of each commenter (corpus order).
  public let commenterIDs: [String]
  public let labels: [String]
  public let networks: [Network]
  /// The coordination network, when the analysis was given: undirected, over every commenter.
  public let coordination: Network?
  /// Tables by name: commenters, nodes, metrics, edges, comments, threads, networks.
  public let tables: [String: ExportTable]
  /// The threads as the generic comment table writes them (pseudonymised when asked).
  public let commentThreads: [CommentThread]

  /// Assembles the bundle.
  /// - Throws: ``ExportError`` when a column provider returns a column of the wrong length
  ///   or a name already used.
  /// - Complexity: O(C + V·M + E) for C comments, V commenters, M metrics and E edges.
  public init(corpus: Corpus, networks inputs: [NetworkInput], options: Options = Options())
    throws(ExportError)
  {
    let pseudonymizer = options.pseudonymSalt.map(Pseudonymizer.init(salt:))
    isPseudonymized = pseudonymizer != nil
    let rawIDs = corpus.commenters.map { c in
      pseudonymizer?.pseudonym(for: c.id.rawValue) ?? XMLText.clean(c.id.rawValue)
    }
    commenterIDs = Self.unique(rawIDs)
    labels =
      pseudonymizer == nil ? corpus.commenters.map(\.displayName) : commenterIDs
    let threadKeys = Self.unique(corpus.threads.map { XMLText.clean($0.id) })

    var built: [Network] = []
    for input in inputs {
      built.append(
        try Self.network(
          input, corpus: corpus, threadKeys: threadKeys, pseudonymized: isPseudonymized,
          providers: options.columnProviders))
    }
    self.networks = built
    let ids = commenterIDs
    let coordinationTables = options.coordination.map {
      CoordinationTables(
        analysis: $0, commenterIDs: ids, threadKeys: threadKeys,
        commenterCount: corpus.commenters.count)
    }
    coordination = coordinationTables?.network
    let comments = CommentTables(
      corpus: corpus, commenterIDs: commenterIDs, threadKeys: threadKeys,
      pseudonymized: isPseudonymized)
    var tables: [String: ExportTable] = [:]
    for table in [
      comments.commenters(labels: labels), comments.comments(), comments.threads(),
      NetworkTables.nodes(built, ids: commenterIDs, labels: labels),
      NetworkTables.metrics(built, ids: commenterIDs),
      NetworkTables.edges(built, ids: commenterIDs),
      NetworkTables.networks(built),
    ] + (coordinationTables.map { [$0.edgesTable, $0.groupsTable] } ?? []) {
      tables[table.name] = table
    }
    self.tables = tables
    commentThreads = comments.tableThreads(pseudonymizer: pseudonymizer)
  }

  /// `values` with duplicates (and empty strings) made unique by `~2`, `~3`… in order.
  static func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    var out: [String] = []
    out.reserveCapacity(values.count)
    for value in values {
      var candidate = value.isEmpty ? "~" : value
      var k = 2
      while seen.contains(candidate) {
        candidate = (value.isEmpty ? "~" : value) + "~\(k)"
        k += 1
      }
      seen.insert(candidate)
      out.append(candidate)
    }
    return out
  }

  static func network(
    _ input: NetworkInput, corpus: Corpus, threadKeys: [String], pseudonymized: Bool,
    providers: [any ExportColumnProvider]
  ) throws(ExportError) -> Network {
    let network = input.network
    var nodeColumns: [ExportColumn] = []
    if !pseudonymized {
      nodeColumns.append(
        ExportColumn(
          name: "spellings", type: .string,
          description: "Every spelling of the commenter's name seen, separated by \" | \"",
          values: .strings(corpus.commenters.map { $0.spellings.joined(separator: " | ") })))
    }
    nodeColumns += MetricDictionary.columns(of: input.statistics)
    var edgeColumns = NetworkTables.edgeColumns(network, threadKeys: threadKeys)
    let reserved: Set<String> = [
      "id", "label", "network", "source", "target", "commenter",
    ]
    for provider in providers {
      for column in provider.nodeColumns(for: network, corpus: corpus) {
        try check(column, rows: network.commenters.count, against: nodeColumns, reserved: reserved)
        nodeColumns.append(column)
      }
      for column in provider.edgeColumns(for: network, corpus: corpus) {
        try check(column, rows: network.edges.count, against: edgeColumns, reserved: reserved)
        edgeColumns.append(column)
      }
    }
    return Network(
      name: network.kind.rawValue, isDirected: true,
      graphColumns: NetworkTables.summaryColumns(input.statistics.summary),
      nodeColumns: nodeColumns, sources: network.edges.map(\.source),
      targets: network.edges.map(\.target), edgeColumns: edgeColumns)
  }

  static func check(
    _ column: ExportColumn, rows: Int, against existing: [ExportColumn], reserved: Set<String>
  ) throws(ExportError) {
    guard column.count == rows else {
      throw ExportError(
        message: "extra column \(column.name) has \(column.count) values for \(rows) rows")
    }
    guard !reserved.contains(column.name), !existing.contains(where: { $0.name == column.name })
    else {
      throw ExportError(message: "extra column \(column.name) repeats a field name")
    }
  }
}
