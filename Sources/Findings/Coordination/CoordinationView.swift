import Discussion
import DiscussionGraph

/// The coordination findings as every front end shows them: a summary, the groups with their
/// evidence, JSON with a top-level `groups` list, and one group's arithmetic written out.
public struct CoordinationView: Sendable {
  public let analysis: CoordinationAnalysis
  public let corpus: Corpus

  public init(analysis: CoordinationAnalysis, corpus: Corpus) {
    self.analysis = analysis
    self.corpus = corpus
  }

  private func name(_ commenter: Int) -> String { corpus.commenters[commenter].displayName }

  private func commentKey(thread: Int, comment: Int) -> String {
    "\(corpus.threads[thread].id)#\(corpus.threads[thread].comments[comment].id)"
  }

  private func grouped(_ n: Int) -> String { DigitGrouping.grouped(n, separator: ",") }

  /// The lines before the groups: what was tested and how.
  public func summaryLines() -> [String] {
    let o = analysis.options
    let found =
      analysis.groups.isEmpty
      ? "no group"
      : "\(IntegritySummary.count(analysis.groups.count, "group")) of "
        + "\(IntegritySummary.count(Set(analysis.groups.flatMap(\.members)).count, "commenter"))"
    var lines = [
      "coordination: \(found) (window \(FindingsText.duration(o.window)); \(grouped(analysis.pairsTested)) pairs "
        + "co-active at least once were tested, \(grouped(analysis.candidatePairs)) in ≥ "
        + "\(o.minThreads) threads; significant at α = \(FindingsText.number(o.alpha)) after "
        + "Bonferroni)",
      "near-identical texts by different commenters: \(grouped(analysis.nearDuplicatePairs)) "
        + "pairs (similarity ≥ \(FindingsText.number(o.similarity)), texts of ≥ \(o.minWords) "
        + "words); \(IntegritySummary.count(analysis.stockPhrases, "stock phrase")) "
        + "(\(IntegritySummary.count(analysis.stockComments, "comment"))) set aside",
    ]
    if analysis.threadsTooDense > 0 {
      lines.append(
        "\(IntegritySummary.count(analysis.threadsTooDense, "thread")) left out: 90% or more of "
          + "\(analysis.threadsTooDense == 1 ? "its" : "their") pairs of comments lie within "
          + "the window (times too coarse to tell who posts together)")
    }
    if analysis.groups.isEmpty {
      lines.append("no pair of commenters is together more often than chance allows")
    }
    return lines
  }

  /// One group as text lines: members, span, each pair's counts, example texts, names.
  public func groupLines(_ group: CoordinationGroup) -> [String] {
    var lines = [
      "group \(group.number): \(group.members.count) commenters, "
        + "\(IntegritySummary.count(group.threads.count, "thread")), "
        + "\(group.first?.iso8601 ?? "–") to \(group.last?.iso8601 ?? "–"), "
        + "adjusted p = \(FindingsText.number(group.adjustedPValue))",
      "  members: " + group.members.map(name).joined(separator: ", "),
    ]
    for k in group.edges {
      let e = analysis.edges[k]
      let similar = e.nearIdenticalPairs(atLeast: analysis.options.similarity)
      lines.append(
        "  \(name(e.first)) – \(name(e.second)): together in \(e.observed) of "
          + "\(e.sharedThreads) shared threads (expected \(FindingsText.number(e.expected))), "
          + "adjusted p = \(FindingsText.number(e.adjustedPValue)); \(e.pairs.count) comment "
          + "pairs, \(e.sameTargetPairs) replying to the same comment, \(similar) "
          + "near-identical; \(e.sharedTexts.count) near-identical texts in all")
    }
    for (comment, author) in exampleTexts(group).prefix(3) {
      let text = corpus.threads[comment.thread].comments[comment.comment].text
      lines.append(
        "  text: \(name(author)) (\(commentKey(thread: comment.thread, comment: comment.comment))): "
          + "“\(Self.excerpt(text))”")
    }
    for alike in group.alikeNames {
      lines.append(
        "  names: \(name(alike.first)) and \(name(alike.second)) (\(alike.reason.rawValue); "
          + "supporting evidence only)")
    }
    return lines
  }

  /// One group's pairs of members as a table: together in how many of their shared threads,
  /// the null model's expectation, the adjusted p-value, and the supporting evidence.
  public func pairsTable(_ group: CoordinationGroup) -> FindingsTable {
    FindingsTable(
      title: "Group \(group.number)",
      header: [
        "pair", "together", "shared threads", "expected", "adjusted p", "comment pairs",
        "same target", "near-identical", "texts elsewhere",
      ],
      rows: group.edges.map { k in
        let e = analysis.edges[k]
        let similar = e.nearIdenticalPairs(atLeast: analysis.options.similarity)
        return [
          "\(name(e.first)) – \(name(e.second))", String(e.observed), String(e.sharedThreads),
          FindingsText.number(e.expected), FindingsText.number(e.adjustedPValue),
          String(e.pairs.count), String(e.sameTargetPairs), String(similar),
          String(e.sharedTexts.count),
        ]
      })
  }

  /// The example texts of a group: (who, where, excerpt), most similar pairs first.
  public func examples(_ group: CoordinationGroup, limit: Int = 3) -> [(
    author: String, comment: String, text: String
  )] {
    exampleTexts(group).prefix(limit).map { c, author in
      (
        name(author), commentKey(thread: c.thread, comment: c.comment),
        Self.excerpt(corpus.threads[c.thread].comments[c.comment].text, limit: 280)
      )
    }
  }

  /// The whole text report: summary, then the first `top` groups.
  public func text(top: Int) -> String {
    var lines = summaryLines()
    for group in analysis.groups.prefix(top) {
      lines.append("")
      lines += groupLines(group)
    }
    if analysis.groups.count > top {
      lines.append("")
      lines.append("(\(analysis.groups.count - top) more groups: --top or --format json)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Texts of the group's coordinated pairs, most similar pairs first, one a comment.
  func exampleTexts(_ group: CoordinationGroup) -> [(
    comment: (thread: Int, comment: Int), author: Int
  )] {
    var pairs: [(similarity: Double, pair: CoordinatedPair)] = []
    for k in group.edges {
      for p in analysis.edges[k].pairs { pairs.append((p.similarity ?? 0, p)) }
    }
    pairs.sort {
      ($1.similarity, $0.pair.thread, $0.pair.firstComment) < (
        $0.similarity, $1.pair.thread, $1.pair.firstComment
      )
    }
    var seen = Set<[Int]>()
    var out: [(comment: (thread: Int, comment: Int), author: Int)] = []
    for (_, p) in pairs {
      for c in [p.firstComment, p.secondComment] {
        guard seen.insert([p.thread, c]).inserted,
          let author = corpus.commenterIndex(thread: p.thread, comment: c)
        else { continue }
        out.append(((p.thread, c), author))
      }
    }
    return out
  }

  static func excerpt(_ text: String, limit: Int = 120) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
  }

  // MARK: - JSON

  /// One object: the options and counts, then `groups`, each with `members` (names),
  /// `threads` (ids), its span and p-value, `evidence` (its pairs of commenters with their
  /// observed and expected counts and every supporting comment pair) and `alike_names`.
  public func json() -> String {
    let o = analysis.options
    func q(_ s: String) -> String { JSONText.quoted(s) }
    func num(_ x: Double) -> String { x.isFinite ? StatsView.jsonNumber(x) : "null" }
    func ref(_ thread: Int, _ comment: Int) -> String {
      "{\"thread\": \(q(corpus.threads[thread].id)), \"id\": \(q(corpus.threads[thread].comments[comment].id))}"
    }
    let groups = analysis.groups.map { g -> String in
      let evidence = g.edges.map { k -> String in
        let e = analysis.edges[k]
        let pairs = e.pairs.map { p in
          "{\"thread\": \(q(corpus.threads[p.thread].id)), "
            + "\"first\": \(q(corpus.threads[p.thread].comments[p.firstComment].id)), "
            + "\"second\": \(q(corpus.threads[p.thread].comments[p.secondComment].id)), "
            + "\"seconds\": \(p.seconds), \"similarity\": \(p.similarity.map(num) ?? "null"), "
            + "\"same_target\": \(p.sameTarget)}"
        }
        let texts = e.sharedTexts.map { t in
          "{\"first\": \(ref(Int(t.first.thread), Int(t.first.comment))), "
            + "\"second\": \(ref(Int(t.second.thread), Int(t.second.comment))), "
            + "\"similarity\": \(num(t.similarity))}"
        }
        return "{\"members\": [\(q(name(e.first))), \(q(name(e.second)))], "
          + "\"shared_threads\": \(e.sharedThreads), \"observed\": \(e.observed), "
          + "\"expected\": \(num(e.expected)), \"p\": \(num(e.pValue)), "
          + "\"adjusted_p\": \(num(e.adjustedPValue)), "
          + "\"same_target_pairs\": \(e.sameTargetPairs),\n        \"pairs\": ["
          + pairs.joined(separator: ",\n          ") + "],\n        \"shared_texts\": ["
          + texts.joined(separator: ", ") + "]}"
      }
      let alike = g.alikeNames.map {
        "{\"members\": [\(q(name($0.first))), \(q(name($0.second)))], \"reason\": \(q($0.reason.rawValue))}"
      }
      return "{\"group\": \(g.number), \"members\": ["
        + g.members.map { q(name($0)) }.joined(separator: ", ")
        + "], \"threads\": [" + g.threads.map { q(corpus.threads[$0].id) }.joined(separator: ", ")
        + "], \"first\": \(g.first.map { q($0.iso8601) } ?? "null"), "
        + "\"last\": \(g.last.map { q($0.iso8601) } ?? "null"), "
        + "\"adjusted_p\": \(num(g.adjustedPValue)), \"alike_names\": ["
        + alike.joined(separator: ", ")
        + "],\n      \"evidence\": [" + evidence.joined(separator: ",\n      ") + "]}"
    }
    return "{\n  \"window_s\": \(o.window), \"alpha\": \(num(o.alpha)), "
      + "\"min_threads\": \(o.minThreads), \"correction\": \"bonferroni\",\n"
      + "  \"pairs_tested\": \(analysis.pairsTested), \"candidate_pairs\": \(analysis.candidatePairs), "
      + "\"near_duplicate_pairs\": \(analysis.nearDuplicatePairs), "
      + "\"stock_phrases\": \(analysis.stockPhrases), \"stock_comments\": \(analysis.stockComments), "
      + "\"threads_too_dense\": \(analysis.threadsTooDense),\n"
      + "  \"groups\": ["
      + (groups.isEmpty ? "" : "\n    " + groups.joined(separator: ",\n    ") + "\n  ")
      + "]\n}\n"
  }

  // MARK: - Explain

  /// Group `number`'s evidence with its arithmetic, as `conflict --explain` writes it; `nil`
  /// when there is no such group.
  public func explain(group number: Int) -> String? {
    guard let g = analysis.groups.first(where: { $0.number == number }) else { return nil }
    let o = analysis.options
    var lines = groupLines(g)
    lines.append("")
    lines.append(
      "The test. In each thread the null model keeps the times of its comments and deals them "
        + "to its commenters at random, each keeping how many it wrote there. With q the share "
        + "of the thread's pairs of timed comments within \(FindingsText.duration(o.window)) "
        + "of each other, and a and b the comments of the two commenters there, they are "
        + "together by chance with probability p = 1 − (1 − q)^(a·b). Over the threads they "
        + "share, the count of threads together is a sum of such chances; the p-value is the "
        + "chance of at least the observed count, times the \(grouped(analysis.pairsTested)) "
        + "pairs tested. Pairs who reply to each other in a thread are not counted there.")
    for k in g.edges {
      let e = analysis.edges[k]
      lines.append("")
      lines.append("\(name(e.first)) and \(name(e.second)):")
      var byThread: [Int: [CoordinatedPair]] = [:]
      for p in e.pairs { byThread[p.thread, default: []].append(p) }
      for t in byThread.keys.sorted() {
        let pairs = byThread[t]!
        let shown = pairs.prefix(3).map { p in
          "#\(corpus.threads[t].comments[p.firstComment].id) and "
            + "#\(corpus.threads[t].comments[p.secondComment].id) \(p.seconds) s apart"
            + (p.similarity.map { ", similarity \(FindingsText.number($0))" } ?? "")
            + (p.sameTarget
              ? ", both replying to #\(corpus.threads[t].replyTargetIndex[p.firstComment].map { corpus.threads[t].comments[$0].id } ?? "?")"
              : "")
        }
        lines.append(
          "  \(corpus.threads[t].id): " + shown.joined(separator: "; ")
            + (pairs.count > 3 ? "; \(pairs.count - 3) more" : ""))
      }
      lines.append(
        "  together in \(e.observed) of \(e.sharedThreads) shared threads; expected "
          + "\(FindingsText.number(e.expected)) (the sum of p over the shared threads); "
          + "P(X ≥ \(e.observed)) = \(FindingsText.number(e.pValue)); × "
          + "\(grouped(analysis.pairsTested)) = \(FindingsText.number(e.adjustedPValue)) ≤ "
          + "\(FindingsText.number(o.alpha))")
      for t in e.sharedTexts.prefix(3) {
        lines.append(
          "  near-identical (\(FindingsText.number(t.similarity))): "
            + "\(commentKey(thread: Int(t.first.thread), comment: Int(t.first.comment))) and "
            + "\(commentKey(thread: Int(t.second.thread), comment: Int(t.second.comment)))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
