/// Stage messages on standard error while a long command runs, only when standard error is a
/// terminal (so logs and pipes stay clean).
struct Progress {
  let enabled: Bool

  init(enabled: Bool) { self.enabled = enabled && Terminal.standardErrorIsTerminal }

  func stage(_ message: String) {
    guard enabled else { return }
    Terminal.write(stderr: "\r\u{1B}[K\(message)…")
  }

  func done() {
    guard enabled else { return }
    Terminal.write(stderr: "\r\u{1B}[K")
  }
}
