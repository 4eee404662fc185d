import Foundation
import Testing

@testable import Discussion

@Suite("Input files and formats")
struct CommentTableInputFilesTests {
  @Test("Formats from extensions, optionally .gz, case-insensitive")
  func detect() {
    #expect(InputFormat.detect(path: "a/b.txt")! == (.pageText, false))
    #expect(InputFormat.detect(path: "b.JSONL.GZ")! == (.jsonLines, true))
    #expect(InputFormat.detect(path: "b.ndjson")! == (.jsonLines, false))
    #expect(InputFormat.detect(path: "x.y/b.json.gz")! == (.json, true))
    #expect(InputFormat.detect(path: "b.csv")! == (.csv, false))
    #expect(InputFormat.detect(path: "b.gz") == nil)
    #expect(InputFormat.detect(path: "b.tsv")! == (.csv, false))
    #expect(InputFormat.detect(path: "RC_2022-02.zst") == nil)
    #expect(InputFormat.classify(path: "RC_2022-02.zst") == .compressedUnknown)
    #expect(InputFormat.detect(path: "b.jsonl.zst")! == (.jsonLines, true))
    #expect(InputFormat.classify(path: "notes.md") == .unknown(extension: ".md"))
    #expect(InputFormat.classify(path: "README") == .noExtension)
    #expect(InputFormat.detect(path: ".csv") == nil)
    #expect(InputFormat.detect(path: "README") == nil)
  }

  @Test("Sniffing standard input")
  func sniff() {
    #expect(InputFormat.sniff(Array("  [\n{}]".utf8)) == .json)
    #expect(InputFormat.sniff(Array("{\"id\": 1}\n{\"id\": 2}\n".utf8)) == .jsonLines)
    #expect(InputFormat.sniff(Array("{\n  \"comments\": []\n}".utf8)) == .json)
    #expect(InputFormat.sniff(Array("\u{FEFF}id,thread,text\r\n1,t,x\r\n".utf8)) == .csv)
    #expect(InputFormat.sniff(Array("Заглавие, на статия\n\n17 Октомври".utf8)) == .pageText)
    #expect(InputFormat.sniff([]) == .pageText)
  }

  @Test("Directories are walked recursively, sorted, hidden files skipped")
  func walk() throws {
    let scratch = try CommentTableScratch()
    for name in [
      "b/2.jsonl", "b/10.csv.gz", "a.txt", "c/deep/x.json", ".hidden.jsonl", ".git/y.jsonl",
      "notes.md", "b/.swp.csv", "Z.ndjson",
    ] {
      _ = try scratch.write(name, [])
    }
    let files = try InputFiles.expand([scratch.path])
    let relative = files.map { String($0.path.dropFirst(scratch.path.count + 1)) }
    #expect(relative == ["Z.ndjson", "a.txt", "b/10.csv.gz", "b/2.jsonl", "c/deep/x.json"])
    #expect(files.map(\.format) == [.jsonLines, .pageText, .csv, .jsonLines, .json])

    let given = try InputFiles.expand([scratch.path + "/notes.md", "-"])
    #expect(
      given == [
        InputFile(path: scratch.path + "/notes.md", format: nil), InputFile(path: "-", format: nil),
      ])
    let missing = #expect(throws: InputError.self) {
      try InputFiles.expand([scratch.path + "/absent"])
    }
    #expect(missing?.file.hasSuffix("absent") == true)
  }

  @Test("A symbolic link loop is walked once")
  func symlinkLoop() throws {
    let scratch = try CommentTableScratch()
    _ = try scratch.write("d/a.csv", [])
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path + "/d/loop", withDestinationPath: scratch.path + "/d")
    let files = try InputFiles.expand([scratch.path])
    #expect(files.count == 1)
  }
}
