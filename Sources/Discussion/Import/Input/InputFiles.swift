import Foundation

/// One input to read: a path ("-" for standard input) and its format.
public struct InputFile: Sendable, Hashable {
  public var path: String
  /// The format its name gives; `nil` for standard input and for a file whose name gives
  /// none, which is read by its content (see ``InputFormat/sniff(_:)``).
  public var format: InputFormat?
  /// Found while walking a directory (not named by the user): when its content is not a
  /// comment table either, it is skipped rather than read as page text.
  public var wasFound: Bool
  /// The ConvoKit corpus directory this is the `utterances.jsonl` of.
  public var convoKitCorpus: String?

  public init(
    path: String, format: InputFormat?, wasFound: Bool = false, convoKitCorpus: String? = nil
  ) {
    self.path = path
    self.format = format
    self.wasFound = wasFound
    self.convoKitCorpus = convoKitCorpus
  }
}

/// A file in a directory that is not read, and why: named in the summary, never passed over
/// in silence.
public struct SkippedFile: Sendable, Hashable {
  public var path: String
  /// "unknown type .pdf", "not a comment table (no extension)".
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }
}

/// Expands the paths a user gives into the files to read.
///
/// A file is taken as given (its format from its extension, if any). A directory is walked
/// recursively: hidden files and directories (names starting with ".") are left out; files
/// whose extension ``InputFormat/classify(path:)`` recognises are kept, compressed files and
/// files without an extension are kept to be read by their content, and files of any other
/// type are skipped and listed. A directory holding ConvoKit's `utterances.jsonl` is one
/// corpus: its `speakers.json`, `conversations.json`, `corpus.json` and `index.json` belong
/// to it (see ``ConvoKitCorpus``). Files found in a directory are sorted by path (byte order
/// of UTF-8), so the result does not depend on the file system's listing order. Symbolic
/// links are followed, each directory at most once.
public enum InputFiles {
  /// The files and skipped files under `paths`.
  public struct Expansion: Sendable, Hashable {
    public var files: [InputFile] = []
    public var skipped: [SkippedFile] = []
  }

  /// The input files for `paths`, in the order given, each directory's files sorted.
  /// - Throws: ``InputError`` naming a path that does not exist or a directory that cannot
  ///   be listed.
  /// - Complexity: O(*f* log *f*) for *f* files found.
  public static func expand(_ paths: [String]) throws(InputError) -> [InputFile] {
    try expandAll(paths).files
  }

  /// The files to read under `paths`, and the files skipped.
  public static func expandAll(_ paths: [String]) throws(InputError) -> Expansion {
    var result = Expansion()
    for path in paths {
      if path == InputSource.standardInput {
        result.files.append(InputFile(path: path, format: nil))
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw InputError(file: path, message: "no such file or directory")
      }
      if isDirectory.boolValue {
        var found: [InputFile] = []
        var skipped: [SkippedFile] = []
        var visited: Set<String> = []
        try walk(path, into: &found, skipped: &skipped, visited: &visited)
        found.sortByUTF8(\.path)
        skipped.sortByUTF8(\.path)
        result.files += found
        result.skipped += skipped
      } else if let corpus = ConvoKitCorpus.directory(ofUtterances: path) {
        result.files.append(
          InputFile(path: path, format: .jsonLines, convoKitCorpus: corpus))
      } else {
        result.files.append(InputFile(path: path, format: InputFormat.detect(path: path)?.format))
      }
    }
    return result
  }

  private static func walk(
    _ directory: String, into found: inout [InputFile], skipped: inout [SkippedFile],
    visited: inout Set<String>
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
    var corpusFiles: Set<String> = []
    if let utterances = ConvoKitCorpus.corpusUtterances(in: names) {
      found.append(
        InputFile(
          path: prefix + utterances, format: .jsonLines, wasFound: true,
          convoKitCorpus: directory))
      corpusFiles = ConvoKitCorpus.memberNames(in: names)
    }
    for name in names where !name.hasPrefix(".") && !corpusFiles.contains(name) {
      let path = prefix + name
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        skipped.append(SkippedFile(path: path, reason: "a dangling symbolic link"))
        continue
      }
      if isDirectory.boolValue {
        try walk(path, into: &found, skipped: &skipped, visited: &visited)
        continue
      }
      switch InputFormat.classify(path: path) {
      case .format(let format, _):
        found.append(InputFile(path: path, format: format, wasFound: true))
      case .compressedUnknown, .noExtension:
        found.append(InputFile(path: path, format: nil, wasFound: true))
      case .unknown(let ext):
        skipped.append(SkippedFile(path: path, reason: "unknown type \(ext)"))
      }
    }
  }
}
