import Discussion
import Dispatch

/// What a long command is doing, on standard error, one line rewritten in place, only when
/// standard error is a terminal (logs and pipes stay clean): the stage it is in ("reading…"),
/// and, for a stage that counts (``Discussion/ProgressMeter``) and has run a second, its counts,
/// rate and time left ("reading 4,211/10,000 files, 98 MB/s, 12 s left").
final class Progress {
  let enabled: Bool
  private var timer: (any DispatchSourceTimer)?

  /// Starts showing the counts of ``Discussion/ProgressMeter/current`` (set by `Replynet.main`).
  init(enabled: Bool) {
    self.enabled = enabled && Terminal.standardErrorIsTerminal
    guard self.enabled, let meter = ProgressMeter.current else { return }
    let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
    timer.schedule(deadline: .now() + .milliseconds(250), repeating: .milliseconds(250))
    timer.setEventHandler {
      guard let snapshot = meter.snapshot(), snapshot.elapsed >= .seconds(1) else { return }
      Terminal.showProgress(snapshot.line)
    }
    timer.resume()
    self.timer = timer
  }

  /// Shows the stage the command has reached.
  func stage(_ message: String) {
    guard enabled else { return }
    Terminal.showProgress("\(message)…")
  }

  /// Stops the display and clears its line.
  func done() {
    timer?.cancel()
    timer = nil
    guard enabled else { return }
    Terminal.clearProgress()
  }

  deinit { done() }
}
