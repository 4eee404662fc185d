import Dispatch

/// A value computed on another thread while the caller works on something else, and waited
/// for once: ``ThreadLoader/forEachFile(_:mapping:policy:_:)`` reads the next batch of files
/// while its caller works on the batch before, so neither the reading nor the caller's work
/// leaves a core idle while the other runs a serial step.
public final class Prefetch<T: Sendable>: @unchecked Sendable {
  // `value` is written once, before `ready` is signalled, and read once, after waiting on it.
  private let ready = DispatchSemaphore(value: 0)
  private var value: T?

  /// Starts `work` on a global queue.
  public init(_ work: @escaping @Sendable () -> T) {
    DispatchQueue.global().async {
      self.value = work()
      self.ready.signal()
    }
  }

  /// The value, once `work` has finished; call it once.
  public func wait() -> T {
    ready.wait()
    defer { value = nil }
    return value!
  }
}
