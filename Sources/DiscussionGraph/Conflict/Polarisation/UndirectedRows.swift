/// A simple undirected edge list as compressed sparse rows: the neighbours of node v are
/// `neighbors[offsets[v]..<offsets[v + 1]]`, each edge in the rows of both its ends, in edge
/// order. Built once per graph of the polarisation procedure and shared by its steps (the
/// starting split, the refinement, the random walks), which each used to build their own.
struct UndirectedRows {
  let offsets: [Int]
  let neighbors: [Int32]

  var nodeCount: Int { offsets.count - 1 }
  /// Edges (each counted once).
  var edgeCount: Int { neighbors.count / 2 }
  @inline(__always) func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }

  /// - Complexity: O(V + E).
  init(nodes n: Int, edges: [(Int32, Int32)]) {
    var offsets = [Int](repeating: 0, count: n + 1)
    for (u, v) in edges {
      offsets[Int(u) + 1] += 1
      offsets[Int(v) + 1] += 1
    }
    for v in 0..<n { offsets[v + 1] += offsets[v] }
    self.init(offsets: offsets, edges: edges)
  }

  /// The rows of `edges` when every node's degree is already known, as `offsets` of a graph
  /// with the same degrees: the null model's samples keep every degree, so they share the
  /// observed graph's offsets and skip the count.
  /// - Complexity: O(V + E).
  init(offsets: [Int], edges: [(Int32, Int32)]) {
    var neighbors = [Int32](repeating: 0, count: 2 * edges.count)
    var cursor = offsets
    neighbors.withUnsafeMutableBufferPointer { neighbors in
      cursor.withUnsafeMutableBufferPointer { cursor in
        for (u, v) in edges {
          neighbors[cursor[Int(u)]] = v
          cursor[Int(u)] += 1
          neighbors[cursor[Int(v)]] = u
          cursor[Int(v)] += 1
        }
      }
    }
    assert(cursor.indices.dropLast().allSatisfy { cursor[$0] == offsets[$0 + 1] }, "degrees")
    self.offsets = offsets
    self.neighbors = neighbors
  }

  private init(offsets: [Int], neighbors: [Int32]) {
    self.offsets = offsets
    self.neighbors = neighbors
  }

  /// The rows of `members`, ascending and closed under adjacency (a union of connected
  /// components), renumbered by their position there; each row keeps its order.
  ///
  /// It runs once per null sample (a thousand times a default run), so it writes into raw
  /// buffers: appending element by element checked the array's uniqueness and capacity at each
  /// neighbour.
  /// - Complexity: O(V + the members' degrees).
  func restricted(to members: [Int]) -> UndirectedRows {
    var local = [Int32](repeating: -1, count: nodeCount)
    for (i, v) in members.enumerated() { local[v] = Int32(i) }
    let total = members.reduce(0) { $0 + degree($1) }
    var offsets = [Int](repeating: 0, count: members.count + 1)
    let neighbors = [Int32](unsafeUninitializedCapacity: total) { out, count in
      self.offsets.withUnsafeBufferPointer { from in
        self.neighbors.withUnsafeBufferPointer { adjacent in
          local.withUnsafeBufferPointer { local in
            offsets.withUnsafeMutableBufferPointer { offsets in
              var n = 0
              for (i, v) in members.enumerated() {
                for k in from[v]..<from[v + 1] {
                  out[n] = local[Int(adjacent[k])]
                  n += 1
                }
                offsets[i + 1] = n
              }
              count = n
            }
          }
        }
      }
    }
    return UndirectedRows(offsets: offsets, neighbors: neighbors)
  }
}
