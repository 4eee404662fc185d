import Discussion
import DiscussionGraph
import Foundation

@testable import GraphExport

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A small thread whose networks are worked out by hand:
///
///     1 Ана                      10:00  text "first"
///     2 Боби   replies to 1      10:01  text `съгласен с "Ана"`   (quoted-name mention of Ана)
///     3 Ана    replies to 2      10:02
///     4 =cmd   replies to 3      10:03  text "виж #1"             (comment-number mention of Ана)
///     5 Цвети                    no time, no votes                (an isolate)
///
/// Commenters sorted by ID: "=cmd", "Ана", "Боби", "Цвети". Reply edges: =cmd→Ана, Ана→Боби,
/// Боби→Ана, each weight 1. Mention edges: =cmd→Ана (comment_number), Боби→Ана (quoted_name).
enum ExportFixture {
  static func time(_ minute: Int) -> CommentTime {
    CommentTime.parseISO8601("2025-10-17T10:0\(minute):00+03:00")!
  }

  static var corpus: Corpus {
    let comments = [
      Discussion.Comment(
        id: "1", author: "Ана", likes: 1, dislikes: 0, text: "first", time: time(0)),
      Discussion.Comment(
        id: "2", author: "Боби", likes: 2, dislikes: 1, replyTo: "1", replyToName: "Ана",
        text: "съгласен с \"Ана\"", time: time(1)),
      Discussion.Comment(
        id: "3", author: "Ана", likes: 0, dislikes: 3, replyTo: "2", text: "не", time: time(2)),
      Discussion.Comment(
        id: "4", author: "=cmd", likes: 0, dislikes: 0, replyTo: "3", text: "виж #1",
        time: time(3)),
      Discussion.Comment(id: "5", author: "Цвети", text: "аз"),
    ]
    let thread = CommentThread(
      id: "t1", sourceFile: "t1.jsonl", comments: comments, replyTargetIndex: [nil, 0, 1, 2, nil])
    return Corpus(threads: [thread])
  }

  static func bundle(
    salt: String? = nil, providers: [any ExportColumnProvider] = []
  ) throws -> ExportBundle {
    let corpus = corpus
    let inputs = NetworkKind.allCases.map { kind in
      let network = CommenterNetwork(corpus: corpus, kind: kind)
      return ExportBundle.NetworkInput(
        network: network, statistics: CommenterStatistics.compute(corpus: corpus, network: network))
    }
    return try ExportBundle(
      corpus: corpus, networks: inputs,
      options: .init(pseudonymSalt: salt, columnProviders: providers))
  }

  static func temporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "replynet-export-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func text(_ directory: String, _ name: String) throws -> String {
    try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
  }
}

/// Reads a GraphML file with Foundation's XML parser (libxml2): node IDs, and each node's
/// and edge's data values by key, entities decoded.
final class GraphMLReader: NSObject, XMLParserDelegate {
  var keys: [String: (name: String, type: String, domain: String)] = [:]
  var nodes: [String: [String: String]] = [:]
  var edges: [(source: String, target: String, data: [String: String])] = []
  private var current: (kind: String, id: String, target: String)?
  private var data: [String: String] = [:]
  private var key: String?
  private var text = ""

  static func read(_ path: String) -> GraphMLReader? {
    let reader = GraphMLReader()
    guard let parser = XMLParser(contentsOf: URL(fileURLWithPath: path)) else { return nil }
    parser.delegate = reader
    return parser.parse() ? reader : nil
  }

  func parser(
    _ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    switch element {
    case "key":
      keys[attributes["id"] ?? ""] = (
        attributes["attr.name"] ?? "", attributes["attr.type"] ?? "", attributes["for"] ?? ""
      )
    case "node": current = ("node", attributes["id"] ?? "", "")
    case "edge": current = ("edge", attributes["source"] ?? "", attributes["target"] ?? "")
    case "data":
      key = attributes["key"]
      text = ""
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

  func parser(
    _ parser: XMLParser, didEndElement element: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    switch element {
    case "data":
      if let key, let name = keys[key]?.name { data[name] = text }
      key = nil
    case "node":
      if let current { nodes[current.id] = data }
      data = [:]
      current = nil
    case "edge":
      if let current { edges.append((current.id, current.target, data)) }
      data = [:]
      current = nil
    default: break
    }
  }
}
