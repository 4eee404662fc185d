import Discussion
import Testing

@testable import DiscussionGraph

/// The statistics of several networks computed together, as `export` does, sharing the path
/// engine between networks with the same simple graph, are those of each network computed
/// alone: with mentions (the combined network differs from the reply network) and without
/// (the combined network is the reply network's graph, so its path metrics are shared).
@Suite struct StatisticsOfSeveralNetworksTests {
  static func bits(_ statistics: CommenterStatistics) -> [[UInt64]] {
    statistics.columns.map { $0.values.map(\.bitPattern) }
  }

  @Test(arguments: [true, false])
  func togetherIsAlone(withMentions: Bool) {
    let threads =
      withMentions
      ? CorpusSkeletonTests.threads
      : SyntheticCorpus(.init(threads: 30, meanCommentsPerThread: 40, commenters: 120, seed: 4))
        .corpus().threads
    let skeleton = CorpusSkeleton(Corpus(threads: threads), mentions: true)
    let networks = NetworkKind.allCases.map { CommenterNetwork(skeleton: skeleton, kind: $0) }
    let mention = networks.first { $0.kind == .mention }!
    #expect(mention.edges.isEmpty != withMentions)
    let together = CommenterStatistics.compute(skeleton: skeleton, networks: networks)
    #expect(together.count == networks.count)
    for (network, statistics) in zip(networks, together) {
      let alone = CommenterStatistics.compute(skeleton: skeleton, network: network)
      // Described, since NaN (no reciprocity without edges) is unequal to itself.
      #expect("\(statistics.summary)" == "\(alone.summary)", "\(network.kind)")
      #expect(statistics.columns.map(\.name) == alone.columns.map(\.name))
      #expect(Self.bits(statistics) == Self.bits(alone), "\(network.kind)")
    }
  }
}
