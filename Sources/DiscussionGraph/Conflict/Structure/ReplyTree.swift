import Discussion

/// The shape of a thread's reply tree: the article is the root, top-level comments are its
/// children, and each reply hangs under the comment it answers (a reply whose target is
/// outside the copy hangs under the root).
public struct ReplyTree: Sendable, Hashable {
  /// Comments in the tree (the root not counted).
  public var comments: Int
  /// The largest depth of a comment (top-level comments have depth 1); 0 without comments.
  public var depth: Int
  /// The largest number of comments at one depth.
  public var width: Int
  /// Structural virality (Goel, Anderson, Hofman & Watts 2016, doi:10.1287/mnsc.2015.2158):
  /// the mean shortest-path distance over all pairs of nodes of the tree, root included,
  ///
  ///     ν = (1 / (n(n − 1))) Σ_i Σ_j d_ij = W / C(n, 2),
  ///
  /// with n = comments + 1 and W the Wiener index, Σ over tree edges of s(e)(n − s(e)) for
  /// s(e) the size of the subtree below the edge. A broadcast (every comment top-level) has
  /// ν → 2; long reply chains give large ν. NaN for a thread without comments.
  public var structuralVirality: Double

  /// - Complexity: O(*C*) for *C* comments, whatever the tree's shape (each comment is
  ///   walked once to find its depth, and the subtree sizes come from a counting sort by
  ///   depth).
  public init(_ thread: CommentThread) {
    let n = thread.comments.count
    comments = n
    var parent = [Int](repeating: -1, count: n)  // -1: the root
    for (i, target) in thread.replyTargetIndex.enumerated() {
      if let target, target != i { parent[i] = target }
    }
    // A cycle of replies (possible in damaged tables) is cut at its last link.
    var state = [UInt8](repeating: 0, count: n)
    for s in 0..<n where state[s] == 0 {
      var path: [Int] = []
      var x = s
      while x >= 0, state[x] == 0 {
        state[x] = 1
        path.append(x)
        x = parent[x]
      }
      if x >= 0, state[x] == 1 { parent[path[path.count - 1]] = -1 }
      for y in path { state[y] = 2 }
    }
    var depthOf = [Int](repeating: 0, count: n)
    for s in 0..<n where depthOf[s] == 0 {
      var path: [Int] = []
      var x = s
      while x >= 0, depthOf[x] == 0 {
        path.append(x)
        x = parent[x]
      }
      var d = x >= 0 ? depthOf[x] : 0
      while let y = path.popLast() {
        d += 1
        depthOf[y] = d
      }
    }
    depth = depthOf.max() ?? 0
    var perDepth = [Int](repeating: 0, count: depth + 1)
    for d in depthOf { perDepth[d] += 1 }
    width = perDepth.max() ?? 0
    guard n > 0 else {
      structuralVirality = .nan
      return
    }
    // Subtree sizes, deepest first: comments bucketed by depth (a counting sort), so that a
    // chain of 200,000 replies costs what 200,000 top-level comments do.
    var size = [Int](repeating: 1, count: n)
    var start = [Int](repeating: 0, count: depth + 2)
    for d in depthOf { start[d + 1] += 1 }
    for d in 0...depth { start[d + 1] += start[d] }
    var order = [Int](repeating: 0, count: n)
    var cursor = start
    for i in 0..<n {
      order[cursor[depthOf[i]]] = i
      cursor[depthOf[i]] += 1
    }
    for i in order.reversed() where parent[i] >= 0 { size[parent[i]] += size[i] }
    let nodes = Double(n + 1)
    var wiener = 0.0
    for i in 0..<n { wiener += Double(size[i]) * (nodes - Double(size[i])) }
    structuralVirality = wiener / (nodes * (nodes - 1) / 2)
  }
}
