import Crypto
import Discussion
import DiscussionGraph
import Findings
import Foundation
import GraphExport
import Testing

@testable import Report

/// The report's HTML as a browser would take it, checked without one (the browser test,
/// `scripts/check_report.py`, opens it in Chromium).
@Suite("Report page")
struct ReportPageTests {
  static let hostile = [
    "<img src=x onerror=alert(1)>", "</script><script>alert(2)</script>", "\"><b>x</b>",
    "=1+1\u{8}\u{C}",
  ]

  static func corpus(names: [String]) -> Corpus {
    var comments: [Discussion.Comment] = []
    for k in 0..<12 {
      comments.append(
        Discussion.Comment(
          id: "\(k)", author: names[k % names.count], likes: k % 4, dislikes: k % 3,
          replyTo: k > 0 ? "\(k - 1)" : nil, text: names[(k + 1) % names.count] + " идиот",
          time: CommentTime(epochSeconds: 1_760_700_000 + Int64(k) * 600, utcOffsetSeconds: 10_800))
      )
    }
    var thread = CommentThread(
      id: "t", sourceFile: "t.jsonl", title: "</title><script>alert(3)</script>", comments: comments
    )
    ReplyResolution.resolve(&thread)
    return Corpus(threads: [thread])
  }

  static func report(_ corpus: Corpus) -> String {
    Report.html(
      Report.Input(
        corpus: corpus,
        integrity: IntegritySummary(
          threads: corpus.threads.count, integrity: corpus.integrity, sources: [], skipped: []),
        errors: [], provenance: Provenance(version: "test", inputs: [], options: []),
        options: Report.Options(lexicon: .bulgarian, rewirings: 20)))
  }

  /// The text of every element `name` (`<name …>text</name>`).
  static func elements(_ name: String, in html: String) -> [String] {
    var out: [String] = []
    var rest = html[...]
    while let open = rest.range(of: "<\(name)") {
      guard let start = rest[open.upperBound...].firstIndex(of: ">"),
        let close = rest[start...].range(of: "</\(name)>")
      else { break }
      out.append(String(rest[rest.index(after: start)..<close.lowerBound]))
      rest = rest[close.upperBound...]
    }
    return out
  }

  @Test("The policy names the page's own style and script by hash, and nothing else runs")
  func contentSecurityPolicy() throws {
    let html = Self.report(Self.corpus(names: Self.hostile))
    let styles = Self.elements("style", in: html)
    let scripts = Self.elements("script", in: html)
    #expect(styles.count == 1)
    #expect(scripts.count == 2)  // the table's JSON and the code
    let policy = try #require(
      html.firstMatch(of: /Content-Security-Policy" content="([^"]*)"/)?.output.1)
    #expect(policy.contains("default-src 'none'") && policy.contains("connect-src 'none'"))
    #expect(!policy.contains("unsafe"))
    let code = try #require(scripts.last)
    #expect(
      policy.contains(
        "script-src 'sha256-\(Data(SHA256.hash(data: Array(code.utf8))).base64EncodedString())'"))
    #expect(
      policy.contains(
        "style-src 'sha256-\(Data(SHA256.hash(data: Array(styles[0].utf8))).base64EncodedString())'"
      ))
    // No attribute that the policy would block or that runs code.
    // Attribute names of every tag (user text has no raw "<", and attribute values no raw
    // quote, so the tags and their values are found exactly).
    var names: Set<String> = []
    for tag in html.matches(of: /<[a-zA-Z][^>]*>/) {
      let bare = String(tag.output).replacing(/"[^"]*"/, with: "")
      for attribute in bare.matches(of: /\s([a-zA-Z:-]+)\s*=/) {
        names.insert(String(attribute.output.1).lowercased())
      }
    }
    #expect(!names.contains("style"))
    #expect(names.filter { $0.hasPrefix("on") }.isEmpty)
    #expect(!html.contains("javascript:"))
  }

  @Test("Hostile names, texts and titles are text in every context")
  func hostileText() throws {
    let html = Self.report(Self.corpus(names: Self.hostile))
    for name in Self.hostile { #expect(!html.contains(name)) }
    #expect(!html.contains("<img") && !html.contains("<b>"))
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    // The table's JSON reads back to the names as they are.
    let json = try #require(
      html.firstMatch(of: /<script type="application\/json" id="table-data">([^<]*)<\/script>/)?
        .output.1)
    let data = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let rows = try #require(data?["rows"] as? [[Any]])
    #expect(Set(rows.compactMap { $0[1] as? String }) == Set(Self.hostile))
  }

  @Test("Every section is there; the first page of the table is HTML too; same input, same bytes")
  func sections() {
    let corpus = Self.corpus(names: ["Ана", "Борис", "Вера", "Георги"])
    let html = Self.report(corpus)
    for id in [
      "network", "read", "commenters", "conflict", "coordination", "charts", "definitions",
    ] {
      #expect(html.contains("<section id=\"\(id)\""))
    }
    #expect(html.contains("<h3>The thread's reply tree</h3>"))  // one thread: its tree too
    #expect(html.components(separatedBy: "<tr data-node=").count - 1 == 4)
    for metric in MetricCatalogue.names { #expect(html.contains("id=\"m-\(metric)\"")) }
    #expect(html.components(separatedBy: "<figure class=\"chart\">").count - 1 == 4)
    #expect(Self.report(corpus) == html)
  }

  @Test("The coordination section shows the planted brigade as a group with its pairs")
  func coordinationGroups() {
    let generator = SyntheticCorpus(
      SyntheticCorpus.Parameters(
        threads: 80, meanCommentsPerThread: 50, commenters: 600, seed: 21,
        coordination: CoordinationPlan(brigades: 1, brigadeSize: 4, brigadeThreadShare: 0.2)))
    let corpus = generator.corpus()
    let html = Self.report(corpus)
    let section = html.components(separatedBy: "<section id=\"coordination\"").last ?? ""
    #expect(section.contains("<strong>Group 1</strong>: 4 commenters"))
    #expect(!section.contains("Group 2"))
    for name in generator.plantedBrigades()[0] { #expect(section.contains(name)) }
    // Six pairs of four members, each a row of the pairs table.
    #expect(section.components(separatedBy: " – ").count - 1 >= 6)
    #expect(section.contains("<summary>The arithmetic</summary>"))
  }
}
