import Foundation

/// A corpus as ConvoKit's `Corpus.dump` writes it: a directory holding `utterances.jsonl` (the
/// comments), `speakers.json`, `conversations.json` (each conversation's `meta`, whose `title`
/// is the thread's title), `corpus.json` (the corpus's `meta`) and `index.json` (the types of
/// every meta field). The utterances are a comment table; the other files are read for what
/// they hold, never as tables of their own, and every field they hold that is not read is
/// named in the ``SourceReport``.
///
/// Also read: the download layout with `utterances.jsonl` alone (compressed or not).
public enum ConvoKitCorpus {
  /// The names ConvoKit gives the files of a corpus beside the utterances.
  static let sideFiles = ["speakers.json", "conversations.json", "corpus.json", "index.json"]

  /// The utterances file among a directory's `names` (`utterances.jsonl`, optionally
  /// compressed) when a side file is beside it; `nil` when the directory is not a ConvoKit
  /// corpus (the utterances alone are a table like any other).
  static func corpusUtterances(in names: [String]) -> String? {
    guard names.contains(where: { sideFiles.contains($0.lowercased()) }) else { return nil }
    return utterancesFile(in: names)
  }

  /// The utterances file among `names`, optionally compressed.
  static func utterancesFile(in names: [String]) -> String? {
    names.filter { name in
      let lower = name.lowercased()
      return lower == "utterances.jsonl"
        || Compression.suffixes.contains { lower == "utterances.jsonl" + $0.suffix }
    }.sorted().first
  }

  /// The files of the corpus among `names` (the utterances and the side files).
  static func memberNames(in names: [String]) -> Set<String> {
    Set(names.filter { sideFiles.contains($0.lowercased()) || utterancesFile(in: [$0]) != nil })
  }

  /// The corpus directory of a path naming its `utterances.jsonl` directly, when a side file
  /// is beside it (the same rule as for a directory walked).
  static func directory(ofUtterances path: String) -> String? {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard let name = parts.last, utterancesFile(in: [String(name)]) != nil else { return nil }
    let directory = parts.count > 1 ? parts.dropLast().joined(separator: "/") : "."
    let dir = directory.isEmpty ? "/" : directory
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    return corpusUtterances(in: names) != nil ? dir : nil
  }

  /// What the side files say: conversation titles, and their fields not read.
  struct SideFiles {
    var titles: [String: String] = [:]
    var unread = UnreadFieldCounter()
    var issues: [IntegrityReport.Issue] = []
  }

  /// Reads the side files of the corpus in `directory`. A side file that is missing is fine
  /// (downloads may hold the utterances alone); one that cannot be read is a finding.
  static func sideFiles(in directory: String) -> SideFiles {
    var result = SideFiles()
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    let present = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    for name in sideFiles {
      // As the directory spells it (the names are matched without regard to case).
      guard let actual = present.sorted().first(where: { $0.lowercased() == name }) else {
        continue
      }
      let path = prefix + actual
      guard FileManagerShim.isFile(path) else { continue }
      let value: JSONValue
      do {
        let bytes = try InputSource.readBytes(path)
        var parser = JSONParser(bytes[...], firstLine: 1)
        value = try parser.parseDocument()
      } catch let error as InputError {
        result.issues.append(
          .init(kind: .unreadableRecord, file: path, line: error.line, message: error.message))
        continue
      } catch let error as JSONParser.SyntaxError {
        result.issues.append(
          .init(
            kind: .unreadableRecord, file: path, line: error.line,
            message: "not JSON: \(error.message)"))
        continue
      } catch {
        continue
      }
      read(value, file: name, into: &result)
    }
    return result
  }

  private static func read(_ value: JSONValue, file: String, into result: inout SideFiles) {
    guard case .object(let members) = value else { return }
    switch file {
    case "conversations.json", "speakers.json":
      // { id: { "meta": {...}, "vectors": [...] } }
      for member in members {
        guard case .object(let entry) = member.value else { continue }
        for field in entry {
          if field.key == "meta", case .object(let meta) = field.value {
            for m in meta {
              if file == "conversations.json", m.key == "title", case .string(let title) = m.value {
                result.titles[member.key] = title
              } else {
                result.unread.add("\(file): meta.\(m.key)", records: 1)
              }
            }
          } else {
            result.unread.add("\(file): \(field.key)", records: 1)
          }
        }
      }
    case "corpus.json":
      for member in members { result.unread.add("corpus.json: \(member.key)", records: 1) }
    default:
      break  // index.json describes the others' fields: nothing of its own to read
    }
  }
}

/// File-system questions without a thrown error.
enum FileManagerShim {
  static func isFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && !isDirectory.boolValue
  }
}
