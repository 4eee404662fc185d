import Foundation

/// Wall-clock time and peak resident memory of one benchmark stage.
struct StageMeasurement {
  var name: String
  var seconds: Double
  /// CPU time (user + system, all threads) the process spent in the stage: on a shared
  /// machine the honest figure beside the wall-clock one.
  var cpuSeconds: Double
  /// Peak resident set size during the stage (VmHWM, reset at the stage's start).
  var peakBytes: Int
  var detail: String

  var line: String {
    let name = self.name.padding(toLength: 28, withPad: " ", startingAt: 0)
    return
      "\(name) \(String(format: "%9.3f s  cpu %8.3f s", seconds, cpuSeconds))"
      + "  peak \(Memory.megabytes(peakBytes))  \(detail)"
  }
}

enum Memory {
  /// Resets the process's peak-RSS counter (Linux ≥ 4.0: `echo 5 > /proc/self/clear_refs`).
  static func resetPeak() {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
  }

  /// Peak resident set size since the last reset, in bytes (VmHWM from /proc/self/status).
  static func peak() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
      return kb * 1024
    }
    return 0
  }

  /// User plus system CPU time of the whole process so far, in seconds.
  static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  static func megabytes(_ bytes: Int) -> String {
    String(format: "%7.1f MB", Double(bytes) / 1_048_576)
  }
}

/// Runs `body` as a stage: resets the peak-memory counter, times it, records the peak.
func measure<T>(_ name: String, _ body: () throws -> (T, String)) rethrows -> (T, StageMeasurement)
{
  Memory.resetPeak()
  let start = DispatchTime.now().uptimeNanoseconds
  let cpuStart = Memory.cpuSeconds()
  let (value, detail) = try body()
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  let m = StageMeasurement(
    name: name, seconds: seconds, cpuSeconds: Memory.cpuSeconds() - cpuStart,
    peakBytes: Memory.peak(), detail: detail)
  print(m.line)
  fflush(nil)  // show each stage as it ends, also when the output is a file
  return (value, m)
}
