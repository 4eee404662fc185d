import CZlib

/// gzip decompression and compression through the system zlib.
///
/// Inputs are recognised by their magic bytes (`1f 8b`, see ``Compression``), not by their
/// name. Files made of several concatenated gzip members (as `cat a.gz b.gz` or parallel
/// compressors produce) decompress to the concatenation of their contents, as `gzip -d` does.
/// Reading goes through ``DecompressingReader``, which streams: a large file is never held
/// compressed and decompressed at once.
public enum Gzip {
  /// zlib takes at most 4 GiB per call; larger inputs are fed in pieces of this size.
  private static let maxFeed = 1 << 30
  private static let chunkSize = 1 << 16

  /// `true` when the bytes start with the gzip magic number `1f 8b`.
  public static func isCompressed(_ bytes: [UInt8]) -> Bool { Compression.detect(bytes) == .gzip }

  /// Decompresses every gzip member of `bytes`.
  ///
  /// Trailing zero bytes after the last member (tape padding) are ignored; any other trailing
  /// bytes, a truncated member or a corrupt one throw an ``InputError`` naming `file`.
  /// - Complexity: O(*n* + *m*) for *n* compressed and *m* decompressed bytes.
  public static func decompress(_ bytes: [UInt8], file: String) throws(InputError) -> [UInt8] {
    guard !bytes.isEmpty else { throw InputError(file: file, message: "empty gzip data") }
    return try DecompressingReader(bytes: bytes, file: file, compression: .gzip).readAll()
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

/// One gzip stream being inflated piece by piece, members one after another.
final class GzipInflater: Inflater {
  private var stream = z_stream()
  private let file: String
  private enum State {
    case inMember
    /// A member has ended: the next bytes must start another member, or be zero padding.
    case betweenMembers
    case padding
  }
  private var state = State.inMember
  private var memberStart = 0

  init(file: String) throws(InputError) {
    self.file = file
    let status = inflateInit2_(
      &stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else {
      throw InputError(file: file, message: "cannot start gzip decompression (zlib \(status))")
    }
  }

  deinit { inflateEnd(&stream) }

  func inflate(
    _ input: UnsafeBufferPointer<UInt8>, offset: Int, isLast: Bool,
    into output: UnsafeMutableBufferPointer<UInt8>
  ) throws(InputError) -> (consumed: Int, produced: Int) {
    var consumed = 0
    switch state {
    case .padding:
      guard input.allSatisfy({ $0 == 0 }) else {
        let k = input.firstIndex(where: { $0 != 0 })!
        throw trailing(at: offset + k)
      }
      return (input.count, 0)
    case .betweenMembers:
      guard let first = input.first else { return (0, 0) }
      if first == 0 {
        state = .padding
        return try inflate(input, offset: offset, isLast: isLast, into: output)
      }
      guard input.count >= 2 || isLast else { return (0, 0) }  // the magic may straddle pieces
      guard input.count >= 2, first == 0x1f, input[1] == 0x8b else { throw trailing(at: offset) }
      inflateReset(&stream)
      state = .inMember
      memberStart = offset
    case .inMember:
      break
    }
    let piece = min(input.count, 1 << 30)
    stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
    stream.avail_in = UInt32(piece)
    stream.next_out = output.baseAddress
    stream.avail_out = UInt32(min(output.count, 1 << 30))
    let before = Int(stream.avail_out)
    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
    consumed = piece - Int(stream.avail_in)
    let produced = before - Int(stream.avail_out)
    switch status {
    case Z_STREAM_END:
      state = .betweenMembers
    case Z_OK:
      break
    case Z_BUF_ERROR where consumed == 0 && produced == 0:
      if isLast && consumed == input.count {
        throw InputError(
          file: file, message: "truncated gzip data (member starting at byte \(memberStart))")
      }
    default:
      let detail = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
      throw InputError(file: file, message: "corrupt gzip data: \(detail)")
    }
    return (consumed, produced)
  }

  func finish(offset: Int) throws(InputError) {
    if state == .inMember {
      throw InputError(
        file: file, message: "truncated gzip data (member starting at byte \(memberStart))")
    }
  }

  private func trailing(at offset: Int) -> InputError {
    InputError(file: file, message: "trailing bytes after gzip data at byte \(offset)")
  }
}
