/// Reads the files a user names — page text, JSON Lines, JSON or CSV comment tables of any
/// layout replynet knows (``TableLayout``), each optionally gzip- or Zstandard-compressed;
/// directories recursively; ConvoKit corpus directories as one corpus; "-" for standard input
/// — into comment threads.
///
/// A file that cannot be read at all is reported as an ``InputError`` and the others are
/// still read; everything odd inside a readable file goes to its thread's
/// ``IntegrityReport``, and what each file was read as to its ``SourceReport``. A file that
/// yields no comment is an error too (a table read as nothing looks like an empty finding),
/// except a page that declares 0 comments. Files in a directory that are not comment data
/// are skipped and listed.
public enum ThreadLoader {
  /// What one input gave.
  public struct LoadedFile: Sendable {
    public var threads: [CommentThread] = []
    /// What it was read as; `nil` when it could not be read or was skipped.
    public var source: SourceReport?
    /// Why it could not be read (wholly, or after some comments: then they are in ``threads``).
    public var errors: [InputError] = []
    /// Set when a file found in a directory turned out not to be comment data.
    public var skipped: SkippedFile?
  }

  /// Everything read from the inputs.
  public struct Load: Sendable {
    public var corpus: Corpus
    public var errors: [InputError]
    public var skipped: [SkippedFile]
  }

  /// What reading every input file one at a time found besides their threads.
  public struct Outcome: Sendable {
    public var errors: [InputError] = []
    public var skipped: [SkippedFile] = []
    public var sources: [SourceReport] = []
  }

  /// The threads of one input file (the first error, if the file gave nothing).
  public static func threads(
    in file: InputFile, mapping: FieldMapping = FieldMapping()
  ) throws(InputError) -> [CommentThread] {
    let loaded = read(file, mapping: mapping)
    if loaded.threads.isEmpty, let error = loaded.errors.first { throw error }
    return loaded.threads
  }

  /// Reads one input file; never throws: what went wrong is in the result.
  /// - Complexity: O(size of the file); a JSON Lines file is read piece by piece (its
  ///   comments are kept, its bytes are not).
  public static func read(_ file: InputFile, mapping: FieldMapping = FieldMapping()) -> LoadedFile {
    var loaded = LoadedFile()
    do throws(InputError) {
      let reader = try DecompressingReader(path: file.path)
      let format: InputFormat
      if let named = file.format {
        format = named
      } else {
        let sniffed = InputFormat.sniff(try reader.peek(1 << 16))
        if file.wasFound && sniffed == .pageText {
          loaded.skipped = SkippedFile(
            path: file.path, reason: "not comment data (no known extension, not JSON or CSV)")
          return loaded
        }
        format = sniffed
      }
      switch format {
      case .jsonLines:
        let (table, error) = try CommentTableReader.readJSONLines(reader, mapping: mapping)
        loaded.threads = table.threads
        loaded.source = table.source
        if let error { loaded.errors.append(error) }
      case .json, .csv:
        let bytes = try reader.readAll()
        let table = try CommentTableReader.table(
          bytes, format: CommentTableFormat(format)!, file: file.path, mapping: mapping)
        loaded.threads = table.threads
        loaded.source = table.source
      case .pageText:
        let bytes = try reader.readAll()
        let thread = try PageTextImporter.parse(bytes: bytes, file: file.path)
        loaded.threads = [thread]
        loaded.source = SourceReport(
          file: file.path, layout: "page text", comments: thread.comments.count)
      }
    } catch {
      loaded.errors.append(error)
      return loaded
    }
    if let corpus = file.convoKitCorpus { addSideFiles(of: corpus, to: &loaded) }
    if let nothing = nothingRead(loaded, file: file) { loaded.errors.append(nothing) }
    return loaded
  }

  /// Calls `body` with each file's threads, in order, one file at a time (a caller that lets
  /// each file's threads go holds one file in memory). Files that cannot be read are skipped
  /// and returned as errors; paths that do not exist are errors too.
  public static func forEachFile(
    _ paths: [String], mapping: FieldMapping = FieldMapping(),
    _ body: (InputFile, [CommentThread]) throws -> Void
  ) rethrows -> Outcome {
    var (files, outcome) = expand(paths)
    for file in files {
      let loaded = read(file, mapping: mapping)
      outcome.add(loaded)
      if !loaded.threads.isEmpty { try body(file, loaded.threads) }
    }
    files = []
    return outcome
  }

  /// Reads every input into one corpus. Files are parsed in parallel on all cores; threads
  /// and errors keep the order of the files, so the corpus does not depend on scheduling.
  public static func corpus(
    _ paths: [String], identity: IdentityRule = .exact, mapping: FieldMapping = FieldMapping()
  ) -> Load {
    let (files, expansion) = expand(paths)
    var outcome = expansion
    let results = concurrentMap(count: files.count) { i in read(files[i], mapping: mapping) }
    var threads: [CommentThread] = []
    for loaded in results {
      threads += loaded.threads
      outcome.add(loaded)
    }
    return Load(
      corpus: Corpus(threads: threads, identity: identity, sources: outcome.sources),
      errors: outcome.errors, skipped: outcome.skipped)
  }

  // MARK: - Internals

  /// The files `paths` name (directories expanded), the paths that name none, the files
  /// skipped.
  private static func expand(_ paths: [String]) -> (files: [InputFile], outcome: Outcome) {
    var outcome = Outcome()
    var files: [InputFile] = []
    for path in paths {
      do {
        let expansion = try InputFiles.expandAll([path])
        files += expansion.files
        outcome.skipped += expansion.skipped
      } catch {
        outcome.errors.append(error)
      }
    }
    return (files, outcome)
  }

  /// The ConvoKit corpus's side files applied: conversation titles, unread fields, findings.
  private static func addSideFiles(of directory: String, to loaded: inout LoadedFile) {
    let side = ConvoKitCorpus.sideFiles(in: directory)
    for k in loaded.threads.indices where loaded.threads[k].title == nil {
      loaded.threads[k].title = side.titles[loaded.threads[k].id]
    }
    if !side.issues.isEmpty, !loaded.threads.isEmpty {
      loaded.threads[0].integrity.issues = side.issues + loaded.threads[0].integrity.issues
    }
    guard var source = loaded.source else { return }
    source.file = directory
    source.layout = "ConvoKit corpus"
    var unread = UnreadFieldCounter()
    for field in source.unreadFields { unread.add(field.name, records: field.records) }
    unread.merge(side.unread)
    source.unreadFields = unread.fields.map {
      SourceReport.UnreadField(name: $0.name, records: $0.records)
    }
    loaded.source = source
  }

  /// The error for a file that was read but gave no comment, naming what it held.
  private static func nothingRead(_ loaded: LoadedFile, file: InputFile) -> InputError? {
    guard loaded.errors.isEmpty, loaded.skipped == nil else { return nil }
    let comments = loaded.threads.reduce(0) { $0 + $1.comments.count }
    guard comments == 0 else { return nil }
    if let thread = loaded.threads.first, thread.declaredCommentCount == 0,
      loaded.threads.count == 1
    {
      return nil  // an article without comments, as its page says
    }
    let unreadable = loaded.threads.reduce(0) { $0 + $1.integrity.count(.unreadableRecord) }
    let what =
      unreadable > 0
      ? "no comment records in it: \(unreadable) unreadable (listed above)"
      : "no comment records in it"
    return InputError(file: file.path, message: what)
  }
}

extension ThreadLoader.Outcome {
  mutating func add(_ loaded: ThreadLoader.LoadedFile) {
    errors += loaded.errors
    if let skipped = loaded.skipped { self.skipped.append(skipped) }
    if let source = loaded.source { sources.append(source) }
  }
}
