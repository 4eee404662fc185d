import ArgumentParser
import DiscussionGraph

/// The options that shape the commenter metrics, shared by `stats` and `export`.
struct MetricOptions: ParsableArguments {
  @Option(help: "Seed for community detection and source sampling.")
  var seed: UInt64 = 0

  @Option(help: "Community detection: leiden or louvain.")
  var communities: CommunityAlgorithm = .leiden

  @Option(
    help: "Estimate betweenness, closeness and harmonic centrality from K sampled sources.")
  var samples: Int?

  func validate() throws {
    if let samples, samples < 2 { throw ValidationError("--samples must be at least 2") }
  }

  var statistics: CommenterStatistics.Options {
    CommenterStatistics.Options(communityAlgorithm: communities, seed: seed, pathSamples: samples)
  }
}
