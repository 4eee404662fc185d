extension Dictionary {
  /// The value for `key`, after inserting `value` when there is none: one hash lookup, where
  /// `self[key] ?? …` followed by an insertion costs two (String hashing is what costs when
  /// numbering the names and ids of a corpus). `table.findOrInsert(key, table.count)` numbers
  /// keys in order of first appearance.
  public mutating func findOrInsert(_ key: Key, _ value: Value) -> Value {
    func read(_ slot: inout Value) -> Value { slot }
    return read(&self[key, default: value])
  }
}
