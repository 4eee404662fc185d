import CZlib

/// gzip decompression and compression through the system zlib.
///
/// Inputs are recognised by their magic bytes (`1f 8b`), not by their name, so a `.gz` file
/// renamed `.jsonl` is still read. Files made of several concatenated gzip members (as
/// `cat a.gz b.gz` or parallel compressors produce) decompress to the concatenation of
/// their contents, as `gzip -d` does.
public enum Gzip {
  /// zlib takes at most 4 GiB per call; larger inputs are fed in pieces of this size.
  private static let maxFeed = 1 << 30
  private static let chunkSize = 1 << 16

  /// `true` when the bytes start with the gzip magic number `1f 8b`.
  public static func isCompressed(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
  }

  /// Decompresses every gzip member of `bytes`.
  ///
  /// Trailing zero bytes after the last member (tape padding) are ignored; any other trailing
  /// bytes, a truncated member or a corrupt one throw an ``InputError`` naming `file`.
  /// - Complexity: O(*n* + *m*) for *n* compressed and *m* decompressed bytes; output is
  ///   produced in 64 KiB chunks.
  public static func decompress(_ bytes: [UInt8], file: String) throws(InputError) -> [UInt8] {
    guard !bytes.isEmpty else { throw InputError(file: file, message: "empty gzip data") }
    var stream = z_stream()
    let initStatus = inflateInit2_(
      &stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    guard initStatus == Z_OK else {
      throw InputError(file: file, message: "cannot start gzip decompression (zlib \(initStatus))")
    }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    output.reserveCapacity(min(bytes.count, maxFeed) * 4)
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    let failure: String? = bytes.withUnsafeBufferPointer { input -> String? in
      let base = input.baseAddress!  // non-empty, checked above
      var fed = 0
      var memberStart = 0
      while true {
        if stream.avail_in == 0 && fed < input.count {
          let piece = min(maxFeed, input.count - fed)
          stream.next_in = UnsafeMutablePointer(mutating: base + fed)
          stream.avail_in = UInt32(piece)
          fed += piece
        }
        let status = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
          stream.next_out = out.baseAddress
          stream.avail_out = UInt32(chunkSize)
          return inflate(&stream, Z_NO_FLUSH)
        }
        let produced = chunkSize - Int(stream.avail_out)
        if produced > 0 { output.append(contentsOf: chunk[0..<produced]) }
        let consumed = fed - Int(stream.avail_in)
        switch status {
        case Z_STREAM_END:
          if consumed == input.count { return nil }
          if input.count - consumed >= 2 && input[consumed] == 0x1f && input[consumed + 1] == 0x8b {
            memberStart = consumed
            inflateReset(&stream)
            continue
          }
          if input[consumed...].allSatisfy({ $0 == 0 }) { return nil }
          return "trailing bytes after gzip data at byte \(consumed)"
        case Z_OK:
          continue
        case Z_BUF_ERROR where stream.avail_in == 0:
          if fed < input.count { continue }
          return "truncated gzip data (member starting at byte \(memberStart))"
        default:
          let detail = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
          return "corrupt gzip data: \(detail)"
        }
      }
    }
    if let failure { throw InputError(file: file, message: failure) }
    return output
  }

  /// Compresses `bytes` as one gzip member (zlib level 6 by default, no name, modification
  /// time 0, so the output is byte-identical across runs and machines).
  /// - Complexity: O(*n*).
  public static func compress(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
    var stream = z_stream()
    let initStatus = deflateInit2_(
      &stream, min(max(level, -1), 9), Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
      Int32(MemoryLayout<z_stream>.size))
    // Fails only for a bad level (clamped above) or when memory runs out.
    precondition(initStatus == Z_OK, "zlib deflateInit2_ failed: \(initStatus)")
    defer { deflateEnd(&stream) }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count / 3 + 64)
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    bytes.withUnsafeBufferPointer { input in
      var fed = 0
      while true {
        if stream.avail_in == 0 && fed < input.count, let base = input.baseAddress {
          let piece = min(maxFeed, input.count - fed)
          stream.next_in = UnsafeMutablePointer(mutating: base + fed)
          stream.avail_in = UInt32(piece)
          fed += piece
        }
        let flush = fed == input.count ? Z_FINISH : Z_NO_FLUSH
        let status = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
          stream.next_out = out.baseAddress
          stream.avail_out = UInt32(chunkSize)
          return deflate(&stream, flush)
        }
        let produced = chunkSize - Int(stream.avail_out)
        if produced > 0 { output.append(contentsOf: chunk[0..<produced]) }
        if status == Z_STREAM_END || (status != Z_OK && status != Z_BUF_ERROR) { return }
      }
    }
    return output
  }
}
