/// A partition of a graph's nodes into communities, as found by
/// ``Graph/leidenCommunities(resolution:seed:maxIterations:)`` or
/// ``Graph/louvainCommunities(resolution:seed:)``.
///
/// Communities are numbered deterministically: 0 is the community of node 0, 1 the
/// community of the smallest node not in community 0, and so on.
public struct CommunityPartition: Sendable, Equatable {
  /// Community of each node, indexed by node.
  public let membership: [Int]
  /// Number of nodes in each community, indexed by community.
  public let sizes: [Int]
  /// Modularity of the partition on the undirected weighted projection the algorithm
  /// optimised (weights summed over both directions, self-loops kept), at the resolution it
  /// used; NaN when the projection has no edge weight.
  public let modularity: Double

  /// Number of communities.
  public var count: Int { sizes.count }

  /// Relabels `labels` canonically (by smallest node id) and records sizes.
  init(labels: [Int], modularity: Double) {
    let canonical = Components(rawLabels: labels)
    self.membership = canonical.labels
    self.sizes = canonical.sizes
    self.modularity = modularity
  }
}

/// Community detection algorithms offered by ``Graph/communities(algorithm:resolution:seed:)``.
public enum CommunityAlgorithm: String, Sendable, CaseIterable {
  /// Leiden (Traag, Waltman & van Eck 2019): communities are guaranteed connected.
  case leiden
  /// Louvain (Blondel et al. 2008): the classic; communities may be disconnected.
  case louvain
}

extension Graph {
  /// Communities maximising modularity on the undirected weighted projection, by the chosen
  /// algorithm. See ``leidenCommunities(resolution:seed:maxIterations:)`` and
  /// ``louvainCommunities(resolution:seed:)``.
  public func communities(
    algorithm: CommunityAlgorithm = .leiden, resolution: Double = 1, seed: UInt64 = 0
  ) -> CommunityPartition {
    switch algorithm {
    case .leiden: leidenCommunities(resolution: resolution, seed: seed)
    case .louvain: louvainCommunities(resolution: resolution, seed: seed)
    }
  }
}
