import Foundation
import ProcessMeasurement

/// One run of the `replynet` binary as a user starts it: its wall time, CPU time and peak
/// memory (its own, see ``ProcessMeasurement/MeasuredRun``), the figures of the commands
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
    let r = try MeasuredRun.run(binary, arguments, stdout: stdout)
    return CommandRun(
      seconds: r.seconds, cpuSeconds: r.cpuSeconds, peakBytes: r.peakBytes, exitCode: r.exitCode)
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
