import Foundation
import Testing

/// What users see, byte for byte, through the built binary: diagrams' DOT and exports' CSV
/// and GraphML against stored snapshots. The sample thread's are the committed `Graphs/`
/// diagrams and `Notebooks-export/bundle` (`make graphs`, `make exports`); the others live in
/// `Tests/Fixtures/snapshots/` and `REPLYNET_RECORD=1 swift test --filter Snapshot` writes them
/// anew (review the diff).
@Suite struct SnapshotTests {
  static let root = CLIRunner.repositoryRoot
  static let snapshots = root.appendingPathComponent("Tests/Fixtures/snapshots")
  static let feud = root.appendingPathComponent("Tests/Fixtures/conflict/feud.jsonl").path
  static let synthetic = root.appendingPathComponent(
    "Tests/Fixtures/stats/synthetic-small.jsonl.gz"
  ).path
  static var recording: Bool { ProcessInfo.processInfo.environment["REPLYNET_RECORD"] == "1" }

  /// Compares `actual` with the snapshot `name`, or records it.
  func expectSnapshot(_ actual: [UInt8], _ name: String) throws {
    let url = Self.snapshots.appendingPathComponent(name)
    if Self.recording {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual).write(to: url)
      return
    }
    let stored = try [UInt8](Data(contentsOf: url))
    #expect(
      String(decoding: actual, as: UTF8.self) == String(decoding: stored, as: UTF8.self),
      "\(name) differs: REPLYNET_RECORD=1 swift test --filter Snapshot")
  }

  @Test(
    "render --format dot of the sample: the Graphs/ diagrams",
    arguments: ["thread", "replies", "mentions", "combined"])
  func sampleDiagrams(view: String) throws {
    let result = try CLIRunner.run([
      "render", "-q", "--view", view, "--format", "dot", CLIRunner.sample,
    ])
    #expect(result.exitCode == 0)
    let stored = try [UInt8](
      Data(
        contentsOf: Self.root.appendingPathComponent(
          "Graphs/fakti-belarus-eu-2025-10-17.\(view).dot")))
    #expect(
      result.stdoutText == String(decoding: stored, as: UTF8.self),
      "run `make graphs` and review the diff")
  }

  @Test("render of the feud: thread view and reply network", arguments: ["thread", "replies"])
  func feudDiagrams(view: String) throws {
    let result = try CLIRunner.run(["render", "-q", "--view", view, "--format", "dot", Self.feud])
    #expect(result.exitCode == 0)
    try expectSnapshot(result.stdout, "feud.\(view).dot")
  }

  @Test("render --each-thread: each thread's network drawn as that thread alone is, marks included")
  func eachThread() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLIRunner.run([
      "render", "-q", "--view", "replies", "--format", "dot", "--each-thread", dir.path,
      Self.synthetic,
    ])
    #expect(result.exitCode == 0)
    let first = try [UInt8](Data(contentsOf: dir.appendingPathComponent("t000.dot")))
    try expectSnapshot(first, "synthetic-small.t000.replies.dot")
    #expect(String(decoding: first, as: UTF8.self).contains("feud"))
  }

  @Test("export of the sample: CSV and GraphML are the Notebooks-export bundle")
  func sampleExport() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    // From the repository root, with the path `make exports` gives (the threads table
    // records it).
    let result = try CLIRunner.run(
      ["export", "-q", "--to", dir.path, "Graphs/fakti-belarus-eu-2025-10-17.txt"], in: Self.root)
    #expect(result.exitCode == 0)
    let bundle = Self.root.appendingPathComponent("Notebooks-export/bundle")
    let names = try FileManager.default.contentsOfDirectory(atPath: bundle.path).filter {
      $0.hasSuffix(".csv") || $0.hasSuffix(".graphml")
    }
    #expect(names.count >= 9)
    for name in names.sorted() {
      let fresh = try [UInt8](Data(contentsOf: dir.appendingPathComponent(name)))
      let stored = try [UInt8](Data(contentsOf: bundle.appendingPathComponent(name)))
      #expect(
        String(decoding: fresh, as: UTF8.self) == String(decoding: stored, as: UTF8.self),
        "\(name): run `make exports` and review the diff")
    }
  }

  @Test(
    "export of the feud: CSV and GraphML",
    arguments: ["edges.csv", "nodes.csv", "comments.csv", "reply.graphml"])
  func feudExport(file: String) throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLIRunner.run([
      "export", "-q", "--formats", "csv,graphml", "--to", dir.path, Self.feud,
    ])
    #expect(result.exitCode == 0)
    try expectSnapshot(
      try [UInt8](Data(contentsOf: dir.appendingPathComponent(file))), "feud-export/\(file)")
  }
}
