import Discussion
import FuzzChecks

/// The Zstd layer on any bytes, and on the bytes as replynet compresses them.
@main enum FuzzZstd {
  static func main() {
    Fuzzer.run { data, size in
      CodecChecks.check(
        Fuzzer.bytes(data, size),
        decompress: { (b) throws(InputError) in try Zstd.decompress(b, file: "fuzz") },
        compress: { Zstd.compress($0) })
      return 0
    }
  }
}
