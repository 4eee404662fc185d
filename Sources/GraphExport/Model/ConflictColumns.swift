import Discussion
import DiscussionGraph

/// The conflict figures of every exported network (hostility and sign: README,
/// "replynet conflict"), through the ``ExportColumnProvider`` hook, so every format, the SQLite
/// schema and the data dictionary carry them.
///
/// Edges: `hostile_replies` (replies by the source to the target whose text matches the
/// hostility lexicon), `hostility` (their share of the source's replies to the target; missing
/// without replies), `sign` (of the pair, either direction: −1 when more than half of the pair's
/// replies are hostile, +1 otherwise; missing when the two never replied to each other).
/// Nodes: `hostile_comments`, `hostile_replies_sent`, `hostile_replies_received`, `feuds`.
public struct ConflictColumns: ExportColumnProvider {
  /// The commenter profiles of `replynet conflict`, counted by the same code; the same for
  /// every network.
  let profiles: [CommenterConflict]
  let signed: SignedNetwork

  /// The columns of a corpus's conflict analysis. Keeps only what they need, so that the
  /// analysis's per-comment signals (hundreds of megabytes for a large corpus) are freed
  /// before the bundle is assembled.
  public init(_ analysis: ConflictAnalysis) {
    profiles = CommenterConflict.all(
      corpus: analysis.corpus, comments: analysis.comments, signed: analysis.signed,
      feuds: analysis.feuds, camps: nil)
    signed = analysis.signed
  }

  private static func key(_ a: Int, _ b: Int) -> Int64 { Int64(a) << 32 | Int64(b) }

  public func edgeColumns(for network: CommenterNetwork, corpus: Corpus) -> [ExportColumn] {
    var replies: [Int64: (all: Int, hostile: Int)] = [:]
    for e in signed.edges { replies[Self.key(e.source, e.target)] = (e.replies, e.hostileReplies) }
    var sign: [Int64: Int] = [:]
    for p in signed.pairs where p.replies > 0 {
      sign[Self.key(p.a, p.b)] = p.sign
      sign[Self.key(p.b, p.a)] = p.sign
    }
    let figures = network.edges.map { replies[Self.key($0.source, $0.target)] }
    return [
      ExportColumn(
        name: "hostile_replies", type: .integer,
        description: "Replies by the source to the target that match the hostility lexicon",
        unit: "comments", values: .integers(figures.map { $0?.hostile ?? 0 })),
      ExportColumn(
        name: "hostility", type: .number,
        description: "Share of the source's replies to the target that are hostile",
        unit: "1",
        values: .numbers(
          figures.map { f in
            f.map { $0.all > 0 ? Double($0.hostile) / Double($0.all) : .nan } ?? .nan
          })),
      ExportColumn(
        name: "sign", type: .integer,
        description:
          "Sign of the pair: -1 when more than half of its replies (both ways) are hostile, else +1",
        unit: "1", values: .integers(network.edges.map { sign[Self.key($0.source, $0.target)] })),
    ]
  }

  public func nodeColumns(for network: CommenterNetwork, corpus: Corpus) -> [ExportColumn] {
    let hostileComments = profiles.map { Optional($0.hostileComments) }
    let sent = profiles.map { Optional($0.hostilitySent) }
    let received = profiles.map { Optional($0.hostilityReceived) }
    let feudCount = profiles.map { Optional($0.feuds) }
    let accusedBy = profiles.map { Optional($0.accusedBy) }
    return [
      ExportColumn(
        name: "hostile_comments", type: .integer,
        description: "Comments whose text matches the hostility lexicon", unit: "comments",
        values: .integers(hostileComments)),
      ExportColumn(
        name: "hostile_replies_sent", type: .integer,
        description: "Hostile replies written to other commenters", unit: "comments",
        values: .integers(sent)),
      ExportColumn(
        name: "hostile_replies_received", type: .integer,
        description: "Hostile replies received from other commenters", unit: "comments",
        values: .integers(received)),
      ExportColumn(
        name: "feuds", type: .integer,
        description: "Feuds (strictly alternating reply chains of 3 or more) taken part in",
        unit: "feuds", values: .integers(feudCount)),
      ExportColumn(
        name: "accused_by", type: .integer,
        description:
          "Distinct commenters who replied calling this one a troll or paid (the lexicon's accusations)",
        unit: "commenters", values: .integers(accusedBy)),
    ]
  }
}
