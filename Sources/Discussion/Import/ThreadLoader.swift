import Foundation
import Synchronization

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
    /// For a comment table read by ``read(_:mapping:resolve:)`` without resolving: its ids
    /// that records named, and the checks still to make.
    var table: CommentTableReader.Table?
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
    /// Under ``Policy/strict``, the first input (in the order given) that could not be read
    /// wholly; the corpus is then empty.
    public var stoppedAt: InputError?
  }

  /// What reading does with an input it cannot read wholly.
  public enum Policy: Sendable {
    /// Read every good input, report the bad ones as errors (the default).
    case lenient
    /// Stop at the first input, in the order given, that cannot be read or holds a record
    /// that cannot be read, and give nothing else: for pipelines where a partial corpus must
    /// never pass for a whole one. Inputs after it are not read.
    case strict
  }

  /// What reading every input file one at a time found besides their threads.
  public struct Outcome: Sendable {
    public var errors: [InputError] = []
    public var skipped: [SkippedFile] = []
    public var sources: [SourceReport] = []
    /// Under ``Policy/strict``, the first input that could not be read wholly: `body` was
    /// called for none of it or what follows.
    public var stoppedAt: InputError?
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
    read(file, mapping: mapping, resolve: true)
  }

  /// Reads one input file; a comment table's replies are left unresolved when `resolve` is
  /// false, for ``corpus(_:identity:mapping:)`` to join threads that span files first.
  static func read(_ file: InputFile, mapping: FieldMapping, resolve: Bool) -> LoadedFile {
    var loaded = LoadedFile()
    do throws(InputError) {
      let reader = try DecompressingReader(path: file.path)
      var format: InputFormat
      if let named = file.format {
        format = named
        // Tools write JSON Lines under .json (youtube-comment-downloader does by default).
        if named == .json, InputFormat.sniff(try reader.peekLines(2)) == .jsonLines {
          format = .jsonLines
        }
      } else {
        let sniffed = InputFormat.sniff(try reader.peekLines(2))
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
        loaded.table = table
        if let error { loaded.errors.append(error) }
      case .json, .csv:
        let (bytes, damage) = try reader.readAllKeepingPartial()
        if let damage { loaded.errors.append(damage) }
        loaded.table = try CommentTableReader.unresolvedTable(
          bytes, format: CommentTableFormat(format)!, file: file.path, mapping: mapping)
      case .pageText:
        let (bytes, damage) = try reader.readAllKeepingPartial()
        if let damage { loaded.errors.append(damage) }
        let (thread, layout) = try PageTextImporter.read(bytes: bytes, file: file.path)
        loaded.threads = [thread]
        loaded.source = SourceReport(
          file: file.path, layout: "page text (\(layout))", comments: thread.comments.count)
      }
    } catch {
      loaded.errors.append(error)
      return loaded
    }
    if var table = loaded.table {
      if let corpus = file.convoKitCorpus { addSideFiles(of: corpus, to: &table) }
      if resolve { table = table.resolved() }
      loaded.threads = table.threads
      loaded.source = table.source
      loaded.table = resolve ? nil : table
    }
    if let nothing = nothingRead(loaded, file: file) { loaded.errors.append(nothing) }
    return loaded
  }

  /// Calls `body` with the threads of the inputs in file order, reading a batch of files on
  /// all cores at a time, the next two batches while `body` works on the one before, so that
  /// a caller that lets each call's threads go holds three batches in memory. Page-text files are
  /// handed on batch by batch, a batch's threads in one call; comment tables, and every file
  /// after the first of them, are held and handed on at the end, joined where a thread spans
  /// files (Reddit's submissions and comments): the threads come in the order
  /// ``corpus(_:identity:mapping:policy:)`` gives them. (One difference: a table record
  /// without a thread, placed by its reply chain's root, cannot join a page-text thread handed
  /// on before the first table; a page's thread is named after its file, which such a root
  /// never is in practice.) Files that cannot be read are
  /// returned as errors; paths that do not exist are errors too. Under ``Policy/strict``,
  /// reading stops at the first input that cannot be read wholly (``Outcome/stoppedAt``),
  /// before `body` sees anything of its batch.
  public static func forEachFile(
    _ paths: [String], mapping: FieldMapping = FieldMapping(), policy: Policy = .lenient,
    _ body: ([CommentThread]) throws -> Void
  ) rethrows -> Outcome {
    let (files, expansion) = expand(paths)
    var outcome = expansion
    if policy == .strict, let first = expansion.errors.first {
      return Outcome(stoppedAt: first)
    }
    // From the first comment table on, files are held, page text too, and handed on together
    // at the end: threads keep file order, as in ``corpus(_:identity:mapping:policy:)``.
    var held: [LoadedFile] = []
    // Enough files a batch that the caller's work on it (mention detection, encoding) has
    // threads for every core too; a batch of page text is a few MB.
    let batch = 8 * max(1, ProcessInfo.processInfo.activeProcessorCount)
    let meter = ProgressMeter.current
    meter?.begin("reading", total: files.count, unit: "files")
    defer { meter?.end() }
    // Each batch is read while the caller works on the one before (``Prefetch``).
    func reading(_ range: Range<Int>) -> Prefetch<[LoadedFile]> {
      let chunk = Array(files[range])
      return Prefetch {
        concurrentMap(count: chunk.count) { k in
          defer { meter?.advance(bytes: byteCount(chunk[k])) }
          return read(chunk[k], mapping: mapping, resolve: false)
        }
      }
    }
    // The batches being read, in file order, and where the next one to start begins. Two are
    // read ahead: with one, the cores stood idle whenever `body` (encoding a table on one
    // thread) outlasted the read of the next batch, and `parse` kept 1.5 of 2 cores busy.
    var pending: [Prefetch<[LoadedFile]>] = []
    var unread = 0
    func readAhead() {
      while pending.count < 2 && unread < files.count {
        let end = min(files.count, unread + batch)
        pending.append(reading(unread..<end))
        unread = end
      }
    }
    readAhead()
    // Batches read ahead are waited for on every way out (a strict stop, a throwing `body`),
    // so no read outlives the call or reports to its meter after it.
    defer { for inFlight in pending { _ = inFlight.wait() } }
    while !pending.isEmpty {
      let loaded = pending.removeFirst().wait()
      readAhead()
      if policy == .strict, let failure = loaded.lazy.compactMap(strictFailure).first {
        return Outcome(stoppedAt: failure)
      }
      var ready: [CommentThread] = []
      for file in loaded {
        outcome.add(file)
        if file.table != nil || !held.isEmpty {
          held.append(file)
        } else {
          ready += file.threads
        }
      }
      // The batch's threads in one call, so that the caller can spread them over the cores.
      if !ready.isEmpty { try body(ready) }
    }
    if !held.isEmpty {
      let joined = ThreadJoining.joinedAndResolved(held)
      releaseInBackground(held)
      held = []
      try body(joined)
      releaseInBackground(joined)
    }
    return outcome
  }

  /// Reads every input into one corpus. Files are parsed in parallel on all cores; threads
  /// and errors keep the order of the files, so the corpus does not depend on scheduling.
  /// Under ``Policy/strict`` the first input (in the order given) that cannot be read wholly
  /// ends the reading: files after it are skipped once it is found, and the load holds only
  /// that error (``Load/stoppedAt``).
  public static func corpus(
    _ paths: [String], identity: IdentityRule = .exact, mapping: FieldMapping = FieldMapping(),
    policy: Policy = .lenient
  ) -> Load {
    let (files, expansion) = expand(paths)
    var outcome = expansion
    if policy == .strict, let first = expansion.errors.first {
      return Load(corpus: Corpus(threads: []), errors: [], skipped: [], stoppedAt: first)
    }
    // Under .strict, the index of the first file found failing so far: later files are not
    // read (earlier ones still are, for one of them may fail too).
    let firstFailing = Atomic<Int>(.max)
    let meter = ProgressMeter.current
    meter?.begin("reading", total: files.count, unit: "files")
    defer { meter?.end() }
    let results = concurrentMap(count: files.count) { i -> LoadedFile? in
      defer { meter?.advance(bytes: byteCount(files[i])) }
      guard policy == .strict else { return read(files[i], mapping: mapping, resolve: false) }
      guard i < firstFailing.load(ordering: .relaxed) else { return nil }
      let loaded = read(files[i], mapping: mapping, resolve: false)
      if strictFailure(loaded) != nil { firstFailing.min(i) }
      return loaded
    }
    if policy == .strict, let failure = results.lazy.compactMap({ $0.flatMap(strictFailure) }).first
    {
      return Load(corpus: Corpus(threads: []), errors: [], skipped: [], stoppedAt: failure)
    }
    let loadedFiles = results.map { $0! }
    for loaded in loadedFiles { outcome.add(loaded) }
    let threads = ThreadJoining.joinedAndResolved(loadedFiles)
    return Load(
      corpus: Corpus(threads: threads, identity: identity, sources: outcome.sources),
      errors: outcome.errors, skipped: outcome.skipped)
  }

  // MARK: - Internals

  /// The size of `file` on disk, for the progress display's rate (0 for standard input).
  /// Called only when a meter listens: `meter?.advance(bytes: byteCount(f))` evaluates its
  /// argument only for a meter.
  private static func byteCount(_ file: InputFile) -> Int {
    guard file.path != InputSource.standardInput else { return 0 }
    var status = stat()
    return stat(file.path, &status) == 0 ? Int(status.st_size) : 0
  }

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
  private static func addSideFiles(
    of directory: String, to table: inout CommentTableReader.Table
  ) {
    let side = ConvoKitCorpus.sideFiles(in: directory)
    for k in table.threads.indices where table.threads[k].title == nil {
      table.threads[k].title = side.titles[table.threads[k].id]
    }
    if !side.issues.isEmpty, !table.threads.isEmpty {
      table.threads[0].integrity.issues = side.issues + table.threads[0].integrity.issues
    }
    var source = table.source
    source.file = directory
    source.layout = "ConvoKit corpus"
    var unread = UnreadFieldCounter()
    for field in source.unreadFields { unread.add(field.name, records: field.records) }
    unread.merge(side.unread)
    source.unreadFields = unread.fields.map {
      SourceReport.UnreadField(name: $0.name, records: $0.records)
    }
    table.source = source
  }

  /// Why ``Policy/strict`` stops at this file: its first error, else its first record that
  /// could not be read (as an error naming its line); `nil` when it was read wholly.
  static func strictFailure(_ loaded: LoadedFile) -> InputError? {
    if let error = loaded.errors.first { return error }
    let unreadable = loaded.threads.lazy.flatMap(\.integrity.issues)
      .filter { $0.kind == .unreadableRecord }
      .min { ($0.file, $0.line) < ($1.file, $1.line) }
    return unreadable.map { InputError(file: $0.file, line: $0.line, message: $0.message) }
  }

  /// The error for a file that was read but gave no comment, naming what it held.
  private static func nothingRead(_ loaded: LoadedFile, file: InputFile) -> InputError? {
    guard loaded.errors.isEmpty, loaded.skipped == nil else { return nil }
    let comments =
      loaded.source?.comments ?? loaded.threads.reduce(0) { $0 + $1.comments.count }
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

extension Atomic<Int> {
  /// Lowers the value to `candidate` when it is smaller.
  fileprivate func min(_ candidate: Int) {
    var current = load(ordering: .relaxed)
    while candidate < current {
      let (exchanged, original) = compareExchange(
        expected: current, desired: candidate, ordering: .relaxed)
      if exchanged { return }
      current = original
    }
  }
}

extension ThreadLoader.Outcome {
  mutating func add(_ loaded: ThreadLoader.LoadedFile) {
    errors += loaded.errors
    if let skipped = loaded.skipped { self.skipped.append(skipped) }
    if let source = loaded.source { sources.append(source) }
  }
}
