import Foundation

/// Reads the bytes of an input: a file, or standard input for `-`, decompressed when it is
/// gzip (recognised by its magic bytes, whatever its name).
public enum InputSource {
  /// The path that stands for standard input.
  public static let standardInput = "-"

  /// The whole content of `path` (or of standard input for `-`), gzip-decompressed when it
  /// starts with the gzip magic bytes.
  /// - Throws: ``InputError`` naming the path when it cannot be read or is damaged gzip.
  /// - Complexity: O(size of the file and of its decompressed content).
  public static func readBytes(_ path: String) throws(InputError) -> [UInt8] {
    let raw = try readRawBytes(path)
    return Gzip.isCompressed(raw) ? try Gzip.decompress(raw, file: path) : raw
  }

  /// The content of `path` as stored, without decompression.
  public static func readRawBytes(_ path: String) throws(InputError) -> [UInt8] {
    if path == standardInput {
      do {
        let data = try FileHandle.standardInput.readToEnd() ?? Data()
        return [UInt8](data)
      } catch {
        throw InputError(file: path, message: "cannot read standard input: \(describe(error))")
      }
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputError(file: path, message: "no such file")
    }
    guard !isDirectory.boolValue else {
      throw InputError(file: path, message: "is a directory")
    }
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
      return [UInt8](data)
    } catch {
      throw InputError(file: path, message: "cannot read: \(describe(error))")
    }
  }

  private static func describe(_ error: any Error) -> String {
    if let cocoa = error as? CocoaError, let underlying = cocoa.underlying {
      return underlying.localizedDescription
    }
    return error.localizedDescription
  }
}
