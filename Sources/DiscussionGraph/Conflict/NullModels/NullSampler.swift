/// The swap chain of a null model, with the buffers its snapshots are copied into, for
/// ``Polarisation``: one batch of snapshots is made on another thread while the batch before
/// is measured, into buffers allocated once and recycled.
///
/// The buffers are allocated by the thread that creates the sampler: snapshots allocated anew
/// on the making thread and freed on another left glibc's per-thread arenas holding 15–65 MB
/// more at the null model's peak on the benchmark corpus.
///
/// One batch at a time: ``next(_:)`` runs on one thread at once, and ``recycle(_:)`` only
/// while it does not run.
final class NullSampler: @unchecked Sendable {
  /// The chain; mutated by ``next(_:)`` only, once the burn-in is done.
  var chain: DegreePreservingRewiring
  private let attemptsBetween: Int
  /// Buffers free for the next batch, each of the chain's edge count.
  private var spare: [[(Int32, Int32)]]

  /// A sampler with the buffers of two batches of `batch` snapshots.
  init(_ chain: DegreePreservingRewiring, attemptsBetween: Int, batch: Int) {
    self.chain = chain
    self.attemptsBetween = attemptsBetween
    let edges = chain.edges.count
    spare = (0..<2 * batch).map { _ in [(Int32, Int32)](repeating: (0, 0), count: edges) }
  }

  /// The next `count` snapshots of the edges, each after `attemptsBetween` more swap attempts.
  /// - Complexity: O(count · (attemptsBetween + E)).
  func next(_ count: Int) -> [[(Int32, Int32)]] {
    var batch: [[(Int32, Int32)]] = []
    batch.reserveCapacity(count)
    for _ in 0..<count {
      chain.swap(attempts: attemptsBetween)
      guard var buffer = spare.popLast() else {
        batch.append(Array(chain.edges[...]))  // a copy, not the chain's own storage
        continue
      }
      buffer.withUnsafeMutableBufferPointer { to in
        chain.edges.withUnsafeBufferPointer { from in _ = to.update(fromContentsOf: from) }
      }
      batch.append(buffer)
    }
    return batch
  }

  /// Takes back the buffers of a batch that has been measured (a consumed batch leaves them
  /// uniquely referenced, so the next batch writes into them without copying).
  func recycle(_ batch: consuming [[(Int32, Int32)]]) {
    spare += batch
  }
}
