import Discussion
import DiscussionGraph
import Foundation
import Testing

/// `replynet stats` end to end: the built binary on the stats fixtures and on small tables.
@Suite struct StatsCommandTests {
  static let synthetic = CLIRunner.repositoryRoot.appendingPathComponent(
    "Tests/Fixtures/stats/synthetic-small.jsonl.gz"
  ).path

  /// Reply, a `#1` mention, a quoted name, a look-alike spelling of one name ("Kозел" has a
  /// Latin K) and a commenter with no edge at all.
  static let table = [
    #"{"id":"1","thread":"a","author":"Kозел","text":"Първи"}"#,
    #"{"id":"2","thread":"a","author":"козел","reply_to":"1","text":"аз"}"#,
    ##"{"id":"3","thread":"a","author":"Мравоядец","text":"#1 и \"козел\" грешат"}"##,
    #"{"id":"4","thread":"a","author":"Ана","reply_to":"3","text":"не"}"#,
    #"{"id":"5","thread":"a","author":"Тих","text":"сам"}"#,
  ].joined(separator: "\n")

  struct Output {
    var graph: [String: Any]
    var commenters: [[String: Any]]
  }

  static func json(_ arguments: [String]) throws -> Output {
    let result = try CLIRunner.run(["stats", "--format", "json", "--quiet"] + arguments)
    #expect(result.exitCode == 0, "\(result.stderr)")
    let root = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
    #expect(Set(root.keys) == ["graph", "commenters"])
    return Output(
      graph: try #require(root["graph"] as? [String: Any]),
      commenters: try #require(root["commenters"] as? [[String: Any]]))
  }

  static func withTable<T>(_ body: (String) throws -> T) throws -> T {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("t.jsonl").path
    try Data(table.utf8).write(to: URL(fileURLWithPath: path))
    return try body(path)
  }

  static func row(_ output: Output, _ name: String) throws -> [String: Any] {
    try #require(output.commenters.first { $0["name"] as? String == name }, "\(name)")
  }

  /// The number (or null) after each `"key": ` of one line of JSON, as text. Foundation's JSON
  /// parser does not always round decimals correctly (0.4011568570984468 reads back 1 ulp
  /// off), so exact comparisons read the text with `Double(_:)`, which does.
  static func rawNumbers(_ line: Substring) -> [String: String] {
    var out: [String: String] = [:]
    for match in line.matches(of: /"([a-z_]+)": (-?[0-9][0-9.eE+\-]*|null)/) {
      out[String(match.output.1)] = String(match.output.2)
    }
    return out
  }

  /// Whether a JSON token holds exactly `value` (null for NaN).
  static func holds(_ token: String?, _ value: Double) -> Bool {
    guard let token else { return false }
    return value.isNaN ? token == "null" : Double(token) == value
  }

  @Test func jsonHoldsEveryMetricWithTheLibrarysValues() throws {
    let output = try Self.json([Self.synthetic])
    let text = try CLIRunner.run(["stats", "--format", "json", "--quiet", Self.synthetic])
    let load = ThreadLoader.corpus([Self.synthetic])
    let (corpus, errors) = (load.corpus, load.errors)
    #expect(errors.isEmpty)
    let stats = CommenterStatistics.compute(
      corpus: corpus, network: CommenterNetwork(corpus: corpus, kind: .reply))
    #expect(output.commenters.count == corpus.commenters.count)
    let index = Dictionary(
      uniqueKeysWithValues: corpus.commenters.enumerated().map { ($1.id.rawValue, $0) })
    // One commenter object per line, in output order.
    let lines = text.lines.filter { $0.hasPrefix("    {") }
    #expect(lines.count == output.commenters.count)
    var mismatches: [String] = []
    for (object, line) in zip(output.commenters, lines) {
      #expect(
        Set(object.keys) == Set(["id", "name"] + CommenterStatistics.columnNames + ["accused_by"]))
      let id = try #require(object["id"] as? String)
      let i = try #require(index[id])
      #expect(object["name"] as? String == corpus.commenters[i].displayName)
      let tokens = Self.rawNumbers(line)
      for column in stats.columns where !Self.holds(tokens[column.name], column.values[i]) {
        mismatches.append("\(id) \(column.name): \(tokens[column.name] ?? "-")")
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(10).joined(separator: "; "))")
    let s = stats.summary
    let graph = Self.rawNumbers(try #require(text.lines.first { $0.contains("\"graph\"") }))
    #expect(output.graph["network"] as? String == "reply")
    #expect(output.graph["nodes"] as? Int == s.nodes)
    #expect(output.graph["edges"] as? Int == s.edges)
    #expect(output.graph["diameter"] as? Int == s.diameter)
    #expect(output.graph["communities"] as? Int == s.communities)
    #expect(Self.holds(graph["density"], s.density))
    #expect(Self.holds(graph["reciprocity_rho"], s.reciprocityRho))
    #expect(Self.holds(graph["degree_assortativity"], s.degreeAssortativity))
    #expect(Self.holds(graph["modularity"], s.modularity))
    #expect(output.graph["path_sample_sources"] is NSNull)
  }

  @Test func sortAndTopChooseTheRows() throws {
    let all = try Self.json(["--sort", "betweenness", Self.synthetic])
    let values = all.commenters.map { ($0["betweenness"] as? NSNumber)?.doubleValue ?? -1 }
    let ids = all.commenters.map { $0["id"] as? String ?? "" }
    for k in 1..<values.count {
      #expect(values[k - 1] > values[k] || (values[k - 1] == values[k] && ids[k - 1] < ids[k]))
    }
    let top = try Self.json(["--sort", "betweenness", "--top", "7", Self.synthetic])
    #expect(top.commenters.map { $0["id"] as? String ?? "" } == Array(ids.prefix(7)))
    let table = try CLIRunner.run(["stats", "--quiet", Self.synthetic])
    #expect(table.exitCode == 0)
    #expect(table.stdoutText.contains("(25 of \(all.commenters.count) commenters;"))
  }

  @Test func unknownMetricIsAUsageError() throws {
    let result = try CLIRunner.run(["stats", "--sort", "fame", Self.synthetic])
    #expect(result.exitCode == 64)
    #expect(result.stderr.contains("unknown metric 'fame'"))
    #expect(result.stdout.isEmpty)
  }

  @Test func sampledPathMetricsSaySo() throws {
    let sampled = try Self.json(["--samples", "10", Self.synthetic])
    #expect(sampled.graph["path_sample_sources"] as? Int == 10)
    let tooFew = try CLIRunner.run(["stats", "--samples", "1", Self.synthetic])
    #expect(tooFew.exitCode == 64)
  }

  @Test func networkChoosesReplyMentionOrCombined() throws {
    try Self.withTable { path in
      let reply = try Self.json([path])
      #expect(reply.graph["network"] as? String == "reply")
      #expect(reply.graph["edges"] as? Int == 2)  // козел → Kозел, Ана → Мравоядец
      let mention = try Self.json(["--network", "mention", path])
      #expect(mention.graph["network"] as? String == "mention")
      // Мравоядец → Kозел (#1) and → козел (quoted), one mention each.
      #expect(mention.graph["edges"] as? Int == 2)
      let m = try Self.row(mention, "Мравоядец")
      #expect(m["out_degree"] as? Int == 2)
      #expect(m["mentions_sent"] as? Int == 2)
      #expect(m["replies_received"] as? Int == 1)
      let combined = try Self.json(["--network", "combined", path])
      #expect(combined.graph["network"] as? String == "combined")
      #expect(combined.graph["edges"] as? Int == 4)
      #expect(combined.graph["total_weight"] as? Int == 4)
      #expect(try Self.row(combined, "Мравоядец")["in_degree"] as? Int == 1)
    }
  }

  @Test func foldNamesMergesLookAlikes() throws {
    try Self.withTable { path in
      let exact = try Self.json([path])
      #expect(exact.commenters.count == 5)
      #expect(exact.graph["self_replies"] as? Int == 0)
      let folded = try Self.json(["--fold-names", path])
      #expect(folded.commenters.count == 4)
      // козел's reply to Kозел is now a reply to oneself: counted, not an edge.
      #expect(folded.graph["self_replies"] as? Int == 1)
      #expect(folded.graph["edges"] as? Int == 1)
      let goat = try #require(folded.commenters.first { $0["id"] as? String == "козел" })
      #expect(goat["comments"] as? Int == 2)
      #expect(goat["self_replies"] as? Int == 1)
      #expect(goat["out_degree"] as? Int == 0)
    }
  }

  @Test func csvHasAHeaderEveryColumnAndEmptyCellsForNaN() throws {
    try Self.withTable { path in
      let result = try CLIRunner.run(["stats", "--format", "csv", "--quiet", path])
      #expect(result.exitCode == 0)
      let lines = result.stdoutText.components(separatedBy: "\r\n").dropLast()
      #expect(result.stdoutText.hasSuffix("\r\n"))
      let header = try #require(lines.first).split(separator: ",", omittingEmptySubsequences: false)
      #expect(
        header.map(String.init) == ["id", "name"] + CommenterStatistics.columnNames + ["accused_by"]
      )
      #expect(lines.count == 6)
      for line in lines.dropFirst() {
        let cells = line.split(separator: ",", omittingEmptySubsequences: false)
        #expect(cells.count == header.count)
        #expect(!cells.contains { $0.lowercased() == "nan" || $0.lowercased() == "inf" })
      }
      // Тих has no edge: closeness (reachable-only) is undefined, an empty cell.
      let quiet = try #require(lines.first { $0.hasPrefix("Тих,") })
      let cells = quiet.split(separator: ",", omittingEmptySubsequences: false)
      let closeness = try #require(header.firstIndex(of: "closeness"))
      #expect(cells[closeness] == "")
      let json = try Self.json([path])
      #expect(try Self.row(json, "Тих")["closeness"] is NSNull)
    }
  }

  @Test func markdownHasTheSummaryAndOneRowPerCommenter() throws {
    try Self.withTable { path in
      let result = try CLIRunner.run(["stats", "--format", "markdown", "--quiet", path])
      #expect(result.exitCode == 0)
      let lines = result.lines
      #expect(lines.first == "| summary | |")
      #expect(lines.contains("| network | reply |"))
      let header = try #require(lines.first { $0.hasPrefix("| # | commenter |") })
      #expect(
        header == "| # | commenter | "
          + (CommenterStatistics.columnNames + ["accused_by"]).joined(separator: " | ") + " |")
      let rows = lines.filter { $0.first == "|" && $0.dropFirst(2).first?.isNumber == true }
      #expect(rows.count == 5)
      #expect(!result.stdoutText.lowercased().contains("nan"))
    }
  }

  @Test(arguments: ["table", "json", "csv", "markdown"])
  func outputIsDeterministic(format: String) throws {
    let arguments = ["stats", "--format", format, "--quiet", Self.synthetic]
    let first = try CLIRunner.run(arguments)
    let second = try CLIRunner.run(arguments)
    #expect(first.exitCode == 0)
    #expect(!first.stdout.isEmpty)
    #expect(first.stdout == second.stdout)
  }

  /// accused_by counts distinct accusers: two people who call A a troll (one of them twice),
  /// a neutral reply, and an accusation of oneself, which does not count.
  @Test func accusedByCountsDistinctAccusers() throws {
    let table = """
      {"id": "1", "thread": "t", "author": "A", "text": "Europe is fine"}
      {"id": "2", "thread": "t", "reply_to": "1", "author": "B", "text": "ти си платен трол"}
      {"id": "3", "thread": "t", "reply_to": "1", "author": "C", "text": "копейка такава"}
      {"id": "4", "thread": "t", "reply_to": "1", "author": "B", "text": "трол, казах"}
      {"id": "5", "thread": "t", "reply_to": "1", "author": "D", "text": "съгласен съм"}
      {"id": "6", "thread": "t", "reply_to": "2", "author": "B", "text": "аз не съм трол"}

      """
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("accused.jsonl").path
    try table.write(toFile: path, atomically: true, encoding: .utf8)
    let json = try Self.json([path])
    #expect(try Self.row(json, "A")["accused_by"] as? Int == 2)
    #expect(try Self.row(json, "B")["accused_by"] as? Int == 0)
    let sorted = try CLIRunner.run(["stats", "--quiet", "--sort", "accused_by", path])
    #expect(sorted.exitCode == 0)
    #expect(sorted.lines.contains { $0.hasPrefix("1  A ") })
  }
}
