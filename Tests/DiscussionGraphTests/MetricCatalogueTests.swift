import DiscussionGraph
import Foundation
import Testing

/// One descriptor per metric: the statistics' columns, and the README's metric table, come
/// from it.
@Suite("MetricCatalogue")
struct MetricCatalogueTests {
  static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
  static let start =
    "     checks it, and `REPLYNET_RECORD=1 swift test --filter MetricCatalogue` writes it anew -->\n"
  static let end = "<!-- /metric table -->"

  @Test("The README's metric table is the catalogue's")
  func readmeTable() throws {
    var text = try String(contentsOf: Self.readme, encoding: .utf8)
    let a = try #require(text.range(of: Self.start))
    let b = try #require(text.range(of: Self.end, range: a.upperBound..<text.endIndex))
    let current = String(text[a.upperBound..<b.lowerBound])
    if ProcessInfo.processInfo.environment["REPLYNET_RECORD"] == "1" {
      text.replaceSubrange(a.upperBound..<b.lowerBound, with: MetricCatalogue.markdownTable)
      try text.write(to: Self.readme, atomically: true, encoding: .utf8)
      return
    }
    #expect(
      current == MetricCatalogue.markdownTable,
      "REPLYNET_RECORD=1 swift test --filter MetricCatalogue")
  }

  @Test("Every statistics column has a descriptor, in output order, counted as it says")
  func columns() throws {
    #expect(CommenterStatistics.columnNames == MetricCatalogue.commenterMetrics.map(\.name))
    #expect(Set(MetricCatalogue.names).count == MetricCatalogue.names.count)
    for m in MetricCatalogue.commenterMetrics {
      #expect(!m.definition.isEmpty && !m.unit.isEmpty, "\(m.name)")
      #expect(m.name.allSatisfy { $0.isLowercase || $0 == "_" }, "\(m.name)")
    }
  }
}
