import Discussion

/// What reading found, in the words every front end uses: the counts of the integrity report,
/// what each input was read as, the fields no input's records were read for, and the files
/// skipped. `replynet` prints these lines on standard error; the report shows them.
public struct IntegritySummary: Sendable {
  public var threads: Int
  public var integrity: IntegrityReport
  public var sources: [SourceReport]
  public var skipped: [SkippedFile]

  public init(
    threads: Int, integrity: IntegrityReport, sources: [SourceReport], skipped: [SkippedFile]
  ) {
    self.threads = threads
    self.integrity = integrity
    self.sources = sources
    self.skipped = skipped
  }

  /// `integrity: 1 thread, 22 comments, 0 removed, …`.
  public var countsLine: String {
    "integrity: \(Self.count(threads, "thread")), \(integrity.summary)"
  }

  /// Every line, as the command line prints them after its findings: the counts, what the
  /// inputs were read as, the fields not read, the files skipped (at most `skippedLimit`
  /// named).
  public func lines(skippedLimit: Int) -> [String] {
    var lines = [countsLine]
    if let layouts = Self.layoutSummary(sources) { lines.append("read as: " + layouts) }
    lines += Self.unreadSummary(sources)
    if !skipped.isEmpty {
      lines.append("skipped: " + Self.skippedSummary(skipped, limit: skippedLimit))
    }
    return lines
  }

  /// `ConvoKit corpus: data/tc`, or `page text × 120, Reddit dump × 2`.
  public static func layoutSummary(_ sources: [SourceReport]) -> String? {
    guard !sources.isEmpty else { return nil }
    if sources.count == 1 { return "\(sources[0].layout): \(sources[0].file)" }
    var order: [String] = []
    var counts: [String: Int] = [:]
    for source in sources {
      if counts[source.layout] == nil { order.append(source.layout) }
      counts[source.layout, default: 0] += 1
    }
    return order.map { "\($0) × \(counts[$0]!)" }.joined(separator: ", ")
  }

  /// `fields not read, in 21,914 records: meta.score, vectors`: one line per record count,
  /// largest first, every field named once.
  public static func unreadSummary(_ sources: [SourceReport]) -> [String] {
    var records: [String: Int] = [:]
    for source in sources {
      for field in source.unreadFields { records[field.name, default: 0] += field.records }
    }
    guard !records.isEmpty else { return [] }
    var byCount: [Int: [String]] = [:]
    for (name, n) in records { byCount[n, default: []].append(name) }
    return byCount.keys.sorted(by: >).map { n in
      var names = byCount[n]!
      names.sortByUTF8 { $0 }
      let records = DigitGrouping.grouped(n, separator: ",") + (n == 1 ? " record" : " records")
      return "fields not read, in \(records): " + names.joined(separator: ", ")
    }
  }

  /// `2 files skipped: a.pdf (unknown type .pdf), RC (not comment data …)`.
  public static func skippedSummary(_ skipped: [SkippedFile], limit: Int) -> String {
    let shown = skipped.prefix(limit).map { "\($0.path) (\($0.reason))" }
    let more = skipped.count > limit ? ", … and \(skipped.count - limit) more" : ""
    return "\(count(skipped.count, "file")) skipped: " + shown.joined(separator: ", ") + more
  }

  /// `1 thread`, `3 threads`.
  public static func count(_ n: Int, _ noun: String) -> String {
    n == 1 ? "1 \(noun)" : "\(n) \(noun)s"
  }

  /// What `--since` and `--until` kept: "window 2025-10-17T00:00:00+03:00 to …: 1,234 of
  /// 5,678 comments (4,000 before, 400 after, 44 without a time); 12 older comments kept as
  /// the targets of replies in it".
  public static func windowLine(_ window: TimeWindow, _ s: TimeWindow.Selection) -> String {
    let all = s.selected + s.before + s.after + s.undated
    func n(_ x: Int) -> String { DigitGrouping.grouped(x, separator: ",") }
    var line =
      "window \(window.description): \(n(s.selected)) of \(count(all, "comment")) "
      + "(\(n(s.before)) before, \(n(s.after)) after, \(n(s.undated)) without a time)"
    if s.context > 0 {
      line +=
        s.context == 1
        ? "; 1 older comment kept as the target of a reply in it"
        : "; \(n(s.context)) older comments kept as the targets of replies in it"
    }
    return line
  }
}
