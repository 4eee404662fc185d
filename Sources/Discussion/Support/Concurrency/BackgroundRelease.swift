import Dispatch

/// Frees `value` (a file's or a corpus's threads, hundreds of megabytes of small objects) on
/// another thread, so that the caller goes on at once instead of spending a tenth of a second
/// of one core on `free` for every 600,000 comments. A command that ends while it runs exits
/// without waiting for it: the process's memory goes back to the system whole.
///
/// - Complexity: O(1) for the caller; the freeing is O(size of `value`) on another thread.
public func releaseInBackground<T: Sendable>(_ value: consuming T) {
  let box = ReleaseBox(value)
  DispatchQueue.global(qos: .utility).async { box.empty() }
}

/// The one reference to a value on its way to being freed.
private final class ReleaseBox<T: Sendable>: @unchecked Sendable {
  private var value: T?
  init(_ value: consuming T) { self.value = value }
  /// Called once, on the releasing thread: the box is its only holder.
  func empty() { value = nil }
}
