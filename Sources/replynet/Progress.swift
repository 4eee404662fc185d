import Discussion
import Dispatch

/// What a long command is doing, on standard error, one line rewritten in place, only when
/// standard error is a terminal (logs and pipes stay clean): the stage it is in ("reading…"),
/// and, for a stage that counts (``Discussion/ProgressMeter``) and has run a second, its counts,
/// rate and time left ("reading 4,211/10,000 files, 98 MB/s, 12 s left"); once the counted
/// stage ends, the stage message again.
final class Progress {
  let enabled: Bool
  private var timer: (any DispatchSourceTimer)?
  /// The last stage message, and whether counts are on show in its place; `nil` once done.
  private let shown = Locked<(message: String, counting: Bool)?>(("", false))

  /// Starts showing the counts of ``Discussion/ProgressMeter/current`` (set by
  /// `Replynet.main`). `enabled` is false for `--quiet`, and should be when the command's
  /// output goes to the same terminal.
  init(enabled: Bool) {
    self.enabled = enabled && Terminal.standardErrorIsTerminal
    guard self.enabled, let meter = ProgressMeter.current else { return }
    let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
    timer.schedule(deadline: .now() + .milliseconds(250), repeating: .milliseconds(250))
    timer.setEventHandler { [shown] in
      // Under the lock: done() waits for a tick that is drawing, and no tick draws after it.
      shown.withLock { shown in
        guard let current = shown else { return }
        if let snapshot = meter.snapshot(), snapshot.elapsed >= .seconds(1) {
          Terminal.showProgress(snapshot.line)
          shown = (current.message, true)
        } else if current.counting {
          Terminal.showProgress(current.message)
          shown = (current.message, false)
        }
      }
    }
    timer.resume()
    self.timer = timer
  }

  /// Shows the stage the command has reached.
  func stage(_ message: String) {
    guard enabled else { return }
    shown.withLock { shown in
      guard shown != nil else { return }
      shown = ("\(message)…", false)
      Terminal.showProgress("\(message)…")
    }
  }

  /// Stops the display and clears its line.
  func done() {
    guard enabled else { return }
    shown.withLock { shown in
      shown = nil
      Terminal.clearProgress()
    }
    timer?.cancel()
    timer = nil
  }

  deinit { done() }
}
