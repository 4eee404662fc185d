import Discussion
import DiscussionGraph

/// The path engine alone on the reply network of the generated corpus: exact on every core,
/// then 2,000 sampled sources on one core, so the single-core cost per source shows too.
enum PathsBenchmark {
  static func run(_ corpus: BenchmarkCorpus) throws {
    let (loaded, _) = try corpus.measuredCorpus()
    let g = CommenterNetwork(corpus: loaded, kind: .reply).graph
    let size = "\(g.nodeCount) nodes, \(g.edgeCount) edges"
    _ = measure("path engine, all cores") {
      ((), "\(size), diameter \(g.pathMetrics().diameter)")
    }
    _ = measure("path engine, 1 core") {
      let p = g.pathMetrics(sources: .sample(count: 2000, seed: 1), threads: 1)
      return ((), "2,000 sampled sources, diameter ≥ \(p.diameter)")
    }
  }
}
