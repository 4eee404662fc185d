import Discussion

/// Sources whose search is derived from another's instead of run: a node `s` with a single
/// out-neighbour `u` in the simple graph (a commenter who replied to one person), where `u`
/// itself has another out-degree than 1 and so is searched.
///
/// Every shortest path from `s` is `s → u` followed by a shortest path from `u`, and those never
/// pass through `s`, so for every target `t ≠ s`: `d(s, t) = 1 + d(u, t)` and `σ_st = σ_ut`.
/// Hence (the degree-1 reduction of Baglioni et al., "Fast exact computation of betweenness
/// centrality in social networks", ASONAM 2012, here for out-degree 1 in a directed graph):
/// - `δ_s(v) = δ_u(v) − [u reaches s] · σ_us(v)/σ_us` for `v ∉ {s, u}`, and `δ_s(u)` is the
///   number of targets past `u`. So `u`'s search accumulates with target weight
///   `1 + m_u − [t is a pendant of u]` instead of 1 (`m_u` pendants), which adds all of its
///   pendants' dependencies at once;
/// - `s`'s distances are `u`'s histogram shifted by one, without `s` itself.
///
/// About a quarter of the searches of a reply network are pendants. Only exact runs (every
/// node a source) use this; a sampled run searches each of its sources.
struct PathEnginePendants: Sendable {
  /// Per internal node: the node whose search gives its own (`u`), or -1.
  let of: [Int]
  /// The pendants of each internal node, ascending.
  let byNode: IndexGroups

  /// The pendants of `adjacency`, or none when `enabled` is false.
  init(_ adjacency: PathEngineAdjacency, enabled: Bool) {
    let n = adjacency.offsets.count - 1
    func outDegree(_ v: Int) -> Int { adjacency.offsets[v + 1] - adjacency.offsets[v] }
    of = (0..<n).map { s in
      guard enabled, outDegree(s) == 1 else { return -1 }
      let u = Int(adjacency.neighbors[adjacency.offsets[s]])
      return outDegree(u) != 1 ? u : -1
    }
    byNode = IndexGroups(keys: of, groupCount: n)
  }
}
