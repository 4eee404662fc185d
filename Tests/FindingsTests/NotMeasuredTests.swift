import Discussion
import DiscussionGraph
import Findings
import Foundation
import Testing

/// Numbers that cannot mean anything at their size are "not measured", with the reason, in
/// every format; on a network large enough they are numbers.
@Suite struct NotMeasuredTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func corpus(_ relative: String) -> Corpus {
    ThreadLoader.corpus([root.appendingPathComponent(relative).path]).corpus
  }

  /// A reply network of `n` commenters in a ring (each comment replies to the one before it,
  /// by the previous commenter) with chords (every other comment replies two back): one
  /// component, many triangles.
  static func ring(_ n: Int) -> Corpus {
    var comments: [Discussion.Comment] = []
    for k in 0..<(4 * n) {
      let author = "c\(k % n)"
      let target = k == 0 ? nil : "\(k % 2 == 1 ? k - 1 : max(0, k - 2))"
      comments.append(
        Discussion.Comment(
          id: "\(k)", author: author, likes: k % 5, dislikes: k % 4, replyTo: target, text: "x"))
    }
    var thread = CommentThread(id: "r", sourceFile: "r", comments: comments)
    ReplyResolution.resolve(&thread)
    return Corpus(threads: [thread])
  }

  @Test("The sample thread (2 reply edges): camps, balance, assortativity, modularity not measured")
  func sample() throws {
    let corpus = Self.corpus("Graphs/fakti-belarus-eu-2025-10-17.txt")
    let report = ConflictReport(corpus: corpus, options: .init(rewirings: 50))
    #expect(report.camps == nil)
    let reason = try #require(report.summary.polarisationNotMeasured)
    #expect(reason == "not measured: the largest component has 2 commenters (needs ≥ 10)")
    let summary = ConflictTables(report: report, top: 5).summary.rows
    #expect(summary.contains(["camps", reason]))
    #expect(!summary.contains { $0[0] == "modularity" || $0[0] == "RWC" })
    #expect(
      summary.contains {
        $0[0] == "structural balance" && $0[1].hasPrefix("not measured: 0 signed triangles")
      })
    let json =
      try JSONSerialization.jsonObject(with: Data(ConflictJSON(report: report).render().utf8))
      as? [String: Any]
    let s = try #require(json?["summary"] as? [String: Any])
    #expect(s["modularity"] is NSNull && s["rwc_p"] is NSNull && s["camp_sizes"] is NSNull)
    #expect(s["polarisation_reason"] as? String == reason)
    #expect(s["structural_balance"] is NSNull && s["structural_balance_reason"] is String)
    #expect((json?["camps"] as? [Any])?.isEmpty == true)

    let stats = CommenterStatistics.compute(
      corpus: corpus, network: CommenterNetwork(corpus: corpus))
    let view = StatsView(stats: stats, rows: [])
    #expect(
      view.summary.rows.contains([
        "degree assortativity", "not measured: the network has 2 edges (needs ≥ 10)",
      ]))
    let graph = try #require(
      (try JSONSerialization.jsonObject(with: Data(view.json().utf8)) as? [String: Any])?["graph"]
        as? [String: Any])
    #expect(graph["degree_assortativity"] is NSNull && graph["modularity"] is NSNull)
    #expect(
      graph["modularity_reason"] as? String
        == "not measured: the largest component has 2 commenters (needs ≥ 10)")
  }

  @Test("Above the minimums the numbers are there")
  func largeEnough() throws {
    let corpus = Self.ring(30)
    let report = ConflictReport(corpus: corpus, options: .init(rewirings: 20))
    #expect(report.summary.polarisationNotMeasured == nil)
    let camps = try #require(report.camps)
    #expect(camps.members(0).count + camps.members(1).count == 30)
    let stats = CommenterStatistics.compute(
      corpus: corpus, network: CommenterNetwork(corpus: corpus))
    #expect(stats.summary.edges >= MeasurementMinimums.assortativityEdges)
    let graph = try #require(
      (try JSONSerialization.jsonObject(with: Data(StatsView(stats: stats, rows: []).json().utf8))
        as? [String: Any])?["graph"] as? [String: Any])
    #expect(graph["modularity"] is NSNumber && graph["modularity_reason"] == nil)
    #expect(graph["degree_assortativity_reason"] == nil)
  }
}
