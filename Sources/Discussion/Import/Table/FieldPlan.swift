/// The fields one table layout reads, numbered as slots, and a trie of their paths over
/// lower-case key bytes, so that a record scanner decides for each key it meets whether it is
/// read (into which slot), descended into (an object holding read fields), or not read.
struct FieldPlan: Sendable {
  struct Entry: Sendable {
    /// The slot this key's value fills, or -1.
    var slot = -1
    /// The node for the members of this key's object value, or -1.
    var child = -1
  }

  /// One object level: its keys (lower case, as bytes).
  struct Node: Sendable {
    var entries: [[UInt8]: Entry] = [:]
    /// The dotted path of this node, with a trailing dot ("" for the record, "meta." below).
    var prefix: String
  }

  /// The path of each slot.
  let paths: [FieldPath]
  private(set) var nodes: [Node] = [Node(prefix: "")]

  init(paths: [FieldPath]) {
    self.paths = paths
    for (slot, path) in paths.enumerated() {
      var node = 0
      for (depth, component) in path.components.enumerated() {
        let key = Array(component.utf8)
        var entry = nodes[node].entries[key] ?? Entry()
        if depth == path.components.count - 1 {
          if entry.slot < 0 { entry.slot = slot }
          nodes[node].entries[key] = entry
        } else {
          if entry.child < 0 {
            entry.child = nodes.count
            nodes.append(Node(prefix: nodes[node].prefix + component + "."))
          }
          nodes[node].entries[key] = entry
          node = entry.child
        }
      }
    }
  }

  var slotCount: Int { paths.count }

  /// The entry for a lower-case key in `node`.
  func entry(node: Int, key: UnsafeBufferPointer<UInt8>) -> Entry? {
    nodes[node].entries[Array(key)]
  }
}
