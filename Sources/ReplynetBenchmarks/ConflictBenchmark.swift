import Discussion
import DiscussionGraph
import Foundation

/// Issue 4's benchmark: `replynet conflict` on the generated corpus, stage by stage, with
/// 1,000 rewirings of the corpus polarisation's null model (target: the conflict stages in
/// 15 s or less; parsing is timed apart, as `parse` measures it).
enum ConflictBenchmark {
  static func run(_ corpus: BenchmarkCorpus, rewirings: Int = 1000) throws {
    let (loaded, _) = try corpus.measuredCorpus()
    var stages: [StageMeasurement] = []
    func stage<T>(_ name: String, _ body: () -> (T, String)) -> T {
      let (value, m) = measure(name, body)
      stages.append(m)
      return value
    }
    let analysis = stage("conflict analysis (signals, signed network, feuds)") {
      let a = ConflictAnalysis(corpus: loaded)
      let hostile = a.comments.reduce(0) { $0 + $1.reduce(0) { $0 + ($1.isHostile ? 1 : 0) } }
      return (
        a,
        "\(hostile) hostile comments, \(a.signed.edges.count) signed edges, \(a.feuds.count) feuds"
      )
    }
    let comments = analysis.comments
    let signed = analysis.signed
    let feuds = analysis.feuds
    let summary = stage("corpus summary + polarisation") {
      let s = ThreadConflict(
        corpus: loaded, threads: Array(loaded.threads.indices), comments: comments, feuds: feuds,
        signed: signed, polarisation: .init(rewirings: rewirings, seed: 1))
      let p = s.polarisation
      let detail = String(
        format: "%d rewirings; sides %d/%d, Q %.3f (p %.3f), E-I %.3f, RWC %.3f, balance %.3f",
        rewirings, p?.members(0).count ?? 0, p?.members(1).count ?? 0, p?.modularity ?? .nan,
        p?.modularityP ?? .nan, p?.eiIndex ?? .nan, p?.rwc ?? .nan, s.balance.ratio)
      return (s, detail)
    }
    let report = stage("ConflictReport end to end") {
      let r = ConflictReport(corpus: loaded, options: .init(rewirings: rewirings, seed: 1))
      return (r, "\(r.threads.count) threads, \(r.commenters.count) commenters")
    }
    _ = summary
    _ = report
    let total = stages.dropLast().reduce(0) { $0 + $1.seconds }
    print(
      String(
        format: "  → conflict stages %.2f s (target ≤ 15 s); end to end %.2f s",
        total, stages.last!.seconds))
  }
}
