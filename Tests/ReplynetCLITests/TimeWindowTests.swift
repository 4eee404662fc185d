import Foundation
import Testing

/// `--since` and `--until` against NetworkX on the same selection of comments: the comments
/// written in the window, each reply among them an edge to its target's author wherever in
/// time the target lies.
@Suite struct TimeWindowTests {
  /// Three threads over five October days (EEST, +03:00), replies reaching back up to two
  /// days, a few undated comments and unknown authors.
  static func table() -> String {
    var lines: [String] = []
    for thread in 0..<3 {
      for n in 0..<70 {
        let minutes = n * 97 + thread * 41
        let day = 1 + minutes / 1440
        let time =
          n % 17 == 16
          ? "null"
          : "\"2025-10-0\(day)T\(String(format: "%02d", (minutes % 1440) / 60)):\(String(format: "%02d", minutes % 60)):00+03:00\""
        let author = n % 23 == 22 ? "null" : "\"u\((n * 7 + thread) % 13)\""
        let back = 1 + (n * 5) % 30
        let reply = n > 0 && n % 4 != 0 ? "\"\(thread)-\(max(0, n - back))\"" : "null"
        lines.append(
          "{\"id\": \"\(thread)-\(n)\", \"thread\": \"t\(thread)\", \"reply_to\": \(reply), \"author\": \(author), \"time\": \(time), \"likes\": \(n % 5), \"text\": \"comment \(n)\"}"
        )
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// NetworkX's networks of a selection: `window SINCE UNTIL` (one selection) or `days`
  /// (each local day's).
  static let python = #"""
    import json, sys
    from datetime import datetime
    import networkx as nx
    recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
    byid = {(r["thread"], r["id"]): r for r in recs}
    def network(chosen):
        g = nx.DiGraph()
        for r in chosen:
            if r["author"] is not None:
                g.add_node(r["author"])
        for r in chosen:
            t = byid.get((r["thread"], r["reply_to"])) if r["reply_to"] else None
            if t is None or r["author"] is None or t["author"] is None:
                continue
            g.add_node(t["author"])
            if r["author"] != t["author"]:
                w = g.get_edge_data(r["author"], t["author"], {"weight": 0})["weight"]
                g.add_edge(r["author"], t["author"], weight=w + 1)
        return g, nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000)
    if sys.argv[2] == "window":
        since = datetime.fromisoformat(sys.argv[3]).timestamp()
        until = datetime.fromisoformat(sys.argv[4]).timestamp()
        chosen = [r for r in recs if r["time"] is not None
                  and since <= datetime.fromisoformat(r["time"]).timestamp() < until]
        g, pr = network(chosen)
        comments = {}
        for r in chosen:
            if r["author"] is not None:
                comments[r["author"]] = comments.get(r["author"], 0) + 1
        out = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
               "ids": sorted(r["id"] for r in chosen), "commenters": {}}
        for v in g.nodes:
            out["commenters"][v] = {"comments": comments.get(v, 0),
                "replies_sent": g.out_degree(v, weight="weight"),
                "replies_received": g.in_degree(v, weight="weight"), "pagerank": pr[v]}
    else:
        out = {}
        for day in sorted({r["time"][:10] for r in recs if r["time"]}):
            chosen = [r for r in recs if r["time"] and r["time"][:10] == day]
            g, pr = network(chosen)
            top = sorted(pr, key=lambda v: (-pr[v], v))[0]
            out[day] = {"comments": len(chosen), "nodes": g.number_of_nodes(),
                        "edges": g.number_of_edges(),
                        "reciprocity": nx.overall_reciprocity(g) if g.number_of_edges() else None,
                        "top": top, "top_pagerank": pr[top]}
    print(json.dumps(out))
    """#

  static func networkx(_ path: String, _ arguments: [String]) throws -> [String: Any] {
    let answer = try CLIRunner.python(Self.python, [path] + arguments)
    return try #require(try JSONSerialization.jsonObject(with: answer) as? [String: Any])
  }

  @Test(
    "stats in a window equals NetworkX on the same selection",
    arguments: [
      // A date alone: from its first instant; as --until, to the end of that day.
      (
        ["--since", "2025-10-02", "--until", "2025-10-03"], "2025-10-02T00:00:00+03:00",
        "2025-10-04T00:00:00+03:00"
      ),
      // Date-times, with an offset and without one (Sofia time).
      (
        ["--since", "2025-10-02T12:30:00+03:00", "--until", "2025-10-03T06:00"],
        "2025-10-02T12:30:00+03:00", "2025-10-03T06:00:00+03:00"
      ),
      (["--since", "2025-10-04T09:00Z"], "2025-10-04T09:00:00+00:00", "2100-01-01T00:00:00+00:00"),
    ])
  func statsEqualNetworkX(window: [String], since: String, until: String) throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("t.jsonl").path
    try Self.table().write(toFile: path, atomically: true, encoding: .utf8)
    let run = try CLIRunner.run(["stats", "--format", "json", path] + window)
    #expect(run.exitCode == 0, "\(run.stderr)")
    #expect(run.stderr.contains("window "), "\(run.stderr)")
    let ours = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout)) as? [String: Any])
    let theirs = try Self.networkx(path, ["window", since, until])
    let graph = try #require(ours["graph"] as? [String: Any])
    #expect(graph["nodes"] as? Int == theirs["nodes"] as? Int)
    #expect(graph["edges"] as? Int == theirs["edges"] as? Int)
    let expected = try #require(theirs["commenters"] as? [String: [String: Any]])
    let rows = try #require(ours["commenters"] as? [[String: Any]])
    #expect(rows.count == expected.count)
    for row in rows {
      let name = try #require(row["name"] as? String)
      let e = try #require(expected[name], "\(name) is no node for NetworkX")
      for field in ["comments", "replies_sent", "replies_received"] {
        #expect(
          (row[field] as? NSNumber)?.doubleValue == (e[field] as? NSNumber)?.doubleValue,
          "\(name) \(field)")
      }
      let pr = try #require((row["pagerank"] as? NSNumber)?.doubleValue)
      #expect(abs(pr - (e["pagerank"] as! Double)) < 1e-6, "\(name) pagerank")
    }
    // parse writes exactly the comments in the window.
    let parsed = try CLIRunner.run(["parse", "--quiet", path] + window)
    #expect(parsed.exitCode == 0)
    let ids = parsed.lines.map { line -> String in
      let object = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      return object["id"] as! String
    }
    #expect(ids.sorted() == (theirs["ids"] as? [String]))
    // export's comment table holds the same rows, each with its own text (the text column
    // once held the context comments too, shifting every text after the first of them).
    let bundle = directory.appendingPathComponent("bundle").path
    let exported = try CLIRunner.run(
      ["export", "--quiet", "--formats", "csv", "--to", bundle, path] + window)
    #expect(exported.exitCode == 0, "\(exported.stderr)")
    let table =
      try JSONSerialization.jsonObject(
        with: try CLIRunner.python(
          "import csv, json, sys; print(json.dumps([[r['id'], r['text']] for r in csv.DictReader(open(sys.argv[1], encoding='utf-8', newline=''))]))",
          [bundle + "/comments.csv"])) as? [[String]]
    #expect(table?.map { $0[0] }.sorted() == (theirs["ids"] as? [String]))
    for row in table ?? [] {
      let number = row[0].split(separator: "-").last.map(String.init) ?? ""
      #expect(row[1] == "comment " + number, "text of \(row[0])")
    }
  }

  /// `commenters` in a window lists who wrote in it: not the authors its replies reach
  /// outside it (context), counted by the table itself.
  @Test func commentersInAWindowAreItsAuthors() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("t.jsonl").path
    // "early" writes only on the first day; a reply in the window reaches back to it.
    let table =
      Self.table()
      + #"{"id": "e-1", "thread": "t0", "reply_to": null, "author": "early", "time": "2025-10-01T08:00:00+03:00", "text": "first"}"#
      + "\n"
      + #"{"id": "e-2", "thread": "t0", "reply_to": "e-1", "author": "u1", "time": "2025-10-03T08:00:00+03:00", "text": "late reply"}"#
      + "\n"
    try table.write(toFile: path, atomically: true, encoding: .utf8)
    let (since, until) = ("2025-10-03T00:00:00+03:00", "2025-10-04T00:00:00+03:00")
    let parse = ISO8601DateFormatter()
    var expected: [String: Int] = [:]
    for line in table.split(separator: "\n") {
      let record = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      guard let author = record["author"] as? String, let time = record["time"] as? String,
        let t = parse.date(from: time), t >= parse.date(from: since)!, t < parse.date(from: until)!
      else { continue }
      expected[author, default: 0] += 1
    }
    let run = try CLIRunner.run(["commenters", path, "--since", since, "--until", until])
    #expect(run.exitCode == 0, "\(run.stderr)")
    var listed: [String: Int] = [:]
    for row in String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").dropFirst() {
      let cells = row.split(separator: "\t").map(String.init)
      listed[cells[1]] = Int(cells[2])
    }
    #expect(!expected.isEmpty)
    #expect(listed == expected)
  }

  @Test func aWindowWithoutCommentsIsAnErrorNamingTheSpan() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("t.jsonl").path
    try Self.table().write(toFile: path, atomically: true, encoding: .utf8)
    for command in ["stats", "parse", "conflict", "timeline", "coordination"] {
      let run = try CLIRunner.run([command, path, "--since", "2026-01-01"])
      #expect(run.exitCode == 65, "\(command)")
      #expect(
        run.stderr.contains("no comment written in the window 2026-01-01T00:00:00+02:00 to …"))
      #expect(run.stderr.contains("the comments span 2025-10-01T00:00:00+03:00 to"), "\(command)")
    }
    let backwards = try CLIRunner.run([
      "stats", path, "--since", "2025-10-03", "--until", "2025-10-02",
    ])
    #expect(backwards.exitCode == 64)
    #expect(backwards.stderr.contains("must come after --since"))
  }

  @Test func statsByDayEqualsNetworkXDayByDay() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("t.jsonl").path
    try Self.table().write(toFile: path, atomically: true, encoding: .utf8)
    let run = try CLIRunner.run(["stats", "--quiet", "--by", "day", "--format", "json", path])
    #expect(run.exitCode == 0, "\(run.stderr)")
    let ours = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout)) as? [String: Any])
    let periods = try #require(ours["periods"] as? [[String: Any]])
    let theirs = try #require(try Self.networkx(path, ["days"]) as? [String: [String: Any]])
    #expect(periods.count == theirs.count)
    for row in periods {
      let day = try #require(row["period"] as? String)
      let e = try #require(theirs[day])
      for field in ["comments", "nodes", "edges"] {
        #expect(row[field] as? Int == e[field] as? Int, "\(day) \(field)")
      }
      let r = (row["reciprocity"] as? NSNumber)?.doubleValue
      let x = (e["reciprocity"] as? NSNumber)?.doubleValue
      #expect((r == nil) == (x == nil) && abs((r ?? 0) - (x ?? 0)) < 1e-12, "\(day) reciprocity")
      let top = try #require((row["top"] as? [[String: Any]])?.first)
      #expect(abs((top["pagerank"] as! Double) - (e["top_pagerank"] as! Double)) < 1e-6, "\(day)")
      #expect(top["name"] as? String == e["top"] as? String, "\(day) top")
    }
  }
}
