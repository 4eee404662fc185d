import Foundation
import Testing

/// `render --each-thread` lays out and writes one diagram after another through Graphviz:
/// whatever a diagram allocates must be freed before the next, so that 1,000 threads take
/// no more memory than 100 (a leak of even 100 KB a diagram would show as 90 MB).
@Suite struct RenderMemoryTests {
  /// `threads` threads of 30 comments each, replies among 12 commenters a thread.
  static func corpus(threads: Int, in dir: URL) throws -> String {
    var lines = ""
    var state: UInt64 = 11
    for t in 0..<threads {
      for i in 0..<30 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let reply = i == 0 ? "null" : "\"\(t)-\(Int(state >> 33) % i)\""
        let author = "u\(t % 50)-\(Int(state >> 40) % 12)"
        lines +=
          #"{"id":"\#(t)-\#(i)","thread":"t\#(t)","reply_to":\#(reply),"author":"\#(author)","likes":\#(i % 5),"dislikes":\#(i % 3),"text":"коментар \#(i)"}"#
          + "\n"
      }
    }
    let path = dir.appendingPathComponent("corpus-\(threads).jsonl").path
    try Data(lines.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func eachThreadKeepsMemoryFlat() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    var peaks: [Int: Int] = [:]
    for threads in [100, 1_000] {
      let input = try Self.corpus(threads: threads, in: dir)
      let out = dir.appendingPathComponent("out-\(threads)").path
      let run = try CLIRunner.peakMemory([
        "render", "-q", "--view", "replies", "--each-thread", out, "--format", "svg", input,
      ])
      #expect(run.exitCode == 0)
      let written = try FileManager.default.contentsOfDirectory(atPath: out)
      #expect(written.count == threads)
      peaks[threads] = run.peakBytes
    }
    let growth = peaks[1_000]! - peaks[100]!
    // The 900 more threads themselves (27,000 comments read and held) take a few MB.
    #expect(growth < 30 << 20, "peak memory grew by \(growth >> 20) MB from 100 to 1,000 threads")
    print(
      "render --each-thread peak: 100 threads \(peaks[100]! >> 20) MB, 1,000 threads \(peaks[1_000]! >> 20) MB"
    )
  }
}
