import Discussion
import Foundation
import Testing

/// `replynet stats` keeps the comments' columns (``DiscussionGraph/CorpusSkeleton``), not
/// their texts: the same threads with 60 MB more text take about the same peak memory, and
/// give the same table.
@Suite struct StatsMemoryTests {
  /// The same 240 generated threads as page text, each comment's text lengthened by
  /// `padding` bytes of words that name nobody and accuse nobody.
  static func corpus(padding: Int, in dir: URL) throws -> String {
    let path = dir.appendingPathComponent("threads-\(padding)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let filler = String(repeating: "дълъг текст ", count: padding / "дълъг текст ".utf8.count)
    let synthetic = SyntheticCorpus(
      .init(threads: 240, meanCommentsPerThread: 80, commenters: 900, seed: 5))
    for var thread in synthetic.threads() {
      for k in thread.comments.indices where !thread.comments[k].isRemoved {
        thread.comments[k].text += "\n\n" + filler
      }
      let file = URL(fileURLWithPath: path).appendingPathComponent("\(thread.id).txt")
      try Data(PageTextWriter.write(thread)).write(to: file)
    }
    return path
  }

  @Test func peakMemoryFollowsTheGraphNotTheText() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let short = try Self.corpus(padding: 0, in: dir)
    let long = try Self.corpus(padding: 3_000, in: dir)
    let textBytes = try FileManager.default.subpathsOfDirectory(atPath: long).reduce(0) {
      $0
        + ((try? FileManager.default.attributesOfItem(atPath: long + "/" + $1)[.size]) as? Int ?? 0)
    }
    #expect(textBytes > 50 << 20, "the long corpus holds \(textBytes >> 20) MB")
    let arguments = ["stats", "--quiet", "--format", "csv", "--samples", "32"]
    let shortTable = try CLIRunner.run(arguments + [short])
    let longTable = try CLIRunner.run(arguments + [long])
    #expect(shortTable.exitCode == 0 && longTable.exitCode == 0)
    #expect(shortTable.stdout == longTable.stdout, "the padding changes no figure")
    let shortPeak = try CLIRunner.peakMemory(arguments + [short])
    let longPeak = try CLIRunner.peakMemory(arguments + [long])
    let growth = longPeak.peakBytes - shortPeak.peakBytes
    // Held whole, the texts alone would add more than 50 MB; read a batch of files at a
    // time, one batch's (8 files of about 250 KB here) and what the allocator keeps of the
    // batches before (11 MB measured).
    #expect(growth < 24 << 20, "peak grew by \(growth >> 20) MB with \(textBytes >> 20) MB of text")
    print(
      "stats peak: \(shortPeak.peakBytes >> 20) MB, with \(textBytes >> 20) MB of page text \(longPeak.peakBytes >> 20) MB"
    )
  }
}
