import Discussion
import FuzzChecks

/// The Gzip layer on any bytes, and on the bytes as replynet compresses them.
@main enum FuzzGzip {
  static func main() {
    Fuzzer.run { data, size in
      CodecChecks.check(
        Fuzzer.bytes(data, size),
        decompress: { (b) throws(InputError) in try Gzip.decompress(b, file: "fuzz") },
        compress: { Gzip.compress($0) })
      return 0
    }
  }
}
