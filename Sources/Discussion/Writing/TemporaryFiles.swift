import Dispatch
import Foundation

/// The temporary files being written beside their destinations (``OutputFile``, the SQLite
/// export), so that an interrupted run leaves none behind: after
/// ``removeOnTermination()``, SIGINT (Ctrl-C), SIGTERM or SIGHUP removes every one still
/// open, then ends the process by the same signal, as if it had not been caught (a shell
/// sees 130 for Ctrl-C). Destinations are never touched: a file is either the earlier one
/// or the new one whole, since it is only ever replaced by a rename.
///
/// Creating, renaming into place and removing a temporary file each hold the one lock the
/// signal handler takes, so the handler never sees a file half registered or half renamed.
public enum TemporaryFiles {
  private static let live = Locked<Set<String>>([])
  private static let handlers = Locked<[any DispatchSourceSignal]>([])

  /// The hidden name beside `path` that a new version of it is written under:
  /// `dir/.name.PID.tmp`.
  public static func path(beside path: String) -> String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
    ).path
  }

  /// Creates (empty, replacing any earlier one) and registers the temporary file beside
  /// `destination`, for writing; `nil` when it cannot be created.
  public static func create(beside destination: String) -> (path: String, handle: FileHandle)? {
    let temporary = path(beside: destination)
    return live.withLock { live in
      guard FileManager.default.createFile(atPath: temporary, contents: nil),
        let handle = FileHandle(forWritingAtPath: temporary)
      else { return nil }
      live.insert(temporary)
      return (temporary, handle)
    }
  }

  /// Registers the temporary name beside `destination` that another writer (SQLite) will
  /// create, removing any file left there.
  public static func reserve(beside destination: String) -> String {
    let temporary = path(beside: destination)
    live.withLock { live in
      unlink(temporary)
      live.insert(temporary)
    }
    return temporary
  }

  /// Renames `temporary` onto `destination` and forgets it.
  /// - Returns: `errno` when the rename failed (the temporary file is then removed).
  @discardableResult
  public static func commit(_ temporary: String, to destination: String) -> Int32? {
    live.withLock { live in
      live.remove(temporary)
      if rename(temporary, destination) == 0 { return nil }
      let code = errno
      unlink(temporary)
      return code
    }
  }

  /// Removes `temporary` and forgets it.
  public static func remove(_ temporary: String) {
    live.withLock { live in
      live.remove(temporary)
      unlink(temporary)
    }
  }

  /// The temporary files open now (for tests).
  public static var open: Set<String> { live.withLock { $0 } }

  /// Installs the handlers for SIGINT, SIGTERM and SIGHUP (once; later calls do nothing).
  public static func removeOnTermination() {
    handlers.withLock { handlers in
      guard handlers.isEmpty else { return }
      for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
        // The signal is ignored as a signal and delivered as an event on a queue, where the
        // handler may take locks and remove files, which a C signal handler may not.
        signal(signalNumber, SIG_IGN)
        let source = DispatchSource.makeSignalSource(
          signal: signalNumber, queue: .global(qos: .userInteractive))
        source.setEventHandler { terminate(by: signalNumber) }
        source.resume()
        handlers.append(source)
      }
    }
  }

  /// Removes every temporary file and ends the process by `signalNumber`, holding the lock so
  /// that no file is created or renamed meanwhile.
  private static func terminate(by signalNumber: Int32) -> Never {
    live.withLock { live in
      for temporary in live { unlink(temporary) }
      signal(signalNumber, SIG_DFL)
      var set = sigset_t()
      sigemptyset(&set)
      sigaddset(&set, signalNumber)
      pthread_sigmask(SIG_UNBLOCK, &set, nil)
      raise(signalNumber)
      _exit(128 + signalNumber)  // not reached: the default action ends the process
    }
  }
}
