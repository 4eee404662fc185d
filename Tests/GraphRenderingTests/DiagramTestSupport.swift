import Discussion
import Foundation
import GraphRendering

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Builds small corpora by hand for the diagram tests.
enum TestCorpus {
  /// One thread whose comment `i` is written by `authors[i]` and replies to comment
  /// `replies[i]` (an index), with 3 likes and 1 dislike each.
  static func thread(
    id: String = "t", authors: [String?], replies: [Int?], texts: [String]? = nil,
    removed: Set<Int> = []
  ) -> CommentThread {
    let comments = authors.indices.map { i in
      Discussion.Comment(
        id: "\(i + 1)", author: authors[i], likes: 3, dislikes: 1,
        replyTo: replies[i].map { "\($0 + 1)" }, text: texts?[i] ?? "text \(i + 1)",
        time: CommentTime(epochSeconds: 1_760_710_680 + Int64(i) * 60, utcOffsetSeconds: 10_800),
        isRemoved: removed.contains(i))
    }
    return CommentThread(
      id: id, sourceFile: "\(id).txt", comments: comments, replyTargetIndex: replies)
  }

  static func corpus(_ threads: CommentThread...) -> Corpus { Corpus(threads: threads) }

  /// The sample thread of the repository (Graphs/).
  static func sample() throws -> Corpus {
    let load = ThreadLoader.corpus([Gallery.sample])
    let (corpus, errors) = (load.corpus, load.errors)
    guard errors.isEmpty, corpus.threads.count == 1 else {
      throw DiagramError(kind: .noSuchThread, message: "cannot read \(Gallery.sample)")
    }
    return corpus
  }
}

/// Paths of the gallery in Graphs/.
enum Gallery {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Graphs")
  static let stem = "fakti-belarus-eu-2025-10-17"
  static var sample: String { root.appendingPathComponent("\(stem).txt").path }
  static func path(_ view: DiagramView, _ format: DiagramFormat) -> String {
    root.appendingPathComponent("\(stem).\(view.rawValue).\(format.rawValue)").path
  }
}

/// An SVG read with Foundation's XML parser: its elements in document order (name and
/// attributes) and the text of each `<text>` element.
final class SVGDocument: NSObject, XMLParserDelegate {
  struct Element: Equatable {
    var name: String
    var attributes: [String: String]
  }
  private(set) var elements: [Element] = []
  private(set) var texts: [String] = []
  private var current: String?

  /// nil when the bytes are not well-formed XML.
  static func parse(_ bytes: [UInt8]) -> SVGDocument? {
    let document = SVGDocument()
    let parser = XMLParser(data: Data(bytes))
    parser.delegate = document
    return parser.parse() ? document : nil
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    elements.append(Element(name: elementName, attributes: attributeDict))
    if elementName == "text" { current = "" }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    if elementName == "text", let text = current {
      texts.append(text)
      current = nil
    }
  }

  /// Every `xlink:title` (tooltip) in the document.
  var tooltips: [String] { elements.compactMap { $0.attributes["xlink:title"] } }

  /// The words of every `<text>` element.
  var words: Set<String> {
    Set(texts.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) })
  }
}
