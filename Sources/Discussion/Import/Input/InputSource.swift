/// Reads the bytes of an input: a file, or standard input for `-`, decompressed when it is
/// gzip or Zstandard (recognised by its magic bytes, whatever its name).
public enum InputSource {
  /// The path that stands for standard input.
  public static let standardInput = "-"

  /// The whole content of `path` (or of standard input for `-`), decompressed.
  /// - Throws: ``InputError`` naming the path when it cannot be read or its compressed data
  ///   is damaged.
  /// - Complexity: O(size of the file and of its decompressed content).
  public static func readBytes(_ path: String) throws(InputError) -> [UInt8] {
    try DecompressingReader(path: path).readAll()
  }

  /// The content of `path` as stored, without decompression.
  public static func readRawBytes(_ path: String) throws(InputError) -> [UInt8] {
    try DecompressingReader(path: path).readAllRaw()
  }
}
