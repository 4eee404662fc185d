import Discussion

/// What a compression layer promises, checked on each fuzz input.
public enum CodecChecks {
  /// Any bytes decompress or fail with an ``InputError`` (never a crash or an out-of-bounds
  /// read), and the bytes compressed decompress to themselves.
  public static func check(
    _ bytes: [UInt8], decompress: ([UInt8]) throws(InputError) -> [UInt8],
    compress: ([UInt8]) -> [UInt8]
  ) {
    _ = try? decompress(bytes)
    let back = try? decompress(compress(bytes))
    precondition(back == bytes, "the round trip changed \(bytes.count) bytes")
  }
}
