import Discussion
import FuzzChecks

/// Page text as a reader copies it from a news site: any bytes parse into a thread that keeps
/// the readers' promises, or fail with an ``InputError``; never a crash, a hang or a read
/// out of bounds.
@main enum FuzzPageText {
  static func main() {
    Fuzzer.run { data, size in
      let bytes = Fuzzer.bytes(data, size)
      if let thread = try? PageTextImporter.parse(bytes: bytes, file: "fuzz.txt") {
        ThreadChecks.check([thread])
      }
      return 0
    }
  }
}
