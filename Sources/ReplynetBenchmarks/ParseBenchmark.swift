import Discussion
import Foundation

/// Issue 2's benchmark: page-text parse throughput on one core, and memory bounded by the
/// largest thread when only parsing (each file is read, parsed and let go).
enum ParseBenchmark {
  static func run(_ corpus: BenchmarkCorpus) throws {
    let files = try corpus.measuredFiles()
    var streamedBytes = 0
    var largestFile = 0
    // Stage 1: streaming from disk as `replynet parse` does: memory bounded by one file.
    let (_, streaming) = try measure("read + parse streaming") {
      var n = 0
      for path in files {
        let bytes = try InputSource.readBytes(path)
        streamedBytes += bytes.count
        largestFile = max(largestFile, bytes.count)
        n += try PageTextImporter.parse(bytes: bytes, file: path).comments.count
      }
      return ((), "\(n) comments")
    }
    let endToEnd = String(format: "%.0f", Double(streamedBytes) / 1e6 / streaming.seconds)
    print(
      "  → \(endToEnd) MB/s end to end; peak \(Memory.megabytes(streaming.peakBytes))"
        + " for a largest file of \(largestFile / 1000) kB")
    // Stage 2: read every file into memory (I/O, not counted in the parse figure).
    var totalBytes = 0
    var largest = 0
    let (contents, _) = try measure("read files") {
      var all: [[UInt8]] = []
      all.reserveCapacity(files.count)
      for path in files {
        let bytes = try InputSource.readBytes(path)
        totalBytes += bytes.count
        largest = max(largest, bytes.count)
        all.append(bytes)
      }
      return (
        all,
        "\(String(format: "%.1f", Double(totalBytes) / 1e6)) MB, largest file \(largest / 1000) kB"
      )
    }
    // Stage 3: parse from memory, one core.
    var comments = 0
    let (_, parse) = try measure("parse (in memory, 1 core)") {
      for (k, bytes) in contents.enumerated() {
        let thread = try PageTextImporter.parse(bytes: bytes, file: files[k])
        comments += thread.comments.count
      }
      return ((), "")
    }
    print(
      String(
        format: "  → %.0f MB/s, %.0f comments/s, %d comments",
        Double(totalBytes) / 1e6 / parse.seconds,
        Double(comments) / parse.seconds, comments))
  }
}
