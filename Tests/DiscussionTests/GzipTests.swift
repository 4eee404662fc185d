import Foundation
import Testing

@testable import Discussion

@Suite("gzip input")
struct GzipTests {
  @Test("A fixture made by gzip(1) reads like the plain file")
  func gzipFixture() throws {
    let plain = try InputSource.readBytes(CommentTableFixture.path("sample.jsonl"))
    let raw = try InputSource.readRawBytes(CommentTableFixture.path("sample.jsonl.gz"))
    #expect(Gzip.isCompressed(raw))
    #expect(try InputSource.readBytes(CommentTableFixture.path("sample.jsonl.gz")) == plain)
    let threads = try CommentTableFixture.read("sample.jsonl.gz")
    #expect(
      threads.map(\.formatIndependent)
        == (try CommentTableFixture.read("sample.jsonl")).map(\.formatIndependent))
  }

  @Test("Concatenated members decompress to the concatenation")
  func members() throws {
    let plain = try InputSource.readBytes(CommentTableFixture.path("sample.jsonl"))
    #expect(try InputSource.readBytes(CommentTableFixture.path("two-members.jsonl.gz")) == plain)
    let a = Array("first member\n".utf8)
    let b = Array("второй 😀\n".utf8)
    let joined = Gzip.compress(a) + Gzip.compress([]) + Gzip.compress(b)
    #expect(try Gzip.decompress(joined, file: "j.gz") == a + b)
    #expect(try Gzip.decompress(Gzip.compress(a) + [0, 0, 0, 0], file: "pad.gz") == a)
  }

  @Test("Large input round-trips through several output chunks")
  func large() throws {
    var rng = SplitMix64(seed: 7)
    var bytes: [UInt8] = []
    for i in 0..<600_000 {
      let random = UInt8(truncatingIfNeeded: rng.next())
      bytes.append(i % 97 == 0 ? random : UInt8(i % 50 + 40))
    }
    let compressed = Gzip.compress(bytes)
    #expect(compressed.count < bytes.count)
    #expect(Gzip.compress(bytes) == compressed)  // deterministic
    #expect(try Gzip.decompress(compressed, file: "big.gz") == bytes)
  }

  @Test("Damaged gzip is an error naming the file")
  func damaged() throws {
    let good = Gzip.compress(Array(String(repeating: "comment ", count: 1000).utf8))
    let truncated = #expect(throws: InputError.self) {
      try Gzip.decompress(Array(good.prefix(good.count / 2)), file: "cut.jsonl.gz")
    }
    #expect(truncated?.file == "cut.jsonl.gz")
    #expect(truncated?.message.contains("truncated") == true)
    var corrupt = good
    corrupt[12] ^= 0xFF
    corrupt[13] ^= 0xFF
    #expect(throws: InputError.self) { try Gzip.decompress(corrupt, file: "bad.gz") }
    let trailing = #expect(throws: InputError.self) {
      try Gzip.decompress(good + Array("junk".utf8), file: "junk.gz")
    }
    #expect(trailing?.message.contains("trailing") == true)
    #expect(throws: InputError.self) { try Gzip.decompress([], file: "empty.gz") }
  }

  @Test("Compression is recognised by magic bytes, not by name")
  func magicBytes() throws {
    let scratch = try CommentTableScratch()
    let text = Array(#"{"id": "1", "thread": "t", "text": "hidden"}"#.utf8)
    let path = try scratch.write("renamed.jsonl", Gzip.compress(text))
    let threads = try CommentTableReader.read(path: path)
    #expect(threads.first?.comments.first?.text == "hidden")
    let missing = #expect(throws: InputError.self) {
      try InputSource.readBytes(scratch.path + "/nope.jsonl.gz")
    }
    #expect(missing?.file.hasSuffix("nope.jsonl.gz") == true)
  }
}
