/// A partition of a graph's nodes into connected components.
///
/// Components are numbered in order of their smallest node id: component 0 holds node 0,
/// component 1 holds the smallest node not in component 0, and so on. The numbering depends
/// only on the graph, never on traversal order, so it is deterministic and comparable with
/// igraph's `connected_components().membership` after the same relabelling.
public struct Components: Sendable, Equatable {
  /// Component of each node, indexed by node.
  public let labels: [Int]
  /// Number of nodes in each component, indexed by component.
  public let sizes: [Int]

  /// Number of components (0 for the empty graph; every isolated node is its own component).
  public var count: Int { sizes.count }

  /// The largest component, ties broken by the smaller label (so by the smaller node id);
  /// `nil` for the empty graph.
  public var largest: Int? {
    var best: Int?
    for c in sizes.indices where best.map({ sizes[c] > sizes[$0] }) ?? true { best = c }
    return best
  }

  /// Nodes of component `c` in increasing order.
  /// - Complexity: O(V).
  public func nodes(of c: Int) -> [Int] {
    labels.indices.filter { labels[$0] == c }
  }

  /// Builds components from arbitrary non-negative labels, renumbering them by smallest
  /// node id. Labels below `4 × count + 16` use an array as the map, others a dictionary.
  init(rawLabels: [Int]) {
    var labels = [Int]()
    var sizes = [Int]()
    labels.reserveCapacity(rawLabels.count)
    let bound = 4 * rawLabels.count + 16
    var small = [Int](repeating: -1, count: max(0, min(bound, (rawLabels.max() ?? -1) + 1)))
    var large = [Int: Int]()
    for raw in rawLabels {
      let c: Int
      if raw >= 0 && raw < small.count {
        if small[raw] < 0 {
          small[raw] = sizes.count
          sizes.append(0)
        }
        c = small[raw]
      } else if let known = large[raw] {
        c = known
      } else {
        c = sizes.count
        large[raw] = c
        sizes.append(0)
      }
      sizes[c] += 1
      labels.append(c)
    }
    self.labels = labels
    self.sizes = sizes
  }
}

extension Graph {
  /// Weakly connected components: the components of the graph with edge directions ignored
  /// (for undirected graphs, the connected components). Self-loops and parallel edges do not
  /// matter. Matches igraph `connected_components(mode="weak")` and NetworkX
  /// `weakly_connected_components`, up to the canonical numbering of ``Components``.
  ///
  /// Breadth-first search with an explicit queue (no recursion), started from nodes in
  /// increasing id order, so labels come out already in canonical order.
  ///
  /// - Complexity: O(V + E) time, O(V) extra memory.
  public func weaklyConnectedComponents() -> Components {
    var label = [Int](repeating: -1, count: nodeCount)
    var queue = [Int32]()
    queue.reserveCapacity(nodeCount)
    var next = 0
    for root in 0..<nodeCount where label[root] < 0 {
      label[root] = next
      queue.removeAll(keepingCapacity: true)
      queue.append(Int32(root))
      var head = 0
      while head < queue.count {
        let v = Int(queue[head])
        head += 1
        for i in outOffsets[v]..<outOffsets[v + 1] {
          let u = Int(outNeighbors[i])
          if label[u] < 0 {
            label[u] = next
            queue.append(Int32(u))
          }
        }
        if isDirected {
          for i in inOffsets[v]..<inOffsets[v + 1] {
            let u = Int(inNeighbors[i])
            if label[u] < 0 {
              label[u] = next
              queue.append(Int32(u))
            }
          }
        }
      }
      next += 1
    }
    return Components(rawLabels: label)
  }

  /// Strongly connected components: maximal sets of nodes that reach each other along
  /// directed paths. For undirected graphs they equal the weakly connected components.
  /// Matches igraph `connected_components(mode="strong")` and NetworkX
  /// `strongly_connected_components`, up to the canonical numbering of ``Components``.
  ///
  /// Tarjan's algorithm (Tarjan 1972, doi:10.1137/0201010) written iteratively with an
  /// explicit call stack, so graphs of any depth run without recursion.
  ///
  /// - Complexity: O(V + E) time, O(V) extra memory.
  public func stronglyConnectedComponents() -> Components {
    guard isDirected else { return weaklyConnectedComponents() }
    let n = nodeCount
    var index = [Int32](repeating: -1, count: n)
    var low = [Int32](repeating: 0, count: n)
    var onStack = [Bool](repeating: false, count: n)
    var component = [Int](repeating: -1, count: n)
    var tarjanStack = [Int32]()
    // Call stack frames: node and the position of the next out-edge to look at.
    var callNode = [Int32]()
    var callEdge = [Int]()
    var counter: Int32 = 0
    var found = 0
    for root in 0..<n where index[root] < 0 {
      index[root] = counter
      low[root] = counter
      counter += 1
      tarjanStack.append(Int32(root))
      onStack[root] = true
      callNode.append(Int32(root))
      callEdge.append(outOffsets[root])
      while let top = callNode.last {
        let v = Int(top)
        let position = callEdge[callEdge.count - 1]
        if position < outOffsets[v + 1] {
          callEdge[callEdge.count - 1] = position + 1
          let u = Int(outNeighbors[position])
          if index[u] < 0 {
            index[u] = counter
            low[u] = counter
            counter += 1
            tarjanStack.append(Int32(u))
            onStack[u] = true
            callNode.append(Int32(u))
            callEdge.append(outOffsets[u])
          } else if onStack[u] {
            low[v] = min(low[v], index[u])
          }
          continue
        }
        // All edges of v done: pop its frame, close a component if v is a root.
        callNode.removeLast()
        callEdge.removeLast()
        if low[v] == index[v] {
          while let w = tarjanStack.popLast() {
            onStack[Int(w)] = false
            component[Int(w)] = found
            if Int(w) == v { break }
          }
          found += 1
        }
        if let parent = callNode.last {
          low[Int(parent)] = min(low[Int(parent)], low[v])
        }
      }
    }
    return Components(rawLabels: component)
  }
}
