/// Whole-network figures for a commenter network (README, "Metrics").
public struct GraphSummary: Sendable, Hashable {
  /// Which network they describe.
  public var network: NetworkKind
  public var nodes: Int
  /// Directed edges (distinct commenter pairs u → v).
  public var edges: Int
  /// Sum of edge weights (replies and/or mentions between distinct commenters).
  public var totalWeight: Int
  /// Replies to one's own comments (not drawn).
  public var selfReplies: Int
  /// Commenters with no edge.
  public var isolates: Int
  /// E / (n(n − 1)), igraph `density(loops=False)`.
  public var density: Double
  /// r = L↔ / L, igraph `reciprocity()`.
  public var reciprocity: Double
  /// Garlaschelli–Loffredo ρ = (r − ā) / (1 − ā), ā = L / (n(n − 1)).
  public var reciprocityRho: Double
  public var weakComponents: Int
  public var largestWeakComponent: Int
  public var strongComponents: Int
  /// Largest finite directed hop distance (igraph `diameter(directed=True, unconn=True)`).
  public var diameter: Int
  /// Out-degree of source vs in-degree of target (igraph `assortativity_degree(directed=True)`).
  public var degreeAssortativity: Double
  /// Communities found and the modularity of that partition on the undirected projection.
  public var communities: Int
  public var modularity: Double
  /// Whether path metrics were estimated from sampled sources.
  public var pathSampleSources: Int?
}
