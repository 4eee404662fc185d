/// How an input's bytes are compressed, recognised by their first bytes (magic numbers), never
/// by the file's name: a `.gz` renamed `.jsonl`, or a Reddit dump piped into standard input,
/// still reads.
public enum Compression: String, Sendable, Hashable, CaseIterable {
  case none
  /// gzip (RFC 1952), one or more members: `1f 8b`.
  case gzip
  /// Zstandard (RFC 8878), one or more frames: `28 b5 2f fd`, or a skippable frame first
  /// (`5? 2a 4d 18`, as pzstd writes). Frames with windows up to 2 GiB
  /// (`zstd --long=31`, as the Pushshift and Arctic Shift Reddit dumps are made) are read.
  case zstd

  /// The compression whose magic number `bytes` starts with.
  public static func detect<C: Collection<UInt8>>(_ bytes: C) -> Compression {
    var i = bytes.makeIterator()
    switch (i.next(), i.next(), i.next(), i.next()) {
    case (0x1f, 0x8b, _, _): return .gzip
    case (0x28, 0xb5, 0x2f, 0xfd): return .zstd
    // A skippable frame (pzstd starts with one): 0x184D2A50–5F, little-endian.
    case (let b?, 0x2a, 0x4d, 0x18) where b & 0xF0 == 0x50: return .zstd
    default: return .none
    }
  }

  /// The file-name suffixes that name a compression (lower case, with the dot).
  static let suffixes: [(suffix: String, compression: Compression)] = [
    (".gz", .gzip), (".gzip", .gzip), (".zst", .zstd), (".zstd", .zstd),
  ]
}
