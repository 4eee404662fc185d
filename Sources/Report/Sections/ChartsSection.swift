import Discussion
import DiscussionGraph

/// Charts of the corpus, drawn by ``SVGChart``: activity over time, the degree distribution
/// (log–log), reply delays, and votes against controversy.
struct ChartsSection {
  let corpus: Corpus
  let stats: CommenterStatistics
  let conflict: ConflictReport

  /// Most points the votes chart draws (those with the most votes).
  static let maxPoints = 2_000

  var html: ReportSectionHTML {
    var body = HowTo.paragraph(
      """
      When people wrote, and how they connect. Activity counts comments and replies per \
      hour (per day or week for a longer span). The degree distribution shows how many \
      commenters have each number of partners, on logarithmic axes: a few with very many and \
      many with few is the usual shape. Reply delay is the time between a comment and a reply \
      to it. The last chart puts each comment's votes against its controversy: controversial \
      comments have many votes split between likes and dislikes.
      """)
    body += "<div class=\"charts\">\n"
    body += activity() + degrees() + delays() + votes()
    body += "</div>\n"
    return ReportSectionHTML(id: "charts", title: "Over time and in shape", body: body)
  }

  // MARK: Activity

  /// Most bars the activity chart draws.
  static let maxPeriods: Int64 = 2_000

  /// Comments and replies per period, counted by ``DiscussionGraph/Timeline`` (what
  /// `replynet timeline` prints): per hour up to four days, per day up to 400, else per week.
  func activity() -> String {
    guard let span = Timeline.span(of: corpus) else {
      return "<p class=\"note\">Activity: not drawn, no comment has a time.</p>\n"
    }
    let period: Timeline.Period =
      Timeline.periods(from: span.first, to: span.last, by: .hour) <= 96
      ? .hour : Timeline.periods(from: span.first, to: span.last, by: .day) <= 400 ? .day : .week
    let count = Timeline.periods(from: span.first, to: span.last, by: period)
    guard count <= Self.maxPeriods else {
      return "<p class=\"note\">Activity: not drawn, the comments span \(count) weeks, from "
        + HTMLEscaping.text(span.first.iso8601) + " to " + HTMLEscaping.text(span.last.iso8601)
        + ": check the times that lie far out.</p>\n"
    }
    let timeline = Timeline(corpus: corpus, period: period)
    let dated = timeline.buckets.reduce(0) { $0 + $1.comments }
    return SVGChart(
      id: "chart-activity", title: "Activity per \(period.rawValue)",
      summary: "comments and replies per \(period.rawValue), \(dated) comments with a time",
      xLabel: "\(period.rawValue), local time", yLabel: "comments"
    ).bars(
      categories: timeline.buckets.map(\.label),
      series: [
        ("comments", timeline.buckets.map { Double($0.comments) }),
        ("replies", timeline.buckets.map { Double($0.replies) }),
      ],
      labelEvery: max(1, timeline.buckets.count / 6))
  }

  // MARK: Degree

  func degrees() -> String {
    guard let partners = stats.column("partners") else { return "" }
    var histogram: [Int: Int] = [:]
    for v in partners.values where v.isFinite && v >= 1 { histogram[Int(v), default: 0] += 1 }
    let points = histogram.keys.sorted().map { (Double($0), Double(histogram[$0]!)) }
    guard let maxK = points.map(\.0).max(), let maxN = points.map(\.1).max() else {
      return "<p class=\"note\">Degree distribution: not drawn, no commenter has a partner.</p>\n"
    }
    return SVGChart(
      id: "chart-degree", title: "Degree distribution",
      summary:
        "commenters by number of partners (replied to or replied by), \(points.count) distinct values, up to \(Int(maxK))",
      xLabel: "partners (log)", yLabel: "commenters (log)"
    ).points(
      x: .init(low: 1, high: max(10, maxK), isLog: true),
      y: .init(low: 1, high: max(10, maxN), isLog: true),
      series: [("commenters", points)])
  }

  // MARK: Reply delay

  static let delayBuckets: [(limit: Int64, label: String)] = [
    (60, "< 1 min"), (300, "1–5 min"), (900, "5–15 min"), (3_600, "15–60 min"),
    (3 * 3_600, "1–3 h"), (12 * 3_600, "3–12 h"), (86_400, "12–24 h"), (3 * 86_400, "1–3 d"),
    (.max, "> 3 d"),
  ]

  func delays() -> String {
    var counts = [Double](repeating: 0, count: Self.delayBuckets.count)
    var total = 0
    var early = 0
    for thread in corpus.threads {
      for (k, target) in thread.replyTargetIndex.enumerated() {
        guard let target, !thread.comments[k].isContext, let a = thread.comments[target].time,
          let b = thread.comments[k].time
        else { continue }
        let delay = b.epochSeconds - a.epochSeconds
        guard delay >= 0 else {
          early += 1  // written before its target: a clock or copy error, shown in the summary
          continue
        }
        let bucket =
          Self.delayBuckets.firstIndex { delay < $0.limit } ?? Self.delayBuckets.count - 1
        counts[bucket] += 1
        total += 1
      }
    }
    guard total > 0 else {
      return
        "<p class=\"note\">Reply delay: not drawn, no reply whose comment and target both have a time.</p>\n"
    }
    return SVGChart(
      id: "chart-delay", title: "Reply delay",
      summary: "time from a comment to a reply to it, \(total) replies"
        + (early > 0 ? "; \(early) replies dated before their target not shown" : ""),
      xLabel: "delay",
      yLabel: "replies"
    ).bars(categories: Self.delayBuckets.map(\.label), series: [("replies", counts)])
  }

  // MARK: Votes

  func votes() -> String {
    var all = conflict.comments.joined().filter { $0.likes + $0.dislikes > 0 }
    guard !all.isEmpty else {
      return "<p class=\"note\">Votes and controversy: not drawn, no comment has votes.</p>\n"
    }
    if all.count > Self.maxPoints {
      all.sort {
        ($0.likes + $0.dislikes, $1.thread, $1.comment) > (
          $1.likes + $1.dislikes, $0.thread, $0.comment
        )
      }
      all = Array(all.prefix(Self.maxPoints))
    }
    let points = all.map { (Double($0.likes + $0.dislikes), $0.controversy) }
    let maxVotes = points.map(\.0).max() ?? 1
    let maxControversy = points.map(\.1).max() ?? 1
    return SVGChart(
      id: "chart-votes", title: "Votes and controversy",
      summary:
        "each comment's likes plus dislikes against its controversy, \(points.count) comments",
      xLabel: "likes + dislikes (log)", yLabel: "controversy"
    ).points(
      x: .init(low: 1, high: max(10, maxVotes), isLog: true),
      y: .init(low: 0, high: max(1, maxControversy)), series: [("comments", points)])
  }
}
