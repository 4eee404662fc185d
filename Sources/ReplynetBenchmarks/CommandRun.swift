import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One run of the `replynet` binary as a user starts it: its wall time, CPU time and peak
/// memory (the child's own, from wait4's resource usage), the figures of the commands
/// themselves beside the library stages.
struct CommandRun {
  var seconds: Double
  var cpuSeconds: Double
  var peakBytes: Int
  var exitCode: Int32

  /// The release binary beside this benchmark (both live in `.build/release/`).
  static let binary: String = {
    let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return dir.appendingPathComponent("replynet").path
  }()

  /// Runs `replynet arguments…` with standard output to `stdout` (a path, or /dev/null).
  static func run(_ arguments: [String], stdout: String = "/dev/null") throws -> CommandRun {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
    guard spawned == 0 else {
      throw CocoaError(
        .executableLoad, userInfo: [NSLocalizedDescriptionKey: "cannot start \(binary)"])
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return CommandRun(
      seconds: seconds, cpuSeconds: s(usage.ru_utime) + s(usage.ru_stime),
      peakBytes: Int(usage.ru_maxrss) * 1024, exitCode: (status >> 8) & 0xFF)
  }

  /// `runs` runs, printed as a stage line each; returns them.
  static func measure(
    _ name: String, _ arguments: [String], stdout: String = "/dev/null", runs: Int = 3,
    bytes: Int? = nil
  ) throws -> [CommandRun] {
    var all: [CommandRun] = []
    for k in 1...runs {
      let r = try run(arguments, stdout: stdout)
      all.append(r)
      let rate = bytes.map { String(format: "  %.0f MB/s", Double($0) / 1e6 / r.seconds) } ?? ""
      let label = "\(name) (run \(k))".padding(toLength: 28, withPad: " ", startingAt: 0)
      print(
        "\(label) \(String(format: "%9.3f s  cpu %8.3f s", r.seconds, r.cpuSeconds))"
          + "  peak \(Memory.megabytes(r.peakBytes))\(rate)"
          + (r.exitCode == 0 ? "" : "  exit \(r.exitCode)"))
      fflush(nil)
    }
    return all
  }
}
