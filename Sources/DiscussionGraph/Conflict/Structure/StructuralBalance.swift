/// Structural balance of a signed network: the share of its triangles that are balanced.
///
/// A triangle is balanced when the product of its three signs is positive ("the friend of my
/// friend is my friend, the enemy of my enemy is my friend"): + + +, or one + and two −.
/// Heider 1946 (doi:10.1080/00223980.1946.9917275); Cartwright & Harary 1956
/// (doi:10.1037/h0046049). Triangles are those of the undirected pairs of
/// ``SignedNetwork``, each counted once.
public struct StructuralBalance: Sendable, Hashable {
  public var triangles: Int
  public var balanced: Int
  /// balanced / triangles; NaN without triangles.
  public var ratio: Double { triangles > 0 ? Double(balanced) / Double(triangles) : .nan }

  /// Counts the triangles of `network`'s pairs and the balanced ones among them.
  ///
  /// - Complexity: O(P^1.5) for P pairs (each triangle found once from its lowest-ranked
  ///   node, nodes ranked by degree; Chiba & Nishizeki 1985).
  public init(_ network: SignedNetwork) {
    let n = network.nodeCount
    var degree = [Int](repeating: 0, count: n)
    for p in network.pairs {
      degree[p.a] += 1
      degree[p.b] += 1
    }
    // Orient each pair from lower to higher (degree, id) rank.
    func before(_ x: Int, _ y: Int) -> Bool { (degree[x], x) < (degree[y], y) }
    var forward = [[(Int, Int)]](repeating: [], count: n)
    for p in network.pairs {
      if before(p.a, p.b) {
        forward[p.a].append((p.b, p.sign))
      } else {
        forward[p.b].append((p.a, p.sign))
      }
    }
    var mark = [Int](repeating: 0, count: n)
    var triangles = 0
    var balanced = 0
    for u in 0..<n where forward[u].count >= 2 {
      for (v, s) in forward[u] { mark[v] = s }
      for (v, suv) in forward[u] {
        for (w, svw) in forward[v] where mark[w] != 0 {
          triangles += 1
          if suv * svw * mark[w] > 0 { balanced += 1 }
        }
      }
      for (v, _) in forward[u] { mark[v] = 0 }
    }
    self.triangles = triangles
    self.balanced = balanced
  }
}
