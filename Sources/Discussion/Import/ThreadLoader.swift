/// Reads the files a user names — page text, JSON Lines, JSON or CSV, each optionally
/// gzip-compressed; directories recursively; "-" for standard input — into comment threads.
///
/// A file that cannot be read at all is reported as an ``InputError`` and the others are
/// still read; everything odd inside a readable file goes to its thread's
/// ``IntegrityReport``. Files are read one at a time, so a caller that handles each file's
/// threads and lets them go holds at most one file in memory.
public enum ThreadLoader {
  /// The threads of one input file.
  public static func threads(in file: InputFile) throws(InputError) -> [CommentThread] {
    let bytes = try InputSource.readBytes(file.path)
    let format = file.format ?? InputFormat.sniff(bytes)
    switch format {
    case .pageText:
      return [try PageTextImporter.parse(bytes: bytes, file: file.path)]
    case .jsonLines, .json, .csv:
      return try CommentTableReader.read(
        bytes, format: CommentTableFormat(format)!, file: file.path)
    }
  }

  /// Calls `body` with each file's threads, in order. Files that cannot be read are skipped
  /// and returned as errors; paths that do not exist are errors too.
  public static func forEachFile(
    _ paths: [String], _ body: (InputFile, [CommentThread]) throws -> Void
  ) rethrows -> [InputError] {
    var (files, errors) = expand(paths)
    for file in files {
      let threads: [CommentThread]
      do {
        threads = try Self.threads(in: file)
      } catch {
        errors.append(error)
        continue
      }
      try body(file, threads)
    }
    return errors
  }

  /// Reads every input into one corpus. Files are parsed in parallel on all cores; threads
  /// and errors keep the order of the files, so the corpus does not depend on scheduling.
  public static func corpus(_ paths: [String], identity: IdentityRule = .exact) -> (
    corpus: Corpus, errors: [InputError]
  ) {
    let (files, expansionErrors) = expand(paths)
    var errors = expansionErrors
    let results = concurrentMap(count: files.count) { i in
      Result { () throws(InputError) in try Self.threads(in: files[i]) }
    }
    var threads: [CommentThread] = []
    for result in results {
      switch result {
      case .success(let fileThreads): threads += fileThreads
      case .failure(let error): errors.append(error)
      }
    }
    return (Corpus(threads: threads, identity: identity), errors)
  }

  /// The files `paths` name (directories expanded), and the paths that name none.
  private static func expand(_ paths: [String]) -> (files: [InputFile], errors: [InputError]) {
    var errors: [InputError] = []
    var files: [InputFile] = []
    for path in paths {
      do {
        files += try InputFiles.expand([path])
      } catch {
        errors.append(error)
      }
    }
    return (files, errors)
  }
}
