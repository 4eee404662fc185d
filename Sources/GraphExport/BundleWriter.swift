import Discussion
import Foundation

/// Writes an ``ExportBundle`` to a directory in the chosen formats, then its data dictionary
/// `datapackage.json`.
///
/// Every file is written under a temporary name beside its destination and renamed into
/// place (``Discussion/OutputFile``), so an interrupted export never leaves half a file.
/// Files are produced in parallel; the bytes of each depend only on the bundle, so output is
/// identical from run to run.
public enum BundleWriter {
  /// Writes the files and returns their names, data dictionary last.
  ///
  /// - Parameters:
  ///   - provenance: what the data dictionary records.
  ///   - hashingInputs: input paths to digest (``Provenance/inputs(of:)``) while the files
  ///     are written, appended to `provenance.inputs`.
  /// - Throws: ``ExportError`` naming the first file that could not be written.
  /// - Complexity: O(size of the output and of the inputs), spread over the cores.
  @discardableResult
  public static func write(
    _ bundle: ExportBundle, formats: Set<ExportFormat>, to directory: String,
    provenance: Provenance, hashingInputs: [String] = []
  ) throws(ExportError) -> [String] {
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw ExportError(file: directory, message: "cannot create the directory")
    }
    var jobs = self.jobs(bundle, formats: formats)
    // Digesting the inputs is one more job (index 0: it reads the most bytes).
    let digests = UnsafeMutableBufferPointer<[Provenance.Input]>.allocate(capacity: 1)
    digests.initialize(repeating: [])
    defer {
      digests.deinitialize()
      digests.deallocate()
    }
    nonisolated(unsafe) let digestOutput = digests
    if !hashingInputs.isEmpty {
      jobs.insert(
        Job(name: "") { (_: String) throws(ExportError) in
          digestOutput[0] = Provenance.inputs(of: hashingInputs)
          return 0
        }, at: 0)
    }
    let allJobs = jobs
    let results = concurrentMap(count: allJobs.count) { k in
      Result { () throws(ExportError) in try run(allJobs[k], directory: directory) }
    }
    var written: [DataPackageWriter.WrittenFile] = []
    for result in results {
      switch result {
      case .success(let file): if !file.name.isEmpty { written.append(file) }
      case .failure(let error): throw error
      }
    }
    var provenance = provenance
    provenance.inputs += digests[0]
    let dictionary = DataPackageWriter.write(
      bundle: bundle, files: written, provenance: provenance)
    try writeBytes(dictionary, to: path(directory, "datapackage.json"))
    return written.map(\.name) + ["datapackage.json"]
  }

  /// One file to produce: a closure that writes it to the path given and returns its size.
  struct Job: Sendable {
    var name: String
    var produce: @Sendable (String) throws(ExportError) -> Int

    /// A job that writes its file a piece at a time to an ``Discussion/OutputFile``, which
    /// `write` is given; the file is moved into place when it returns.
    static func streamed(
      _ name: String, _ write: @escaping @Sendable (OutputFile) throws(InputError) -> Void
    ) -> Job {
      Job(name: name) { (target: String) throws(ExportError) in
        let file: OutputFile
        do throws(InputError) {
          file = try OutputFile(target)
        } catch {
          throw ExportError(file: target, message: error.message)
        }
        do throws(InputError) {
          try write(file)
          try file.commit()
        } catch {
          file.discard()
          throw ExportError(file: target, message: error.message)
        }
        return file.bytesWritten
      }
    }
  }

  static func jobs(_ bundle: ExportBundle, formats: Set<ExportFormat>) -> [Job] {
    var jobs: [Job] = []
    // The slowest first, so the parallel loop finishes together.
    if formats.contains(.sqlite) {
      jobs.append(
        Job(name: ExportFormat.sqliteFile) { (target: String) throws(ExportError) in
          try SQLiteWriter.write(bundle, to: target)
          // SQLite wrote it: its size is read back, and a file that cannot be is an error,
          // not a size of 0 in the data dictionary.
          guard let size = try? FileManager.default.attributesOfItem(atPath: target)[.size] as? Int
          else {
            throw ExportError(file: target, message: "cannot read the size of the file written")
          }
          return size
        })
    }
    if formats.contains(.csv) {
      for name in ExportFormat.csvTables {
        guard let table = bundle.tables[name] else { continue }
        jobs.append(
          .streamed(name + ".csv") { (file: OutputFile) throws(InputError) in
            try CSVWriter.write(table) { (bytes) throws(InputError) in try file.write(bytes) }
          })
      }
    }
    if formats.contains(.json) {
      let threads = bundle.commentThreads
      jobs.append(
        .streamed(ExportFormat.commentTableFile) { (file: OutputFile) throws(InputError) in
          let stream = CommentTableStream(file: file, format: .jsonLines)
          try stream.append(threads)
          try stream.finishWriting()
        })
    }
    for network in bundle.networks + [bundle.coordination].compactMap({ $0 }) {
      let stem = network.name
      // Each written a few megabytes at a time: a network's file can be 100 MB and more.
      if formats.contains(.graphml) {
        jobs.append(
          .streamed(stem + ".graphml") { (file: OutputFile) throws(InputError) in
            try GraphMLWriter.write(network, bundle: bundle) { (b) throws(InputError) in
              try file.write(b)
            }
          })
      }
      if formats.contains(.gexf) {
        jobs.append(
          .streamed(stem + ".gexf") { (file: OutputFile) throws(InputError) in
            try GEXFWriter.write(network, bundle: bundle) { (b) throws(InputError) in
              try file.write(b)
            }
          })
      }
      if formats.contains(.json) {
        jobs.append(
          .streamed(stem + ".json") { (file: OutputFile) throws(InputError) in
            try NodeLinkJSONWriter.write(network, bundle: bundle) { (b) throws(InputError) in
              try file.write(b)
            }
          })
      }
    }
    return jobs
  }

  static func run(_ job: Job, directory: String) throws(ExportError)
    -> DataPackageWriter.WrittenFile
  {
    .init(name: job.name, bytes: try job.produce(path(directory, job.name)))
  }

  static func writeBytes(_ bytes: [UInt8], to path: String) throws(ExportError) {
    do {
      let file = try OutputFile(path)
      try file.write(bytes)
      try file.commit()
    } catch {
      throw ExportError(file: path, message: error.message)
    }
  }

  static func path(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}
