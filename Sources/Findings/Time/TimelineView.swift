import Discussion
import DiscussionGraph

/// The timeline as every front end shows it: one row a period, one row a thread, as a
/// terminal table, CSV or JSON.
public struct TimelineView: Sendable {
  public let timeline: Timeline
  public let corpus: Corpus

  public init(timeline: Timeline, corpus: Corpus) {
    self.timeline = timeline
    self.corpus = corpus
  }

  /// The period columns, in output order.
  public static let periodColumns = [
    "period", "comments", "commenters", "new_commenters", "replies", "removed", "hostile_share",
    "median_reply_delay_s", "threads_active",
  ]

  /// The thread columns, in output order.
  public static let threadColumns = [
    "thread", "title", "comments", "first", "last", "lifetime_s", "half_life_s",
  ]

  /// Each period's cells as text; `missing` for an undefined value.
  public func periodCells(missing: String) -> [[String]] {
    timeline.buckets.map { b in
      [
        b.label, String(b.comments), String(b.commenters), String(b.newCommenters),
        String(b.replies), String(b.removed),
        timeline.measuresHostility && b.hostileShare.isFinite
          ? FindingsText.number(b.hostileShare) : missing,
        b.medianReplyDelay.map { FindingsText.number($0) } ?? missing, String(b.threadsActive),
      ]
    }
  }

  /// Each thread's cells as text, in corpus order.
  public func threadCells(missing: String) -> [[String]] {
    timeline.threads.map { life in
      let thread = corpus.threads[life.thread]
      return [
        thread.id, thread.title ?? missing, String(life.comments),
        life.first?.iso8601 ?? missing, life.last?.iso8601 ?? missing,
        life.lifetime.map(String.init) ?? missing, life.halfLife.map(String.init) ?? missing,
      ]
    }
  }

  /// CSV (RFC 4180, CRLF) of the periods, or of the threads; text through ``CSVCell``.
  public func csv(threads: Bool) -> String {
    CSVCell.document(
      header: threads ? Self.threadColumns : Self.periodColumns,
      rows: threads ? threadCells(missing: "") : periodCells(missing: ""))
  }

  /// One JSON object: `period` (hour, day or week), `undated` (comments without a time),
  /// `periods` and `threads`, each a list of objects keyed by the column names; undefined
  /// values are `null`.
  public func json() -> String {
    func number(_ x: Double?) -> String {
      guard let x, x.isFinite else { return "null" }
      return StatsView.jsonNumber(x)
    }
    let periods = timeline.buckets.map { b in
      "{\"period\": \(JSONText.quoted(b.label)), \"comments\": \(b.comments), "
        + "\"commenters\": \(b.commenters), \"new_commenters\": \(b.newCommenters), "
        + "\"replies\": \(b.replies), \"removed\": \(b.removed), "
        + "\"hostile_share\": \(timeline.measuresHostility ? number(b.hostileShare) : "null"), "
        + "\"median_reply_delay_s\": \(number(b.medianReplyDelay)), "
        + "\"threads_active\": \(b.threadsActive)}"
    }
    let threads = timeline.threads.map { life in
      let thread = corpus.threads[life.thread]
      return "{\"thread\": \(JSONText.quoted(thread.id)), "
        + "\"title\": \(thread.title.map(JSONText.quoted) ?? "null"), "
        + "\"comments\": \(life.comments), "
        + "\"first\": \(life.first.map { JSONText.quoted($0.iso8601) } ?? "null"), "
        + "\"last\": \(life.last.map { JSONText.quoted($0.iso8601) } ?? "null"), "
        + "\"lifetime_s\": \(life.lifetime.map(String.init) ?? "null"), "
        + "\"half_life_s\": \(life.halfLife.map(String.init) ?? "null")}"
    }
    func list(_ items: [String]) -> String {
      items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]"
    }
    return "{\n  \"period\": \(JSONText.quoted(timeline.period.rawValue)), "
      + "\"undated\": \(timeline.undated),\n  \"periods\": \(list(periods)),\n"
      + "  \"threads\": \(list(threads))\n}\n"
  }
}
