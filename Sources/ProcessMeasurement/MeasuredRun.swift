import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One run of a program, measured as its user would see it: wall time, CPU time and the
/// peak resident memory of the program itself.
///
/// Why through `/usr/bin/time` (GNU time, Debian package `time`): Linux keeps a process's
/// peak (`ru_maxrss`) across exec, and a child made by fork or posix_spawn starts with its
/// parent's peak, so `wait4` on a child of a large process (a test runner holding 240 MB)
/// reports the parent's figure whatever the child used. GNU time is small: the program it
/// starts inherits its few megabytes, not ours, and it writes that program's own peak.
public struct MeasuredRun: Sendable {
  public var seconds: Double
  /// User and system time of the program (and whatever it waited for).
  public var cpuSeconds: Double
  public var peakBytes: Int
  /// The exit status, or 128 + the signal that ended it.
  public var exitCode: Int32

  /// Where GNU time lives.
  public static let timeProgram = "/usr/bin/time"

  /// Runs `executable arguments…` with standard input from /dev/null and standard output and
  /// error to the paths given; waits for it.
  /// - Throws: when GNU time cannot be started or wrote no figure. A program that cannot be
  ///   started gives exit code 127 (GNU time's), not an error.
  public static func run(
    _ executable: String, _ arguments: [String], stdout: String = "/dev/null",
    stderr: String = "/dev/null"
  ) throws -> MeasuredRun {
    let report = FileManager.default.temporaryDirectory
      .appendingPathComponent("measured-run-\(UUID().uuidString)").path
    defer { unlink(report) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv =
      ([timeProgram, "--format=%M", "--output=\(report)", executable] + arguments)
      .map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, timeProgram, &actions, nil, argv, environ) == 0 else {
      throw MeasurementError("cannot start \(timeProgram) (install the Debian package time)")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    // The last line is the figure; a line before it may say how the program ended.
    let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
    guard let last = text.split(separator: "\n").last, let kilobytes = Int(last) else {
      throw MeasurementError("\(timeProgram) wrote no peak memory for \(executable): \(text)")
    }
    func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    let exited = status & 0x7f == 0
    return MeasuredRun(
      seconds: seconds, cpuSeconds: s(usage.ru_utime) + s(usage.ru_stime),
      peakBytes: kilobytes * 1024,
      exitCode: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f))
  }
}

/// A program could not be measured.
public struct MeasurementError: Error, CustomStringConvertible {
  public let description: String
  init(_ description: String) { self.description = description }
}
