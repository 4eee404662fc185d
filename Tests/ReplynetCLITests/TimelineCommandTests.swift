import Foundation
import Testing

/// `replynet timeline` against a count made by the test's own Python from the same records.
@Suite struct TimelineCommandTests {
  /// Three threads over four days, in two UTC offsets (a Sofia day on either side of the
  /// change to winter time), with replies, removals, unknown authors and undated comments.
  static func table() -> String {
    var lines: [String] = []
    var k = 0
    for thread in 0..<3 {
      for n in 0..<40 {
        k += 1
        let day = 25 + (n * 7 + thread) % 4
        let offset = day < 27 ? "+03:00" : "+02:00"
        let hour = (n * 5 + thread * 3) % 24
        let time =
          n % 13 == 12
          ? "null"
          : "\"2025-10-\(day)T\(String(format: "%02d", hour)):\(String(format: "%02d", (n * 17) % 60)):00\(offset)\""
        let author = n % 11 == 10 ? "null" : "\"u\((n * 3 + thread) % 9)\""
        let reply = n > 0 && n % 3 != 0 ? "\"\(thread)-\(n / 2)\"" : "null"
        lines.append(
          "{\"id\": \"\(thread)-\(n)\", \"thread\": \"t\(thread)\", \"reply_to\": \(reply), \"author\": \(author), \"time\": \(time), \"removed\": \(n % 9 == 4), \"text\": \"comment \(k)\"}"
        )
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static let python = #"""
    import json, sys, statistics
    from datetime import datetime
    period = sys.argv[2]
    recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
    byid = {(r["thread"], r["id"]): r for r in recs}
    def key(t):
        return t[:13].replace("T", " ") + ":00" if period == "hour" else t[:10]
    def epoch(t):
        return datetime.fromisoformat(t).timestamp()
    first = {}
    for r in recs:
        if r["time"] and r["author"] is not None:
            k = key(r["time"])
            first[r["author"]] = min(first.get(r["author"], k), k)
    out = {}
    for r in recs:
        if not r["time"]:
            continue
        b = out.setdefault(key(r["time"]), {"comments": 0, "authors": set(), "replies": 0,
                                           "removed": 0, "threads": set(), "delays": []})
        b["comments"] += 1
        if r["author"] is not None:
            b["authors"].add(r["author"])
        if r["removed"]:
            b["removed"] += 1
        b["threads"].add(r["thread"])
        target = byid.get((r["thread"], r["reply_to"])) if r["reply_to"] else None
        if target is not None:
            b["replies"] += 1
            if target["time"]:
                b["delays"].append(epoch(r["time"]) - epoch(target["time"]))
    result = {}
    for k, b in out.items():
        result[k] = {"comments": b["comments"], "commenters": len(b["authors"]),
                     "new_commenters": sum(1 for v in first.values() if v == k),
                     "replies": b["replies"], "removed": b["removed"],
                     "threads_active": len(b["threads"]),
                     "median_reply_delay_s": statistics.median(b["delays"]) if b["delays"] else None}
    print(json.dumps(result, sort_keys=True))
    """#

  @Test(
    "Counts per day and per hour equal Python's count of the same records",
    arguments: ["day", "hour"])
  func countsEqualPython(period: String) throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("t.jsonl").path
    try Self.table().write(toFile: path, atomically: true, encoding: .utf8)
    let run = try CLIRunner.run(["timeline", "--quiet", "--by", period, "--format", "json", path])
    #expect(run.exitCode == 0, "\(run.stderr)")
    let ours = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout)) as? [String: Any])
    #expect(ours["undated"] as? Int == 9)
    let periods = try #require(ours["periods"] as? [[String: Any]])

    let answer = try CLIRunner.python(Self.python, [path, period])
    let theirs = try #require(
      try JSONSerialization.jsonObject(with: answer) as? [String: [String: Any]])

    let nonEmpty = periods.filter { ($0["comments"] as? Int ?? 0) > 0 }
    #expect(Set(nonEmpty.compactMap { $0["period"] as? String }) == Set(theirs.keys))
    #expect(periods.count >= nonEmpty.count)  // empty periods listed between, with zeros
    for row in nonEmpty {
      let label = try #require(row["period"] as? String)
      let expected = try #require(theirs[label])
      for field in [
        "comments", "commenters", "new_commenters", "replies", "removed", "threads_active",
      ] {
        #expect(row[field] as? Int == expected[field] as? Int, "\(label) \(field)")
      }
      let delay = row["median_reply_delay_s"] as? Double
      let expectedDelay = expected["median_reply_delay_s"] as? Double
      #expect(
        delay == expectedDelay,
        "\(label) median delay \(String(describing: delay)) vs \(String(describing: expectedDelay))"
      )
    }
    // Periods are in order and regular.
    let labels = periods.compactMap { $0["period"] as? String }
    #expect(labels == labels.sorted() && Set(labels).count == labels.count)
  }

  @Test("Threads: lifetime and half-life; hostile share from the lexicon; CSV and table agree")
  func threadsAndFormats() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("h.jsonl").path
    try """
    {"id": "1", "thread": "a", "author": "x", "time": "2025-10-17T10:00:00+03:00", "text": "добре"}
    {"id": "2", "thread": "a", "author": "y", "reply_to": "1", "time": "2025-10-17T10:10:00+03:00", "text": "идиот"}
    {"id": "3", "thread": "a", "author": "x", "reply_to": "2", "time": "2025-10-17T11:00:00+03:00", "text": "защо"}
    {"id": "4", "thread": "a", "author": "z", "time": "2025-10-17T14:00:00+03:00", "text": "да"}

    """.write(toFile: path, atomically: true, encoding: .utf8)
    let json = try CLIRunner.run(["timeline", "--quiet", "--format", "json", path])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
    let thread = try #require((object["threads"] as? [[String: Any]])?.first)
    #expect(thread["lifetime_s"] as? Int == 4 * 3600)
    #expect(thread["half_life_s"] as? Int == 600)  // the 2nd of 4 comments, 10 minutes in
    let day = try #require((object["periods"] as? [[String: Any]])?.first)
    #expect(day["hostile_share"] as? Double == 0.25)
    #expect((day["median_reply_delay_s"] as? NSNumber)?.doubleValue == 1800.0)  // 600 and 3,000 s
    let csv = String(
      decoding: try CLIRunner.run(["timeline", "--quiet", "--threads", "--format", "csv", path])
        .stdout, as: UTF8.self)
    #expect(
      csv
        == "thread,title,comments,first,last,lifetime_s,half_life_s\r\na,,4,2025-10-17T10:00:00+03:00,2025-10-17T14:00:00+03:00,14400,600\r\n"
    )
    let table = String(
      decoding: try CLIRunner.run(["timeline", "--quiet", "--by", "hour", path]).stdout,
      as: UTF8.self)
    #expect(table.hasPrefix("period"))
    #expect(table.contains("2025-10-17 12:00"))  // an empty hour between, listed
  }

  @Test("Comments without any time: an error that says so, not an empty table")
  func noTimes() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("n.jsonl").path
    try
      "{\"id\": \"1\", \"author\": \"a\", \"text\": \"x\"}\n{\"id\": \"2\", \"author\": \"b\", \"reply_to\": \"1\"}\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    let run = try CLIRunner.run(["timeline", path])
    #expect(run.exitCode == 65)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("no comment has a time (2 comments read)"))
  }

  @Test("A time far out (a placeholder year 1) is an error naming the span, not millions of rows")
  func outlier() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("o.jsonl").path
    try """
    {"id": "1", "author": "a", "time": "0001-01-01T00:00:00Z", "text": "x"}
    {"id": "2", "author": "b", "time": "2025-10-17T10:00:00+03:00", "text": "y"}

    """.write(toFile: path, atomically: true, encoding: .utf8)
    let hourly = try CLIRunner.run(["timeline", "--quiet", "--by", "hour", path])
    #expect(hourly.exitCode == 65)
    #expect(hourly.stdout.isEmpty)
    #expect(
      hourly.stderr.contains(
        "17,748,971 hours, from 0001-01-01T00:00:00+00:00 to 2025-10-17T10:00:00+03:00"))
    let weekly = try CLIRunner.run(["timeline", "--quiet", "--by", "week", "--format", "csv", path])
    #expect(weekly.exitCode == 0)  // 105,000 weeks: listed
  }
}
