import Discussion

/// The part a commenter plays in a comment section's conflicts.
///
/// Rules, checked in this order; the first that holds is the commenter's ``primary`` role and
/// every one that holds is listed in ``CommenterConflict/roles``:
/// - `lightning_rod`: at least 3 hostile replies received, and at least a third of the
///   replies received are hostile;
/// - `feuder`: in at least 2 feuds, or in one feud that holds at least half of their comments;
/// - `bridge`: reply partners (either direction) in both camps, at least 2 in each
///   (``Polarisation``);
/// - `broadcaster`: at least 5 comments, and replies sent plus received at most a fifth of
///   them (many comments, few exchanges);
/// - `initiator`: at least 2 replies received, and at least twice as many received as sent;
/// - `responder`: at least 2 replies sent, and at least twice as many sent as received;
/// - `participant`: none of the above.
public enum CommenterRole: String, Sendable, Hashable, CaseIterable {
  case lightningRod = "lightning_rod"
  case feuder
  case bridge
  case broadcaster
  case initiator
  case responder
  case participant

  /// The thresholds of the rules: the rules (``CommenterConflict``) and their explanations
  /// read these, so the two cannot drift apart.
  public enum Thresholds {
    /// Lightning rod: at least this many hostile replies received…
    public static let lightningRodHostileReplies = 3
    /// … and at least 1 in this many of the replies received hostile.
    public static let lightningRodShareDenominator = 3
    public static let lightningRodShareText = "a third"
    /// Feuder: in at least this many feuds, or in one holding at least 1 in this many of
    /// their comments.
    public static let feuderFeuds = 2
    public static let feuderShareDenominator = 2
    public static let feuderShareText = "half"
    /// Bridge: at least this many reply partners in each camp.
    public static let bridgePartnersPerCamp = 2
    /// Broadcaster: at least this many comments, and replies sent plus received at most 1 in
    /// this many of them.
    public static let broadcasterComments = 5
    public static let broadcasterExchangeDenominator = 5
    public static let broadcasterExchangeShareText = "a fifth"
    /// Initiator: at least this many replies received, and at least this many times as many
    /// received as sent; responder the other way round.
    public static let initiatorReplies = 2
    public static let initiatorRatio = 2
    public static let initiatorRatioText = "twice"
    public static let responderReplies = 2
    public static let responderRatio = 2
    public static let responderRatioText = "twice"
  }
}

/// The conflict profile of one commenter across a corpus.
public struct CommenterConflict: Sendable, Hashable {
  /// Index in the corpus's commenters.
  public var commenter: Int
  public var comments: Int
  /// Summed and largest controversy of the commenter's comments ("controversy received").
  public var controversy: Double
  public var maxControversy: Double
  /// Replies to other commenters, and from them.
  public var repliesSent: Int
  public var repliesReceived: Int
  /// Hostile comments written, hostile replies sent, hostile replies received.
  public var hostileComments: Int
  public var hostilitySent: Int
  public var hostilityReceived: Int
  /// Distinct commenters who replied to this one with an accusation of being a troll or paid
  /// (``Accusations``).
  public var accusedBy: Int
  /// Feuds the commenter is in, and their comments in feuds.
  public var feuds: Int
  public var commentsInFeuds: Int
  /// Reply partners in camp X and camp Y, and the commenter's own camp (0, 1 or nil).
  public var partnersInCamp: [Int]
  public var camp: UInt8?
  /// Every role whose rule holds, in rule order; `[.participant]` when none.
  public var roles: [CommenterRole]

  public var primary: CommenterRole { roles[0] }

  /// Profiles of every commenter, in corpus order.
  ///
  /// - Complexity: O(C + P + F·k) for C comments, P signed pairs, F feuds of k comments
  ///   (expected, for the set of accuser pairs).
  public static func all(
    corpus: Corpus, comments: [[CommentConflict]], signed: SignedNetwork, feuds: [Feud],
    camps: Polarisation?
  ) -> [CommenterConflict] {
    let n = corpus.commenters.count
    var rows = (0..<n).map {
      CommenterConflict(
        commenter: $0, comments: 0, controversy: 0, maxControversy: 0, repliesSent: 0,
        repliesReceived: 0, hostileComments: 0, hostilitySent: 0, hostilityReceived: 0,
        accusedBy: 0, feuds: 0, commentsInFeuds: 0, partnersInCamp: [0, 0],
        camp: camps?.side[$0], roles: [])
    }
    let accused = Accusations.accusedBy(corpus: corpus) { comments[$0][$1].isAccusation }
    for (k, n) in accused.enumerated() { rows[k].accusedBy = n }
    for thread in comments {
      for c in thread {
        guard let a = c.author, !c.isContext else { continue }
        rows[a].comments += 1
        rows[a].controversy += c.controversy
        rows[a].maxControversy = max(rows[a].maxControversy, c.controversy)
        if c.isHostile { rows[a].hostileComments += 1 }
      }
    }
    for e in signed.edges {
      rows[e.source].repliesSent += e.replies
      rows[e.target].repliesReceived += e.replies
      rows[e.source].hostilitySent += e.hostileReplies
      rows[e.target].hostilityReceived += e.hostileReplies
    }
    if let camps {
      for p in signed.pairs {
        if let s = camps.side[p.b] { rows[p.a].partnersInCamp[Int(s)] += 1 }
        if let s = camps.side[p.a] { rows[p.b].partnersInCamp[Int(s)] += 1 }
      }
    }
    for feud in feuds {
      rows[feud.a].feuds += 1
      rows[feud.b].feuds += 1
      for c in feud.comments {
        if let author = comments[feud.thread][c].author { rows[author].commentsInFeuds += 1 }
      }
    }
    for i in 0..<n { rows[i].roles = rows[i].applicableRoles }
    return rows
  }

  /// The roles whose rules hold (see ``CommenterRole``).
  var applicableRoles: [CommenterRole] {
    typealias T = CommenterRole.Thresholds
    var roles: [CommenterRole] = []
    if hostilityReceived >= T.lightningRodHostileReplies
      && T.lightningRodShareDenominator * hostilityReceived >= repliesReceived
    {
      roles.append(.lightningRod)
    }
    if feuds >= T.feuderFeuds
      || (feuds == 1 && T.feuderShareDenominator * commentsInFeuds >= comments)
    {
      roles.append(.feuder)
    }
    if partnersInCamp[0] >= T.bridgePartnersPerCamp && partnersInCamp[1] >= T.bridgePartnersPerCamp
    {
      roles.append(.bridge)
    }
    if comments >= T.broadcasterComments
      && T.broadcasterExchangeDenominator * (repliesSent + repliesReceived) <= comments
    {
      roles.append(.broadcaster)
    }
    if repliesReceived >= T.initiatorReplies && repliesReceived >= T.initiatorRatio * repliesSent {
      roles.append(.initiator)
    }
    if repliesSent >= T.responderReplies && repliesSent >= T.responderRatio * repliesReceived {
      roles.append(.responder)
    }
    return roles.isEmpty ? [.participant] : roles
  }
}
