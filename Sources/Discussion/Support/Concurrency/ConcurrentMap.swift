import Dispatch

/// `body(i)` for every `i` in `0..<count`, run in parallel on all cores (Dispatch's
/// `concurrentPerform`), returned in index order: the result does not depend on scheduling.
/// Each call writes only its own slot, so `body` needs no locking of its own.
public func concurrentMap<T>(count: Int, _ body: @Sendable (Int) -> T) -> [T] {
  var results = [T?](repeating: nil, count: count)
  results.withUnsafeMutableBufferPointer { buffer in
    nonisolated(unsafe) let output = buffer
    DispatchQueue.concurrentPerform(iterations: count) { i in output[i] = body(i) }
  }
  return results.map { $0! }
}
