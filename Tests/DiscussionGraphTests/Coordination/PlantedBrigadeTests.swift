import Discussion
import Testing

@testable import DiscussionGraph

/// Coordination detection against what the generator planted: brigades found whole, no decoy
/// (the busiest commenters, feuding pairs, stock phrases) flagged, and nothing at all in the
/// same world without brigades.
@Suite("Coordination: planted brigades are found, decoys are not, the null is calibrated")
struct PlantedBrigadeTests {
  static func world(seed: UInt64, brigades: Int) -> SyntheticCorpus {
    SyntheticCorpus(
      SyntheticCorpus.Parameters(
        threads: 150, meanCommentsPerThread: 60, commenters: 800, seed: seed,
        coordination: CoordinationPlan(
          brigades: brigades, brigadeSize: 5, brigadeThreadShare: 0.12, feudingPairs: 4,
          feudThreadShare: 0.3, stockPhraseProbability: 0.03)))
  }

  static func corpus(_ generator: SyntheticCorpus) -> Corpus {
    generator.corpus()
  }

  static func flagged(_ analysis: CoordinationAnalysis, _ corpus: Corpus) -> [Set<String>] {
    analysis.groups.map { Set($0.members.map { corpus.commenters[$0].displayName }) }
  }

  @Test(arguments: [UInt64(1), 2, 3, 4])
  func brigadesFoundWholeAndNoDecoy(seed: UInt64) {
    let generator = Self.world(seed: seed, brigades: 4)
    let corpus = Self.corpus(generator)
    let analysis = CoordinationAnalysis(corpus: corpus)
    let groups = Self.flagged(analysis, corpus)
    let planted = generator.plantedBrigades().map(Set.init)
    let members = planted.reduce(into: Set<String>()) { $0.formUnion($1) }
    let flagged = groups.reduce(into: Set<String>()) { $0.formUnion($1) }
    let recall = Double(flagged.intersection(members).count) / Double(members.count)
    let precision =
      flagged.isEmpty ? 0 : Double(flagged.intersection(members).count) / Double(flagged.count)
    #expect(recall >= 0.9, "seed \(seed): recall \(recall), groups \(groups)")
    #expect(precision >= 0.9, "seed \(seed): precision \(precision), groups \(groups)")
    for brigade in planted {
      #expect(
        groups.contains { $0.isSuperset(of: brigade) },
        "seed \(seed): brigade \(brigade.sorted()) not whole in one group: \(groups)")
    }
    let feuders = Set(generator.plantedFeudingPairs().flatMap { $0 })
    #expect(flagged.isDisjoint(with: feuders), "seed \(seed): a feuding pair was flagged")
    let busiest = corpus.commenters.sorted { $0.commentCount > $1.commentCount }.prefix(20)
    #expect(
      flagged.isDisjoint(with: busiest.map(\.displayName)),
      "seed \(seed): one of the busiest commenters was flagged")
    // Stock phrases were written often and set aside.
    #expect(analysis.stockPhrases >= 1)
  }

  @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
  func noBrigadesNoGroups(seed: UInt64) {
    let corpus = Self.corpus(Self.world(seed: seed, brigades: 0))
    let analysis = CoordinationAnalysis(corpus: corpus)
    #expect(analysis.pairsTested > 1000)
    #expect(analysis.groups.isEmpty, "seed \(seed): \(Self.flagged(analysis, corpus))")
  }

  /// Without coordination, the p-values of all tested pairs are no smaller than chance makes
  /// them: at most 5% below 0.05 (an α beyond 1 keeps every pair, to see them all).
  @Test(arguments: [UInt64(1), 2])
  func nullPValuesAreCalibrated(seed: UInt64) {
    let corpus = Self.corpus(Self.world(seed: seed, brigades: 0))
    let all = CoordinationAnalysis(
      corpus: corpus, options: .init(alpha: 1e12, minThreads: 1))
    #expect(all.edges.count == all.pairsTested)
    let small = all.edges.filter { $0.pValue < 0.05 }.count
    #expect(
      Double(small) <= 0.05 * Double(all.pairsTested),
      "seed \(seed): \(small) of \(all.pairsTested)")
    // The unconditional tail would not be: being tested means being together once.
  }

  @Test func everyEdgeCarriesItsEvidence() {
    let corpus = Self.corpus(Self.world(seed: 7, brigades: 3))
    let options = CoordinationAnalysis.Options()
    let analysis = CoordinationAnalysis(corpus: corpus, options: options)
    #expect(!analysis.edges.isEmpty)
    for edge in analysis.edges {
      #expect(edge.observed >= options.minThreads)
      #expect(edge.expected < Double(edge.observed))
      #expect(edge.adjustedPValue <= options.alpha)
      #expect(edge.adjustedPValue >= edge.pValue)
      #expect(Set(edge.pairs.map(\.thread)).count == edge.observed)
      for pair in edge.pairs {
        let thread = corpus.threads[pair.thread]
        let authors = Set(
          [pair.firstComment, pair.secondComment].compactMap {
            corpus.commenterIndex(thread: pair.thread, comment: $0)
          })
        #expect(authors == [edge.first, edge.second])
        let dt =
          thread.comments[pair.secondComment].time!.epochSeconds
          - thread.comments[pair.firstComment].time!.epochSeconds
        #expect(Int(dt) == pair.seconds && dt >= 0 && dt <= options.window)
      }
    }
    // Brigade copies are near-identical (each a word or two changed) and often reply to one
    // comment.
    let similar = analysis.edges.filter { $0.pairs.contains { ($0.similarity ?? 0) >= 0.5 } }
    #expect(similar.count * 10 >= analysis.edges.count * 9)
    #expect(analysis.edges.contains { $0.sameTargetPairs > 0 })
    #expect(analysis.edges.contains { !$0.sharedTexts.isEmpty })
  }
}
