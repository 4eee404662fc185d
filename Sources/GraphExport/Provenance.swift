import Discussion

/// Where a bundle came from, for its data dictionary: the input files with their size and
/// SHA-256, the options that shaped it, and the replynet version. Nothing time-dependent is
/// recorded, so the same inputs and options give byte-identical bundles.
public struct Provenance: Sendable {
  /// One input file.
  public struct Input: Sendable, Hashable {
    public var path: String
    public var bytes: Int
    /// Lower-case hexadecimal SHA-256 of the file's bytes as stored (before decompression).
    public var sha256: String
    public init(path: String, bytes: Int, sha256: String) {
      self.path = path
      self.bytes = bytes
      self.sha256 = sha256
    }
  }

  public var version: String
  public var inputs: [Input]
  /// Options as name → value (text), in the order given. Never the pseudonym salt.
  public var options: [(name: String, value: String)]

  public init(version: String, inputs: [Input], options: [(name: String, value: String)]) {
    self.version = version
    self.inputs = inputs
    self.options = options
  }

  /// Digests of the files `paths` name (directories expanded as the importers do), one
  /// file at a time. Standard input is recorded without a digest; a path or file that cannot
  /// be read is left out (the importers report it).
  public static func inputs(of paths: [String]) -> [Input] {
    var out: [Input] = []
    for path in paths {
      guard let files = try? InputFiles.expand([path]) else { continue }
      for file in files {
        if file.path == InputSource.standardInput {
          out.append(Input(path: file.path, bytes: 0, sha256: ""))
        } else if let bytes = try? InputSource.readRawBytes(file.path) {
          out.append(
            Input(path: file.path, bytes: bytes.count, sha256: Digests.sha256Hex(bytes)))
        }
      }
    }
    return out
  }
}
