import Discussion

extension Graph {
  /// Communities by the Louvain method (Blondel, Guillaume, Lambiotte & Lefebvre 2008,
  /// doi:10.1088/1742-5468/2008/10/P10008) with the modularity objective
  ///
  ///     Q = Σ_c [ in_c / 2m − γ (K_c / 2m)² ]
  ///
  /// on the same undirected weighted projection as
  /// ``leidenCommunities(resolution:seed:maxIterations:)`` (weights summed over both
  /// directions, self-loops kept, non-positive or non-finite weights ignored).
  ///
  /// Each level moves single nodes to the neighbouring community of largest gain until no
  /// move helps (queue-based local moving, repeated until a full pass moves nothing), then
  /// aggregates every community into one node; levels repeat until nothing moves. Unlike
  /// Leiden it can return badly connected or even disconnected communities; it is offered
  /// for comparison with the many studies that used it.
  ///
  /// - Parameters:
  ///   - resolution: γ; above 1 favours smaller communities.
  ///   - seed: seed of the node order; same seed, same partition.
  /// - Returns: the partition, numbered by smallest node id, and its modularity.
  /// - Complexity: about O(E) per level in practice, few levels; O(V + E) memory.
  public func louvainCommunities(resolution: Double = 1, seed: UInt64 = 0)
    -> CommunityPartition
  {
    let network = CommunityNetwork(projecting: self)
    var random = SplitMix64(seed: seed)
    let total = network.totalWeight
    let r = total > 0 ? resolution / total : 0
    var aggregateOf = Array(0..<nodeCount)
    if total > 0 {
      var level = network
      while true {
        var community = Array(0..<level.nodeCount)
        var weight = level.nodeWeight
        var movedAtAll = false
        while level.moveNodes(
          community: &community, communityWeight: &weight, resolution: r, random: &random)
        {
          movedAtAll = true
        }
        let (labels, count) = LeidenPass.dense(community)
        guard movedAtAll, count < level.nodeCount else { break }
        for v in aggregateOf.indices { aggregateOf[v] = labels[aggregateOf[v]] }
        level = level.aggregated(by: labels, groupCount: count)
      }
    }
    let canonical = Components(rawLabels: aggregateOf)
    let q = network.modularity(
      of: canonical.labels, groupCount: canonical.count, resolution: resolution)
    return CommunityPartition(labels: canonical.labels, modularity: q)
  }
}
