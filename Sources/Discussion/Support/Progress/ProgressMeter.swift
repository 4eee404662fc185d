import Foundation
import Synchronization

/// How far the stage that runs now has got, for a front end to show while it waits: the
/// loaders count files and bytes, the path engine sources, the null model rewirings.
///
/// The work reports to ``current``, a task-local that a front end sets around a run
/// (`ProgressMeter.$current.withValue(meter) { … }`); without one, reporting costs a nil
/// check. Stages read it once on the calling thread, before they fan out to worker threads,
/// and count from any thread (atomically). The front end polls ``snapshot()`` on a timer and
/// draws it as it likes (``Snapshot/line``).
public final class ProgressMeter: Sendable {
  /// The meter the running work reports to, if a front end set one.
  @TaskLocal public static var current: ProgressMeter?

  private struct Stage {
    var name: String
    var unit: String
    var total: Int
    var started: ContinuousClock.Instant
    var generation: Int
  }

  private let stage = Locked<Stage?>(nil)
  private let done = Atomic<Int>(0)
  private let bytes = Atomic<Int>(0)

  public init() {}

  /// Starts stage `name` of `total` `unit` ("files", "sources", "rewirings"), replacing the
  /// stage before.
  public func begin(_ name: String, total: Int, unit: String) {
    stage.withLock { stage in
      done.store(0, ordering: .relaxed)
      bytes.store(0, ordering: .relaxed)
      let generation = (stage?.generation ?? 0) + 1
      stage = Stage(
        name: name, unit: unit, total: total, started: .now, generation: generation)
    }
  }

  /// Counts `count` more units done, and `bytes` more bytes read.
  public func advance(_ count: Int = 1, bytes read: Int = 0) {
    done.add(count, ordering: .relaxed)
    if read > 0 { bytes.add(read, ordering: .relaxed) }
  }

  /// Ends the stage that runs: nothing is shown until the next begins.
  public func end() { stage.withLock { $0 = nil } }

  /// What a front end shows.
  public struct Snapshot: Sendable, Equatable {
    public var stage: String
    public var unit: String
    public var done: Int
    public var total: Int
    public var bytes: Int
    public var elapsed: Duration
    /// Which stage this is (1 for the first begun): a new one restarts the display's clock.
    public var generation: Int

    public init(
      stage: String, unit: String, done: Int, total: Int, bytes: Int, elapsed: Duration,
      generation: Int = 1
    ) {
      self.stage = stage
      self.unit = unit
      self.done = done
      self.total = total
      self.bytes = bytes
      self.elapsed = elapsed
      self.generation = generation
    }

    /// "reading 4,211/10,000 files, 98 MB/s, 12 s left": the counts, the byte rate when bytes
    /// are counted, and the time left at the rate so far once a tenth of a second has passed
    /// and something is done.
    public var line: String {
      let count = DigitGrouping.grouped(min(done, total), separator: ",")
      var text = "\(stage) \(count)/\(DigitGrouping.grouped(total, separator: ",")) \(unit)"
      let seconds =
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      if bytes > 0 && seconds > 0.1 {
        text += ", \(Int((Double(bytes) / 1e6 / seconds).rounded())) MB/s"
      }
      if done > 0 && done < total && seconds > 0.1 {
        let left = seconds * Double(total - done) / Double(done)
        text +=
          left < 60
          ? ", \(Int(left.rounded(.up))) s left" : ", \(Int((left / 60).rounded(.up))) min left"
      }
      return text
    }
  }

  /// The stage that runs now and its counts; nil between stages.
  public func snapshot() -> Snapshot? {
    stage.withLock { stage in
      guard let stage else { return nil }
      return Snapshot(
        stage: stage.name, unit: stage.unit, done: done.load(ordering: .relaxed),
        total: stage.total, bytes: bytes.load(ordering: .relaxed),
        elapsed: ContinuousClock.now - stage.started, generation: stage.generation)
    }
  }
}
