extension Array where Element == UInt8 {
  /// Hands the bytes to `emit` and empties the buffer (keeping its capacity) once it holds
  /// `chunkSize` bytes or more: how the writers of large files (CSV, GraphML, GEXF, JSON)
  /// write them a few megabytes at a time instead of holding them whole.
  mutating func emitChunk<Failure: Error>(
    ifAtLeast chunkSize: Int, _ emit: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    guard count >= chunkSize else { return }
    try emit(self)
    removeAll(keepingCapacity: true)
  }
}
