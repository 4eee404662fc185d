import Foundation

/// One input to read: a path ("-" for standard input) and its format.
public struct InputFile: Sendable, Hashable {
  public var path: String
  /// The format its name gives; `nil` for standard input and for a file named on the command
  /// line with an unknown extension (see ``InputFormat/sniff(_:)``).
  public var format: InputFormat?

  public init(path: String, format: InputFormat?) {
    self.path = path
    self.format = format
  }
}

/// Expands the paths a user gives into the files to read.
///
/// A file is taken as given (its format from its extension, if any). A directory is walked
/// recursively: hidden files and directories (names starting with ".") are skipped, and only
/// files whose extension ``InputFormat/detect(path:)`` recognises are kept. Files found in a
/// directory are sorted by path (byte order of UTF-8), so the result does not depend on the
/// file system's listing order. Symbolic links are followed, each directory at most once.
public enum InputFiles {
  /// The input files for `paths`, in the order given, each directory's files sorted.
  /// - Throws: ``InputError`` naming a path that does not exist or a directory that cannot
  ///   be listed.
  /// - Complexity: O(*f* log *f*) for *f* files found.
  public static func expand(_ paths: [String]) throws(InputError) -> [InputFile] {
    var result: [InputFile] = []
    for path in paths {
      if path == InputSource.standardInput {
        result.append(InputFile(path: path, format: nil))
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw InputError(file: path, message: "no such file or directory")
      }
      if isDirectory.boolValue {
        var found: [String] = []
        var visited: Set<String> = []
        try walk(path, into: &found, visited: &visited)
        found.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for file in found {
          result.append(InputFile(path: file, format: InputFormat.detect(path: file)?.format))
        }
      } else {
        result.append(InputFile(path: path, format: InputFormat.detect(path: path)?.format))
      }
    }
    return result
  }

  private static func walk(
    _ directory: String, into found: inout [String], visited: inout Set<String>
  ) throws(InputError) {
    let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
    guard visited.insert(real).inserted else { return }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw InputError(file: directory, message: "cannot list directory")
    }
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    for name in names where !name.hasPrefix(".") {
      let path = prefix + name
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        continue  // a dangling symbolic link
      }
      if isDirectory.boolValue {
        try walk(path, into: &found, visited: &visited)
      } else if InputFormat.detect(path: path) != nil {
        found.append(path)
      }
    }
  }
}
