import Foundation
import Testing

/// An interrupted run (Ctrl-C, SIGTERM) and a full disk leave no half-written output and no
/// stray temporary file: the destination is the earlier file or the new one whole.
@Suite struct InterruptAndFullDiskTests {
  /// A random tree of `count` comments among 3,000 commenters (JSON Lines).
  static func table(count: Int, in dir: URL) throws -> String {
    var lines = ""
    var state: UInt64 = 7
    for i in 0..<count {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let reply = i == 0 ? "null" : "\"\(Int(state >> 33) % i)\""
      lines +=
        #"{"id":"\#(i)","thread":"t\#(i / 20_000)","reply_to":\#(reply),"author":"u\#(Int(state >> 40) % 3000)","likes":\#(i % 7),"text":"не е така, копейка"}"#
        + "\n"
    }
    let path = dir.appendingPathComponent("tree.jsonl").path
    try Data(lines.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// Every file under `dir` (relative paths), hidden ones included.
  static func files(under dir: URL) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: dir.path)
    var found: [String] = []
    while let name = enumerator?.nextObject() as? String { found.append(name) }
    return found.sorted()
  }

  /// Starts the binary with its output thrown away.
  static func start(_ arguments: [String]) throws -> Process {
    let process = Process()
    process.executableURL = CLIRunner.executable
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// Waits until a temporary file (`.*.tmp`) shows under `dir`, that is until the process is
  /// writing; `false` when the process ended first or `seconds` passed.
  static func waitForTemporaryFile(under dir: URL, of process: Process, seconds: Double) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline && process.isRunning {
      if files(under: dir).contains(where: { $0.hasSuffix(".tmp") }) { return true }
      usleep(2_000)
    }
    return false
  }

  @Test(arguments: [SIGINT, SIGTERM])
  func interruptedParseLeavesTheEarlierFile(signal: Int32) throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try Self.table(count: 100_000, in: dir)
    let out = dir.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let destination = out.appendingPathComponent("table.csv")
    try Data("earlier\n".utf8).write(to: destination)
    let process = try Self.start(["parse", "-q", "-f", "csv", "-o", destination.path, input])
    #expect(Self.waitForTemporaryFile(under: out, of: process, seconds: 60))
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(process.terminationStatus == signal)
    #expect(Self.files(under: out) == ["table.csv"])
    #expect(try Data(contentsOf: destination) == Data("earlier\n".utf8))
  }

  @Test func interruptedExportLeavesOnlyWholeFiles() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try Self.table(count: 5_000, in: dir)
    let whole = dir.appendingPathComponent("whole")
    let complete = try CLIRunner.run(["export", "-q", "--to", whole.path, input])
    #expect(complete.exitCode == 0, "\(complete.stderr)")
    // Interrupted at the first temporary file, then later and later into the writing.
    var interrupted = 0
    for delay in [0.0, 0.3, 1.0] {
      let bundle = dir.appendingPathComponent("interrupted-\(delay)")
      let process = try Self.start(["export", "-q", "--to", bundle.path, input])
      guard Self.waitForTemporaryFile(under: dir, of: process, seconds: 120) else {
        Issue.record("export wrote no temporary file before it ended")
        return
      }
      usleep(useconds_t(delay * 1e6))
      kill(process.processIdentifier, SIGTERM)
      process.waitUntilExit()
      if process.terminationReason == .uncaughtSignal { interrupted += 1 }
      let left = Self.files(under: bundle)
      #expect(!left.contains(where: { $0.hasSuffix(".tmp") }), "\(left)")
      for name in left where !name.hasSuffix("/") {
        var isDirectory: ObjCBool = false
        let path = bundle.appendingPathComponent(name).path
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
          !isDirectory.boolValue
        else { continue }
        #expect(
          FileManager.default.contentsEqual(
            atPath: path, andPath: whole.appendingPathComponent(name).path),
          "\(name) differs from the whole export's (interrupted after \(delay) s)")
      }
    }
    #expect(interrupted > 0, "every export ended before its interrupt: nothing was tested")
  }

  @Test func interruptedRenderLeavesTheEarlierFile() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try Self.table(count: 100_000, in: dir)
    let out = dir.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let destination = out.appendingPathComponent("replies.svg")
    try Data("earlier\n".utf8).write(to: destination)
    let process = try Self.start([
      "render", "-q", "--view", "replies", "--max-nodes", "5000", "-o", destination.path, input,
    ])
    sleep(2)
    #expect(process.isRunning, "render ended before the interrupt: nothing was tested")
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(Self.files(under: out) == ["replies.svg"])
    #expect(try Data(contentsOf: destination) == Data("earlier\n".utf8))
  }

  /// Runs `commands` (a shell script) in a private mount namespace with a tmpfs of `size` at
  /// `$D`, as root of a user namespace: no privilege needed, nothing left mounted.
  static func onSmallDisk(size: String, _ commands: String) throws -> String {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
    process.arguments = [
      "-rm", "sh", "-c", "mount -t tmpfs -o size=\(size) tmpfs \"$D\" || exit 99\n" + commands,
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["D"] = dir.path
    environment["BIN"] = CLIRunner.executable.path
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "the namespace could not be made: \(output)")
    return String(decoding: output, as: UTF8.self)
  }

  static let checkScript = """
    echo "exit=$?"
    echo "files:" && (cd "$D" && find . | sort | tr '\\n' ' ') && echo
    echo "earlier:" && cat "$D/earlier"
    """

  @Test func fullDiskParse() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try Self.table(count: 20_000, in: dir)
    let output = try Self.onSmallDisk(
      size: "64k",
      """
      printf 'earlier table\\n' > "$D/earlier"; cp "$D/earlier" "$D/table.jsonl"
      "$BIN" parse -q -o "$D/table.jsonl" '\(input)'
      \(Self.checkScript)
      cmp "$D/earlier" "$D/table.jsonl" && echo intact
      """)
    #expect(output.contains("exit=74"), "\(output)")
    #expect(output.contains("table.jsonl: error: cannot write: No space left on device"))
    #expect(output.contains("files:\n. ./earlier ./table.jsonl \n"), "\(output)")
    #expect(output.contains("intact"))
  }

  /// `conflict --format json` redirected to a full disk: its standard output cannot take the
  /// JSON, and the run says so and fails (it exited 0 when the JSON went through `print`).
  @Test func fullDiskConflictJSONOnStandardOutput() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try Self.table(count: 20_000, in: dir)
    let output = try Self.onSmallDisk(
      size: "64k",
      """
      "$BIN" conflict -q --format json --rewirings 0 '\(input)' > "$D/conflict.json"
      echo "exit=$?"
      """)
    #expect(output.contains("exit=74"), "\(output)")
    #expect(output.contains("-: error: cannot write: No space left on device"), "\(output)")
  }

  @Test func fullDiskExport() throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try Self.table(count: 5_000, in: dir)
    let output = try Self.onSmallDisk(
      size: "256k",
      """
      printf 'earlier\\n' > "$D/earlier"
      "$BIN" export -q --to "$D/bundle" '\(input)'
      \(Self.checkScript)
      """)
    #expect(output.contains("exit=74"), "\(output)")
    #expect(output.contains("error: cannot write: No space left on device"), "\(output)")
    #expect(output.contains("/bundle/"), "the file is not named: \(output)")
    #expect(!output.contains(".tmp"), "\(output)")
    #expect(output.contains("earlier:\nearlier\n"))
  }

  @Test func fullDiskRender() throws {
    let output = try Self.onSmallDisk(
      size: "8k",
      """
      printf 'earlier\\n' > "$D/earlier"; cp "$D/earlier" "$D/thread.svg"
      "$BIN" render -q --view thread -o "$D/thread.svg" '\(CLIRunner.sample)'
      \(Self.checkScript)
      cmp "$D/earlier" "$D/thread.svg" && echo intact
      """)
    #expect(output.contains("exit=74"), "\(output)")
    #expect(output.contains("thread.svg: error: cannot write: No space left on device"))
    #expect(output.contains("files:\n. ./earlier ./thread.svg \n"), "\(output)")
    #expect(output.contains("intact"))
  }
}
