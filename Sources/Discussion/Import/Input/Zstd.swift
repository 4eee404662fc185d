import CZstd

/// Zstandard decompression (and compression, for tests and exports) through the system
/// libzstd.
///
/// Reddit's monthly dumps (Pushshift, Arctic Shift) are compressed with `zstd --long=31`: their
/// frames declare windows up to 2 GiB, which a decoder refuses unless told to accept them. The
/// decoder here accepts windows up to 2^31 bytes; it allocates only what a frame declares.
/// Several concatenated frames decompress to the concatenation of their contents, as `zstd -d`
/// does; skippable frames are skipped.
public enum Zstd {
  /// The largest window a frame may declare: 2^31 bytes, as `zstd --long=31` writes.
  static let windowLogMax: Int32 = 31

  /// `true` when the bytes start with the Zstandard magic number `28 b5 2f fd`.
  public static func isCompressed(_ bytes: [UInt8]) -> Bool { Compression.detect(bytes) == .zstd }

  /// Decompresses every frame of `bytes`.
  /// - Throws: ``InputError`` naming `file` for corrupt, truncated or trailing data.
  /// - Complexity: O(*n* + *m*) for *n* compressed and *m* decompressed bytes.
  public static func decompress(_ bytes: [UInt8], file: String) throws(InputError) -> [UInt8] {
    guard !bytes.isEmpty else { throw InputError(file: file, message: "empty zstd data") }
    return try DecompressingReader(bytes: bytes, file: file, compression: .zstd).readAll()
  }

  /// Compresses `bytes` as one frame at `level` (with the content size in the header, no
  /// checksum), deterministic for equal input. `windowLog` (for example 31) writes a long
  /// window with long-distance matching, as `zstd --long=N` does.
  public static func compress(_ bytes: [UInt8], level: Int32 = 3, windowLog: Int32? = nil)
    -> [UInt8]
  {
    let context = ZSTD_createCCtx()!
    defer { ZSTD_freeCCtx(context) }
    ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, level)
    if let windowLog {
      ZSTD_CCtx_setParameter(context, ZSTD_c_enableLongDistanceMatching, 1)
      ZSTD_CCtx_setParameter(context, ZSTD_c_windowLog, windowLog)
    }
    let bound = ZSTD_compressBound(bytes.count)
    return [UInt8](unsafeUninitializedCapacity: bound) { out, count in
      let written = bytes.withUnsafeBytes { input in
        ZSTD_compress2(context, out.baseAddress, bound, input.baseAddress, input.count)
      }
      // Fails only when memory runs out: the bound always suffices.
      precondition(ZSTD_isError(written) == 0, "ZSTD_compress2 failed")
      count = written
    }
  }
}

/// One Zstandard stream being decompressed piece by piece.
final class ZstdInflater: Inflater {
  private let context: OpaquePointer
  private let file: String
  /// What the last call returned: 0 when a frame has just been completed.
  private var hint = 0
  private var started = false

  init(file: String) throws(InputError) {
    self.file = file
    guard let context = ZSTD_createDCtx() else {
      throw InputError(file: file, message: "cannot start zstd decompression (out of memory)")
    }
    self.context = context
    ZSTD_DCtx_setParameter(context, ZSTD_d_windowLogMax, Zstd.windowLogMax)
  }

  deinit { ZSTD_freeDCtx(context) }

  func inflate(
    _ input: UnsafeBufferPointer<UInt8>, offset: Int, isLast: Bool,
    into output: UnsafeMutableBufferPointer<UInt8>
  ) throws(InputError) -> (consumed: Int, produced: Int) {
    var inBuffer = ZSTD_inBuffer(
      src: UnsafeRawPointer(input.baseAddress), size: input.count, pos: 0)
    var outBuffer = ZSTD_outBuffer(
      dst: UnsafeMutableRawPointer(output.baseAddress), size: output.count, pos: 0)
    let result = ZSTD_decompressStream(context, &outBuffer, &inBuffer)
    if ZSTD_isError(result) != 0 {
      let name = String(cString: ZSTD_getErrorName(result))
      throw InputError(file: file, message: "corrupt zstd data near byte \(offset): \(name)")
    }
    // A call without progress (after a frame, with no input) asks for the next frame's header:
    // only a call that moved says where the stream stands.
    if inBuffer.pos > 0 || outBuffer.pos > 0 {
      started = true
      hint = result
    }
    return (inBuffer.pos, outBuffer.pos)
  }

  func finish(offset: Int) throws(InputError) {
    if hint != 0 || !started {
      throw InputError(file: file, message: "truncated zstd data (\(offset) bytes read)")
    }
  }
}
