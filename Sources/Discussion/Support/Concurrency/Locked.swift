import Foundation

/// A value behind a lock, for state that threads share (the temporary-file registry, the
/// progress meter, the terminal's progress line).
///
/// Why not `Synchronization.Mutex`: on Linux it locks with futex system calls directly,
/// which ThreadSanitizer does not see, so every access under it was reported as a race
/// (`make sanitize`). `NSLock` is a pthread mutex, which ThreadSanitizer understands.
public final class Locked<Value>: @unchecked Sendable {
  // @unchecked: `value` is only read or written while `lock` is held.
  private let lock = NSLock()
  private var value: Value

  public init(_ value: Value) { self.value = value }

  /// Runs `body` with the value, holding the lock.
  public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}
