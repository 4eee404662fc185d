import Discussion
import Foundation
import Testing

/// The inputs the fuzzers (Fuzz/, `make fuzz`) once failed on, kept in
/// `Tests/Fixtures/fuzz/<target>/` and read again by the reader of that target: each must
/// now read (or fail with an ``InputError``) with every thread keeping the readers'
/// promises. `make fuzz` also seeds each target with its directory.
@Suite struct FuzzRegressionTests {
  static let targets = [
    "FuzzPageText", "FuzzJSON", "FuzzJSONLines", "FuzzCSV", "FuzzGzip", "FuzzZstd",
  ]

  static func inputs(_ target: String) -> [URL] {
    let dir = Fixtures.url("fuzz/\(target)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.sorted().map { dir.appendingPathComponent($0) }
  }

  static func read(_ bytes: [UInt8], target: String) -> [CommentThread] {
    switch target {
    case "FuzzPageText":
      (try? PageTextImporter.parse(bytes: bytes, file: "fuzz")).map { [$0] } ?? []
    case "FuzzJSON": (try? CommentTableReader.read(bytes, format: .json, file: "fuzz")) ?? []
    case "FuzzJSONLines":
      (try? CommentTableReader.read(bytes, format: .jsonLines, file: "fuzz")) ?? []
    case "FuzzCSV": (try? CommentTableReader.read(bytes, format: .csv, file: "fuzz")) ?? []
    case "FuzzGzip":
      (try? Gzip.decompress(bytes, file: "fuzz")).flatMap {
        try? CommentTableReader.read($0, format: .jsonLines, file: "fuzz")
      } ?? []
    case "FuzzZstd":
      (try? Zstd.decompress(bytes, file: "fuzz")).flatMap {
        try? CommentTableReader.read($0, format: .jsonLines, file: "fuzz")
      } ?? []
    default: []
    }
  }

  @Test func everyKeptInputReadsAgain() throws {
    var count = 0
    for target in Self.targets {
      for url in Self.inputs(target) {
        count += 1
        for thread in Self.read(
          try Fixtures.bytes("fuzz/\(target)/\(url.lastPathComponent)"), target: target)
        {
          #expect(thread.invariantViolation() == nil, "\(target)/\(url.lastPathComponent)")
        }
      }
    }
    #expect(count > 0, "no fuzz fixture found under \(Fixtures.url("fuzz").path)")
  }

  /// The first crash `make fuzz` found: a date line whose year has eleven digits overflowed
  /// the calendar arithmetic. Such a year is no date; the page still reads.
  @Test func aDateLineWithAnImpossibleYearIsNoDate() throws {
    let sample = String(decoding: try Fixtures.bytes(Fixtures.sampleThread), as: UTF8.self)
    let page = sample.replacingOccurrences(
      of: "17 Октомври, 2025 17:16", with: "17 Октомври, 11111111111 17:16")
    #expect(page != sample)
    let thread = try PageTextImporter.parse(bytes: Array(page.utf8), file: "year.txt")
    #expect(thread.published == nil)
    #expect(thread.comments.count == 22)
    #expect(
      CommentTime.sofia(year: 11_111_111_111, month: 10, day: 17, hour: 17, minute: 16) == nil)
    #expect(CommentTime.sofia(year: 9999, month: 12, day: 31, hour: 23, minute: 59) != nil)
    #expect(CommentTime.sofia(epochSeconds: .max).utcOffsetSeconds == 7200)
  }
}
