import Foundation
import Testing

/// Every command on the thread shapes that make quadratic code show itself: a back-and-forth
/// of 200,000 comments between two commenters (one chain as deep as the thread), 200,000
/// replies to one comment (a star), and a random tree of 100,000 comments among 3,000
/// commenters (a dense network). Each command must finish within a limit generous for a
/// debug build on a shared machine; quadratic code on these shapes takes hours. The times
/// themselves belong to the benchmark.
@Suite struct WorstCaseShapesTests {
  enum Shape: String, CaseIterable, Sendable { case chain, star, tree }

  /// The shape's comment table (JSON Lines).
  static func table(_ shape: Shape) -> [UInt8] {
    var out: [UInt8] = []
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {  // SplitMix64
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
    let count = shape == .tree ? 100_000 : 200_000
    for i in 0..<count {
      let reply: String
      let author: String
      switch shape {
      case .chain:
        reply = i == 0 ? "null" : "\"\(i - 1)\""
        author = i % 2 == 0 ? "Ана" : "Боби"
      case .star:
        reply = i == 0 ? "null" : "\"0\""
        author = "u\(i % 5000)"
      case .tree:
        reply = i == 0 ? "null" : "\"\(next(i))\""
        author = "u\(next(3000))"
      }
      let text = i % 3 == 0 ? "копейка такава" : "не е така"
      out += Array(
        #"{"id":"\#(i)","thread":"t","reply_to":\#(reply),"author":"\#(author)","time":\#(1_700_000_000 + i),"likes":\#(i % 7),"dislikes":\#(i % 5),"text":"\#(text)"}"#
          .utf8)
      out.append(10)
    }
    return out
  }

  static let commands: [[String]] = [
    // conflict's null model is 100 rewirings, not 1,000: its cost is linear in them and the
    // same for every shape (the benchmark measures the default).
    ["parse"], ["stats"], ["stats", "--network", "combined"], ["conflict", "--rewirings", "100"],
    ["render", "--view", "thread", "--format", "dot"],
    ["render", "--view", "replies", "--format", "dot"],
    ["commenters"], ["timeline", "--by", "hour"],
    // Half a day after the first comment: the window cuts every shape, its older targets kept.
    ["stats", "--since", "2023-11-15T12:00Z"], ["stats", "--by", "day"], ["coordination"],
  ]

  @Test(arguments: Shape.allCases)
  func everyCommandFinishes(shape: Shape) throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("\(shape.rawValue).jsonl")
    try Data(Self.table(shape)).write(to: input)
    let limit: TimeInterval = 400
    let outputs = [
      ["export", "--to", dir.appendingPathComponent("out").path],
      ["report", "--rewirings", "100", "-o", dir.appendingPathComponent("r.html").path],
    ]
    for command in Self.commands + outputs {
      let result = try CLIRunner.run(command + ["-q", input.path], timeout: limit)
      #expect(!result.timedOut, "\(shape) \(command): still running after \(limit) s")
      // Diagrams of 100,000 nodes are refused (65): too large to draw, not too slow to decide.
      #expect(
        result.exitCode == 0 || (command[0] == "render" && result.exitCode == 65),
        "\(shape) \(command): exit \(result.exitCode) \(result.stderr.suffix(300))")
      print(
        "\(shape) \(command.joined(separator: " ")): \(String(format: "%.1f", result.seconds)) s")
    }
  }
}
