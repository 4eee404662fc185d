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

  func activity() -> String {
    var times: [(time: CommentTime, isReply: Bool)] = []
    for thread in corpus.threads {
      for (k, comment) in thread.comments.enumerated() {
        if let t = comment.time { times.append((t, thread.replyTargetIndex[k] != nil)) }
      }
    }
    let chart = SVGChart(
      id: "chart-activity", title: "Activity over time",
      summary: times.isEmpty
        ? "no comment has a time"
        : "comments and replies per period, \(times.count) comments with a time",
      xLabel: "time", yLabel: "comments")
    guard let first = times.map(\.time).min(), let last = times.map(\.time).max() else {
      return "<p class=\"note\">Activity: not drawn, no comment has a time.</p>\n"
    }
    let span = last.epochSeconds - first.epochSeconds
    let (step, name): (Int64, String) =
      span <= 4 * 86_400
      ? (3_600, "hour") : span <= 400 * 86_400 ? (86_400, "day") : (7 * 86_400, "week")
    let offset = Int64(first.utcOffsetSeconds)
    let start = ((first.epochSeconds + offset) / step) * step - offset
    let count = Int((last.epochSeconds - start) / step) + 1
    var comments = [Double](repeating: 0, count: count)
    var replies = [Double](repeating: 0, count: count)
    for (time, isReply) in times {
      let bin = Int((time.epochSeconds - start) / step)
      comments[bin] += 1
      if isReply { replies[bin] += 1 }
    }
    let labels = (0..<count).map { k -> String in
      let t = CommentTime(
        epochSeconds: start + Int64(k) * step, utcOffsetSeconds: first.utcOffsetSeconds)
      let l = t.localFields
      let day = String(format: "%02d-%02d", l.month, l.day)
      return step == 3_600 ? "\(day) \(String(format: "%02d", l.hour))h" : day
    }
    let svg = SVGChart(
      id: chart.id, title: "Activity per \(name)", summary: chart.summary + ", per \(name)",
      xLabel: "\(name) (\(first.iso8601.suffix(6)))", yLabel: "comments"
    ).bars(
      categories: labels, series: [("comments", comments), ("replies", replies)],
      labelEvery: max(1, count / 8))
    return svg
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
    for thread in corpus.threads {
      for (k, target) in thread.replyTargetIndex.enumerated() {
        guard let target, let a = thread.comments[target].time, let b = thread.comments[k].time
        else { continue }
        let delay = max(0, b.epochSeconds - a.epochSeconds)
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
      summary: "time from a comment to a reply to it, \(total) replies", xLabel: "delay",
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
