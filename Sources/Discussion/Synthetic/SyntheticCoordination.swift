/// What the synthetic generator plants to test coordination detection: brigades (accounts
/// that post near-identical texts in the same threads within minutes, often replying to the
/// same comment) and the decoys that must not be taken for them: pairs who argue back and
/// forth in many threads, and many people writing the same stock phrase (the busiest
/// commenters, the other decoy, come from the heavy-tailed activity itself).
///
/// Brigade members and feuding pairs are drawn from the least active end of the population,
/// so that their planted activity, not their ordinary one, is what links them. All of it
/// draws from a random stream of its own: with the plan empty (the default), corpora are
/// the same as before it existed.
public struct CoordinationPlan: Sendable, Hashable {
  /// Brigades, each of `brigadeSize` accounts, each joining a thread with probability
  /// `brigadeThreadShare`.
  public var brigades: Int
  public var brigadeSize: Int
  public var brigadeThreadShare: Double
  /// Pairs who argue (reply to each other, 4 to 7 turns minutes apart), each in a share of
  /// the threads.
  public var feudingPairs: Int
  public var feudThreadShare: Double
  /// Probability that an ordinary comment's text is one of ``SyntheticCorpus/stockPhrases``.
  public var stockPhraseProbability: Double

  public init(
    brigades: Int = 0, brigadeSize: Int = 5, brigadeThreadShare: Double = 0.25,
    feudingPairs: Int = 0, feudThreadShare: Double = 0.25, stockPhraseProbability: Double = 0
  ) {
    self.brigades = brigades
    self.brigadeSize = brigadeSize
    self.brigadeThreadShare = brigadeThreadShare
    self.feudingPairs = feudingPairs
    self.feudThreadShare = feudThreadShare
    self.stockPhraseProbability = stockPhraseProbability
  }

  var isEmpty: Bool { brigades == 0 && feudingPairs == 0 && stockPhraseProbability == 0 }

  /// One planted burst in a thread: at comment position `position`, a brigade's posts or a
  /// feud's turns.
  struct Burst {
    enum Kind {
      case brigade(Int)
      case feud(Int)
    }
    var position: Int
    var kind: Kind
  }

  /// The commenter indices of brigade `b`'s members.
  func brigadeMembers(_ b: Int, commenters: Int) -> [Int] {
    (0..<brigadeSize).map { commenters - 1 - (b * brigadeSize + $0) }
  }

  /// The two commenter indices of feuding pair `p`.
  func feudingPair(_ p: Int, commenters: Int) -> (Int, Int) {
    let base = commenters - 1 - brigades * brigadeSize - 2 * p
    return (base, base - 1)
  }

  /// The bursts of thread `index` (of `size` comments), in position order.
  func bursts(thread index: Int, size: Int, rng: inout SplitMix64) -> [Burst] {
    var out: [Burst] = []
    for b in 0..<brigades where rng.unit() < brigadeThreadShare {
      out.append(Burst(position: 1 + Int(rng.next() % UInt64(max(1, size - 1))), kind: .brigade(b)))
    }
    for p in 0..<feudingPairs where rng.unit() < feudThreadShare {
      out.append(Burst(position: 1 + Int(rng.next() % UInt64(max(1, size - 1))), kind: .feud(p)))
    }
    return out.sorted { $0.position < $1.position }
  }
}

extension SyntheticCorpus {
  /// A planted brigade: its members' names.
  public func plantedBrigades() -> [[String]] {
    let plan = parameters.coordination
    return (0..<plan.brigades).map {
      plan.brigadeMembers($0, commenters: parameters.commenters).map(name(of:))
    }
  }

  /// The planted feuding pairs' names.
  public func plantedFeudingPairs() -> [[String]] {
    let plan = parameters.coordination
    return (0..<plan.feudingPairs).map {
      let (a, b) = plan.feudingPair($0, commenters: parameters.commenters)
      return [name(of: a), name(of: b)]
    }
  }

  /// Phrases many people write, long enough to be compared (the stock-phrase decoy).
  public static let stockPhrases = [
    "Браво! Точно така е, няма какво повече да се каже по въпроса.",
    "Срамота за цялата държава и за всички нас, които още живеем тук.",
    "Пълни глупости, кой пише тези статии и кой ги плаща изобщо?",
  ]

  /// One comment of a planted burst: its author, the comment it replies to, its text and
  /// seconds after the previous comment.
  struct PlantedPost {
    var author: Int
    var target: Int?
    var text: String
    var delay: Int64
  }

  /// The posts of `burst` in a thread whose comments so far are by `authors`.
  func posts(of burst: CoordinationPlan.Burst, authors: [Int], rng: inout SplitMix64)
    -> [PlantedPost]
  {
    let plan = parameters.coordination
    switch burst.kind {
    case .brigade(let b):
      // One message, each member's copy with a word or two changed; most reply to one comment.
      let target =
        rng.unit() < 0.7 && !authors.isEmpty ? Int(rng.next() % UInt64(authors.count)) : nil
      let message = (0..<(14 + Int(rng.next() % 12))).map { _ in
        Self.vocabulary[Int(rng.next() % UInt64(Self.vocabulary.count))]
      }
      var members = plan.brigadeMembers(b, commenters: parameters.commenters)
      members.shuffle(using: &rng)
      let present = members.prefix(max(3, members.count - Int(rng.next() % 2)))
      return present.map { member in
        var words = message
        for _ in 0..<(1 + Int(rng.next() % 2)) {
          words[Int(rng.next() % UInt64(words.count))] =
            Self.vocabulary[Int(rng.next() % UInt64(Self.vocabulary.count))]
        }
        return PlantedPost(
          author: member, target: target, text: words.joined(separator: " ") + "!",
          delay: 20 + Int64(rng.next() % 100))
      }
    case .feud(let p):
      let (a, c) = plan.feudingPair(p, commenters: parameters.commenters)
      let turns = 4 + Int(rng.next() % 4)
      return (0..<turns).map { k in
        PlantedPost(
          author: k % 2 == 0 ? a : c, target: k == 0 ? nil : authors.count + k - 1,
          text: (0..<(5 + Int(rng.next() % 20))).map { _ in
            Self.vocabulary[Int(rng.next() % UInt64(Self.vocabulary.count))]
          }.joined(separator: " ") + "?", delay: 40 + Int64(rng.next() % 140))
      }
    }
  }
}
