import Discussion
import Testing

@testable import DiscussionGraph

@Suite("Conflict: feuds, signed network, structural balance, reply tree")
struct FeudTests {
  typealias S = ConflictFixtures.Spec

  /// A: 0, 2, 5, 7; B: 1, 3, 6, 8; C: 4, 9, 11; D: 10, 12, 13. Chains: 0←1←2←3←5 (A, B, A,
  /// B, A: 5 turns), 6←7←8 (B, A, B: 3), 10←11←12 (D, C, D: 3), then D answers itself (13).
  static let feudThread = ConflictFixtures.thread(
    "feud",
    [
      S(author: "A", minute: 0),
      S(author: "B", replyTo: 0, minute: 1),
      S(author: "A", replyTo: 1, text: "копейка", minute: 2),
      S(author: "B", replyTo: 2, text: "копейка маймуна", minute: 3),
      S(author: "C", replyTo: 3, minute: 4),
      S(author: "A", replyTo: 3, text: "копейка", minute: 5),
      S(author: "B", minute: 6),
      S(author: "A", replyTo: 6, minute: 7),
      S(author: "B", replyTo: 7, minute: 8),
      S(author: "C", replyTo: 8, minute: 9),
      S(author: "D", minute: 10),
      S(author: "C", replyTo: 10, minute: 11),
      S(author: "D", replyTo: 11, minute: 12),
      S(author: "D", replyTo: 12, minute: 13),
    ])

  let corpus = Corpus(threads: [FeudTests.feudThread])
  var report: ConflictReport {
    ConflictReport(corpus: corpus, options: .init(rewirings: 0, threadPolarisation: false))
  }

  @Test func feudsByHand() throws {
    let feuds = report.feuds
    #expect(feuds.count == 2)
    let ab = feuds[0]
    // Commenters sorted by id: A 0, B 1, C 2, D 3.
    #expect((ab.a, ab.b) == (0, 1))
    #expect(ab.longestChain == [0, 1, 2, 3, 5])
    #expect(ab.turns == 5)
    // Union of the chains of ≥ 3: 0 1 2 | 0 1 2 3 | 0 1 2 3 5 | 6 7 8; not C's 4.
    #expect(ab.comments == [0, 1, 2, 3, 5, 6, 7, 8])
    #expect(ab.durationSeconds == Int64(8 * 60))
    // Hostility per turn: копей* 1, маймун* 1.5 → [0, 0, 1, 2.5, 1].
    #expect(ab.hostilityByTurn == [0, 0, 1, 2.5, 1])
    // Slope: mean x 2, mean y 0.9; Σ(x−2)(y−0.9) = 1.8 + 0.9 + 0 + 1.6 + 0.2 = 4.5;
    // Σ(x−2)² = 10 → 0.45.
    #expect(abs(ab.hostilityTrend - 0.45) < 1e-12)
    let cd = feuds[1]
    #expect((cd.a, cd.b) == (2, 3))
    #expect(cd.longestChain == [10, 11, 12])
    #expect(cd.durationSeconds == Int64(2 * 60))
    #expect(cd.hostilityTrend == 0)
  }

  @Test func signedNetworkByHand() {
    let signed = report.signed
    // A→B: comments 2, 5, 7 (2 and 5 hostile); B→A: 1, 3, 8 (3 hostile); C→B: 4, 9;
    // C→D: 11; D→C: 12; D→D (13) is a self-reply and left out.
    #expect(signed.pairs.count == 3)
    let ab = signed.pairs[0]
    #expect(
      (ab.a, ab.b, ab.repliesAB, ab.hostileAB, ab.repliesBA, ab.hostileBA) == (0, 1, 3, 2, 3, 1))
    // 3 hostile of 6: not more than half → positive.
    #expect(ab.sign == 1)
    #expect(
      signed.edges.map { ($0.source, $0.target, $0.replies) }.map { "\($0)" } == [
        "(0, 1, 3)", "(1, 0, 3)", "(2, 1, 2)", "(2, 3, 1)", "(3, 2, 1)",
      ])
  }

  @Test func structuralBalanceByHand() {
    // Triangle 0-1-2 with signs (−, +, +): product − → unbalanced. Triangle 2-3-4 with
    // (−, −, +): product + → balanced. Pair 4-5: 1 hostile of 2 → +. Pair 5-6: 2 of 3 → −.
    let signed = SignedNetwork(
      nodeCount: 7,
      replies: [
        (0, 1, true), (1, 2, false), (0, 2, false), (2, 3, true), (3, 4, true), (2, 4, false),
        (4, 5, true), (5, 4, false), (5, 6, true), (5, 6, true), (6, 5, false),
      ])
    let signs = signed.pairs.map { "\($0.a)-\($0.b):\($0.sign)" }
    #expect(signs == ["0-1:-1", "0-2:1", "1-2:1", "2-3:-1", "2-4:1", "3-4:-1", "4-5:1", "5-6:-1"])
    let balance = StructuralBalance(signed)
    #expect(balance.triangles == 2)
    #expect(balance.balanced == 1)
    #expect(balance.ratio == 0.5)
    #expect(StructuralBalance(SignedNetwork(nodeCount: 2, replies: [(0, 1, true)])).ratio.isNaN)
  }

  @Test func replyTreeByHand() {
    let tree = ReplyTree(Self.feudThread)
    // Depths: 0,6,10 → 1; 1,7,11 → 2; 2,8,12 → 3; 3,9,13 → 4; 4,5 → 5.
    #expect(tree.depth == 5)
    #expect(tree.width == 3)
    // A broadcast of 3: root + 3 leaves, Wiener index 3 · 1 · 3 = 9 over C(4, 2) = 6 pairs.
    let star = ConflictFixtures.thread("star", [S(author: "A"), S(author: "B"), S(author: "C")])
    #expect(ReplyTree(star).structuralVirality == 1.5)
    // A chain of 3: the path root-c0-c1-c2, Wiener index 3·1 + 2·2 + 1·3 = 10 over 6 pairs.
    let chain = ConflictFixtures.thread(
      "chain", [S(author: "A"), S(author: "B", replyTo: 0), S(author: "A", replyTo: 1)])
    let v = ReplyTree(chain)
    #expect(v.structuralVirality == 10.0 / 6.0)
    #expect((v.depth, v.width) == (3, 1))
    #expect(ReplyTree(ConflictFixtures.thread("empty", [])).structuralVirality.isNaN)
  }

  @Test func replyCycleInDamagedInputDoesNotHang() {
    var t = ConflictFixtures.thread("cycle", [S(author: "A"), S(author: "B"), S(author: "A")])
    t.replyTargetIndex = [2, 0, 1]
    let corpus = Corpus(threads: [t])
    let report = ConflictReport(corpus: corpus, options: .init(rewirings: 0))
    #expect(report.threads[0].depth >= 1)
    #expect(report.feuds.count <= 1)
  }

  @Test func rolesByRule() {
    let rows = report.commenters
    // A: 4 comments, sent 3, received 3, hostile received 1, feuds 1 with all 4 comments
    // in it → feuder.
    #expect(rows[0].roles.first == .feuder)
    // C: sent 3 (4, 9, 11), received 1 (12); in the C–D feud with 1 of 3 comments (11)…
    // 2 · 1 < 3, one feud → not a feuder; sent 3 ≥ 2 · 1 → responder.
    #expect(rows[2].feuds == 1)
    #expect(rows[2].roles == [.responder])
  }
}
