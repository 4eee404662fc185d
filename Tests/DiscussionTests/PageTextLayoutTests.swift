import Foundation
import PropertyBased
import Testing

@testable import Discussion

/// A page copied another way reads the same: without the `•` bullets and the indentation (a
/// browser copy that drops list markers), with `*` or `-` bullets (text browsers, Markdown
/// converters), indented with tabs or non-breaking spaces, with CR LF line ends; and the
/// layout found is reported.
@Suite struct PageTextLayoutTests {
  static let sampleText = String(
    decoding: try! Fixtures.bytes(Fixtures.sampleThread), as: UTF8.self)

  /// The sample's lines, each changed by `line` (given its text without the leading spaces
  /// and those spaces).
  static func variant(_ line: (_ indent: Substring, _ rest: Substring) -> String) -> [UInt8] {
    let lines = sampleText.split(separator: "\n", omittingEmptySubsequences: false).map { l in
      let rest = l.drop(while: { $0 == " " })
      return line(l[..<rest.startIndex], rest)
    }
    return Array(lines.joined(separator: "\n").utf8)
  }

  static let variants: [(name: String, bytes: [UInt8], layout: String)] = [
    (
      "no bullets, no indentation",
      variant { _, rest in rest.hasPrefix("• ") ? String(rest.dropFirst(2)) : String(rest) },
      "no bullets, not indented"
    ),
    (
      "* bullets", variant { i, r in i + (r.hasPrefix("•") ? "*" + r.dropFirst() : String(r)) },
      "* bullets, indented with spaces"
    ),
    (
      "- bullets", variant { i, r in i + (r.hasPrefix("•") ? "-" + r.dropFirst() : String(r)) },
      "- bullets, indented with spaces"
    ),
    (
      "tabs", variant { i, r in String(repeating: "\t", count: i.count / 2) + r },
      "• bullets, indented with tabs"
    ),
    (
      "non-breaking spaces", variant { i, r in String(repeating: "\u{A0}", count: i.count) + r },
      "• bullets, indented with non-breaking spaces"
    ),
    (
      "CR LF", Array(sampleText.replacingOccurrences(of: "\n", with: "\r\n").utf8),
      "• bullets, indented with spaces, CRLF line ends"
    ),
  ]

  @Test(arguments: 0..<variants.count)
  func sampleCopiedAnotherWay(_ k: Int) throws {
    let (name, bytes, layout) = Self.variants[k]
    let (original, originalLayout) = try PageTextImporter.read(
      bytes: Fixtures.bytes(Fixtures.sampleThread), file: "s.txt")
    #expect(originalLayout.description == "• bullets, indented with spaces")
    let (copy, found) = try PageTextImporter.read(bytes: bytes, file: "s.txt")
    #expect(found.description == layout, "\(name)")
    #expect(copy.comments.count == 22, "\(name)")
    #expect(copy.formatIndependent == original.formatIndependent, "\(name)")
    #expect(copy.integrity.issues.map(\.kind) == original.integrity.issues.map(\.kind), "\(name)")
  }

  static let layouts: [PageTextLayout] = [
    .page, PageTextLayout(bullet: nil, indentation: .none),
    PageTextLayout(bullet: "*", indentation: .spaces),
    PageTextLayout(bullet: "-", indentation: .none),
    PageTextLayout(bullet: "•", indentation: .tabs, crlf: true),
    PageTextLayout(bullet: nil, indentation: .nonBreakingSpaces, crlf: true),
  ]

  @Test("Generated threads, tricky text lines included, round-trip in every layout")
  func generatedThreadsInEveryLayout() async {
    await propertyCheck(
      count: 40, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0..<Self.layouts.count)
    ) { seed, pick in
      var thread = SyntheticCorpus(
        .init(threads: 1, meanCommentsPerThread: 30, removedProbability: 0.1, seed: UInt64(seed))
      ).thread(0).thread
      let tricky = PageTextRoundTripTests.trickyLines
      for i in thread.comments.indices where !thread.comments[i].isRemoved && i % 4 == 1 {
        let line = tricky[(seed + i) % tricky.count].trimmingCharacters(in: .whitespaces)
        thread.comments[i].text = "Начало.\n" + line + "\nи още\n\n" + thread.comments[i].text
      }
      ReplyResolution.resolve(&thread)
      let layout = Self.layouts[pick]
      let (parsed, found) = try PageTextImporter.read(
        bytes: PageTextWriter.write(thread, layout: layout), file: thread.sourceFile)
      #expect(found == layout)
      #expect(parsed.formatIndependent == thread.formatIndependent)
      #expect(parsed.integrity.count(.damagedComment) == 0)
    }
  }
}
