import Discussion
import DiscussionGraph
import Foundation

/// Issue 3's benchmark: `replynet stats` on the generated corpus, stage by stage (parse, reply
/// network, each metric, then ``CommenterStatistics/compute`` end to end), beside python-igraph
/// and NetworkX doing the same work on the same graph (``ReferenceBenchmark``).
enum StatsBenchmark {
  static func run(_ corpus: BenchmarkCorpus, reference: Bool) throws {
    var stages: [StageMeasurement] = []
    let (loaded, parse) = try corpus.measuredCorpus()
    stages.append(parse)
    let (network, build) = measure("reply network") {
      let network = CommenterNetwork(corpus: loaded, kind: .reply)
      return (network, "\(network.graph.nodeCount) nodes, \(network.graph.edgeCount) edges")
    }
    stages.append(build)
    let (_, mentions) = measure("mention network") {
      let mentions = CommenterNetwork(corpus: loaded, kind: .mention)
      return ((), "\(mentions.graph.edgeCount) edges (built again inside compute)")
    }
    stages.append(mentions)
    let g = network.graph
    let (undirected, project) = measure("undirected projection") {
      let u = network.undirectedGraph
      return (u, "\(u.edgeCount) edges")
    }
    stages.append(project)

    var metrics: [StageMeasurement] = []
    func metric<T>(_ name: String, _ body: () -> (T, String)) {
      let (_, m) = measure(name, body)
      metrics.append(m)
    }
    metric("pagerank") { ((), summary(g.pageRank())) }
    metric("path engine (exact)") {
      let p = g.pathMetrics()
      return ((), "betweenness+closeness+harmonic+eccentricity, diameter \(p.diameter)")
    }
    metric("eigenvector") {
      let e = (try? undirected.eigenvectorCentrality()) ?? []
      return ((), summary(e))
    }
    metric("hits") {
      let h = try? g.hubsAndAuthorities()
      return ((), h.map { summary($0.hubs) } ?? "failed")
    }
    metric("coreness") { ((), "max \(g.coreness(mode: .all).max() ?? 0)") }
    metric("clustering") { ((), summary(undirected.localClustering())) }
    metric("components") {
      let weak = g.weaklyConnectedComponents()
      let strong = g.stronglyConnectedComponents()
      return ((), "\(weak.count) weak, \(strong.count) strong")
    }
    metric("reciprocity") { ((), String(format: "r = %.4f", g.reciprocity())) }
    metric("assortativity") {
      ((), String(format: "r = %.4f", g.degreeAssortativity(directed: true)))
    }
    metric("leiden") {
      let p = undirected.communities(algorithm: .leiden, seed: 0)
      return ((), String(format: "%d communities, Q = %.4f", p.count, p.modularity))
    }
    let metricSeconds = metrics.reduce(0) { $0 + $1.seconds }
    print(
      "  metrics, sum".padding(toLength: 28, withPad: " ", startingAt: 0)
        + String(format: " %9.3f s", metricSeconds))

    let (_, statistics) = measure("CommenterStatistics.compute") {
      let s = CommenterStatistics.compute(corpus: loaded, network: network)
      return ((), "\(s.columns.count) columns, \(s.summary.communities) communities")
    }
    stages.append(statistics)
    let endToEnd = parse.seconds + build.seconds + statistics.seconds
    let peak = stages.map(\.peakBytes).max() ?? 0
    print(
      String(format: "  → stats end to end (parse + network + compute): %.2f s", endToEnd)
        + ", peak \(Memory.megabytes(peak))")

    guard reference else { return }
    try ReferenceBenchmark.run(network: network, ours: metrics)
  }

  /// Min, max and sum of a metric's values, so the work cannot be optimised away and the
  /// figures can be compared with the reference run's.
  static func summary(_ values: [Double]) -> String {
    let finite = values.filter(\.isFinite)
    return String(
      format: "min %.3g max %.3g sum %.6g", finite.min() ?? .nan, finite.max() ?? .nan,
      finite.reduce(0, +))
  }
}
