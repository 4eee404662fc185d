import Discussion
import DiscussionGraph
import Foundation
import Testing

@testable import GraphExport

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct ExportBundleTests {
  /// edges.csv of ``ExportFixture``, written out by hand from the thread in its doc comment.
  @Test func edgesCSVMatchesTheHandWorkedNetworks() throws {
    let dir = try ExportFixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try BundleWriter.write(
      try ExportFixture.bundle(), formats: [.csv], to: dir,
      provenance: Provenance(version: "test", inputs: [], options: []))
    let t = { (m: Int) in "2025-10-17T10:0\(m):00+03:00" }
    let expected = [
      "network,source,target,weight,layer,replies,mentions,evidence,threads,thread_count,"
        + "comment_count,first_time,last_time",
      "reply,'=cmd,Ана,1,reply,1,0,,t1,1,1,\(t(3)),\(t(3))",
      "reply,Ана,Боби,1,reply,1,0,,t1,1,1,\(t(2)),\(t(2))",
      "reply,Боби,Ана,1,reply,1,0,,t1,1,1,\(t(1)),\(t(1))",
      "mention,'=cmd,Ана,1,mention,0,1,comment_number,t1,1,1,\(t(3)),\(t(3))",
      "mention,Боби,Ана,1,mention,0,1,quoted_name,t1,1,1,\(t(1)),\(t(1))",
      "combined,'=cmd,Ана,2,reply+mention,1,1,comment_number,t1,1,1,\(t(3)),\(t(3))",
      "combined,Ана,Боби,1,reply,1,0,,t1,1,1,\(t(2)),\(t(2))",
      "combined,Боби,Ана,2,reply+mention,1,1,quoted_name,t1,1,1,\(t(1)),\(t(1))",
    ]
    #expect(try ExportFixture.text(dir, "edges.csv") == expected.joined(separator: "\r\n") + "\r\n")
  }

  @Test func missingValuesAreNeverNoneNanOrEmptyNumbers() throws {
    let dir = try ExportFixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try BundleWriter.write(
      try ExportFixture.bundle(), formats: Set(ExportFormat.allCases), to: dir,
      provenance: Provenance(version: "test", inputs: [], options: []))
    for name in try FileManager.default.contentsOfDirectory(atPath: dir)
    where !name.hasSuffix(".sqlite") {
      let text = try ExportFixture.text(dir, name)
      for bad in ["None", "nan", "NaN", "inf", ",,1", ": null"] {
        #expect(!text.contains(bad), "\(name) holds \(bad)")
      }
    }
    // Цвети reaches nobody: closeness is missing, written NA in CSV.
    let nodes = try ExportFixture.text(dir, "nodes.csv").split(separator: "\r\n")
    let header = nodes[0].split(separator: ",", omittingEmptySubsequences: false)
    let row = nodes.first { $0.hasPrefix("reply,Цвети,") }!.split(
      separator: ",", omittingEmptySubsequences: false)
    #expect(row[header.firstIndex(of: "closeness")!] == "NA")
    #expect(row[header.firstIndex(of: "likes")!] == "0")
    // The comment without votes has NA votes in comments.csv.
    let comments = try ExportFixture.text(dir, "comments.csv")
    #expect(comments.contains(",NA,NA,false,"))
  }

  @Test func graphMLReadsBackTypedWithHostileNames() throws {
    let dir = try ExportFixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try BundleWriter.write(
      try ExportFixture.bundle(), formats: [.graphml], to: dir,
      provenance: Provenance(version: "test", inputs: [], options: []))
    let graph = try #require(GraphMLReader.read(dir + "/combined.graphml"))
    #expect(Set(graph.nodes.keys) == ["=cmd", "Ана", "Боби", "Цвети"])
    #expect(graph.keys["v_pagerank"]?.type == "double")
    #expect(graph.keys["v_comments"]?.type == "long")
    #expect(graph.keys["e_first_time"]?.type == "string")
    #expect(graph.nodes["Ана"]?["comments"] == "2")
    #expect(graph.nodes["Ана"]?["dislikes"] == "3")
    #expect(graph.nodes["Цвети"]?["closeness"] == nil)
    let edge = try #require(graph.edges.first { $0.source == "Боби" })
    #expect(edge.target == "Ана")
    #expect(edge.data["weight"] == "2")
    #expect(edge.data["evidence"] == "quoted_name")
  }

  @Test func hostileCharactersSurviveXML() throws {
    let name = "<\"Q\" & 'co'>\u{01}\tx"
    let thread = CommentThread(
      id: "t", sourceFile: "t",
      comments: [
        Discussion.Comment(id: "1", author: name, text: "a"),
        Discussion.Comment(id: "2", author: "b", replyTo: "1", text: "b"),
      ], replyTargetIndex: [nil, 0])
    let corpus = Corpus(threads: [thread])
    let network = CommenterNetwork(corpus: corpus, kind: .reply)
    let bundle = try ExportBundle(
      corpus: corpus,
      networks: [
        .init(
          network: network,
          statistics: CommenterStatistics.compute(corpus: corpus, network: network))
      ])
    let dir = try ExportFixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try BundleWriter.write(
      bundle, formats: [.graphml, .gexf], to: dir,
      provenance: Provenance(version: "test", inputs: [], options: []))
    let graph = try #require(GraphMLReader.read(dir + "/reply.graphml"))
    // The ID has its spacing normalised (IdentityRule.exact); the label keeps the tab.
    let id = "<\"Q\" & 'co'> x"
    #expect(graph.nodes[id]?["label"] == "<\"Q\" & 'co'>\tx")
    #expect(graph.edges.first?.target == id)
    #expect(XMLParser(contentsOf: URL(fileURLWithPath: dir + "/reply.gexf"))?.parse() == true)
  }

  @Test func pseudonymisedFilesHoldNoName() throws {
    let dir = try ExportFixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let bundle = try ExportFixture.bundle(salt: "pepper")
    try BundleWriter.write(
      bundle, formats: Set(ExportFormat.allCases), to: dir,
      provenance: Provenance(version: "test", inputs: [], options: []))
    let names = ["Ана", "Боби", "=cmd", "Цвети"]
    for file in try FileManager.default.contentsOfDirectory(atPath: dir) {
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/" + file)))
      for name in names {
        #expect(!bytes.contains(Array(name.utf8)), "\(file) holds \(name)")
      }
      #expect(!bytes.contains(Array("pepper".utf8)), "\(file) holds the salt")
    }
    let p = Pseudonymizer(salt: "pepper")
    #expect(Set(bundle.commenterIDs) == Set(names.map { p.pseudonym(for: $0) }))
  }

  @Test func outputIsByteIdenticalFromRunToRun() throws {
    let a = try ExportFixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: a) }
    let b = try ExportFixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: b) }
    for dir in [a, b] {
      try BundleWriter.write(
        try ExportFixture.bundle(), formats: Set(ExportFormat.allCases), to: dir,
        provenance: Provenance(version: "test", inputs: [], options: [("seed", "0")]))
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: a).sorted()
    #expect(files.count == 18)
    #expect(files.allSatisfy { !$0.hasPrefix(".") }, "a temporary file was left")
    for file in files {
      #expect(
        FileManager.default.contentsEqual(atPath: a + "/" + file, andPath: b + "/" + file),
        "\(file)")
    }
  }

  @Test func aFailedWriteLeavesNoHalfFile() throws {
    let dir = try ExportFixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    // A directory where edges.csv should go: the rename fails.
    try FileManager.default.createDirectory(
      atPath: dir + "/edges.csv/x", withIntermediateDirectories: true)
    #expect(throws: ExportError.self) {
      try BundleWriter.write(
        try ExportFixture.bundle(), formats: [.csv], to: dir,
        provenance: Provenance(version: "test", inputs: [], options: []))
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: dir)
    #expect(!left.contains { $0.hasPrefix(".") }, "temporary files left: \(left)")
    #expect(!left.contains("datapackage.json"))
  }
}

@Suite struct ExportIDTests {
  @Test func idsStayUniqueWhenCleaningMakesThemEqual() {
    #expect(
      ExportBundle.unique(["a", "a", "", "a~2", "b", ""]) == ["a", "a~2", "~", "a~2~2", "b", "~~2"])
  }

  @Test func threadsOfTheSameNameInTwoFilesGetDistinctIDs() throws {
    let threads = ["x/t.txt", "y/t.txt"].map { file in
      CommentThread(
        id: "t", sourceFile: file, comments: [Discussion.Comment(id: "1", author: "a", text: "")])
    }
    let corpus = Corpus(threads: threads)
    let bundle = try ExportBundle(corpus: corpus, networks: [])
    let ids = bundle.tables["threads"]?.column("id")?.values
    guard case .strings(let values) = ids else {
      Issue.record("no thread IDs")
      return
    }
    #expect(values == ["t", "t~2"])
    #expect(bundle.commentThreads.map(\.id) == ["t", "t~2"])
  }
}

/// The hook for analyses outside the module (the conflict module's hostility and sign).
@Suite struct ExportColumnProviderTests {
  struct Hostility: ExportColumnProvider {
    var length: Int?
    func edgeColumns(for network: CommenterNetwork, corpus: Corpus) -> [ExportColumn] {
      let n = length ?? network.edges.count
      return [
        ExportColumn(
          name: "hostility", type: .number, description: "Share of hostile comments", unit: "1",
          values: .numbers((0..<n).map { Double($0) / 4 }))
      ]
    }
  }

  @Test func extraEdgeColumnsReachEveryFormat() throws {
    let dir = try ExportFixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try BundleWriter.write(
      try ExportFixture.bundle(providers: [Hostility()]), formats: Set(ExportFormat.allCases),
      to: dir, provenance: Provenance(version: "test", inputs: [], options: []))
    #expect(try ExportFixture.text(dir, "edges.csv").hasPrefix("network,source,target,weight"))
    #expect(
      try ExportFixture.text(dir, "edges.csv").split(separator: "\r\n")[0].hasSuffix(",hostility"))
    #expect(try ExportFixture.text(dir, "reply.graphml").contains("attr.name=\"hostility\""))
    #expect(try ExportFixture.text(dir, "reply.gexf").contains("title=\"hostility\""))
    #expect(try ExportFixture.text(dir, "reply.json").contains("\"hostility\": 0.25"))
    #expect(try ExportFixture.text(dir, "datapackage.json").contains("\"name\": \"hostility\""))
  }

  @Test func aColumnOfTheWrongLengthIsAnError() {
    #expect(throws: ExportError.self) {
      _ = try ExportFixture.bundle(providers: [Hostility(length: 99)])
    }
  }
}
