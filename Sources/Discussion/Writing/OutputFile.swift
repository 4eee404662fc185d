import Foundation

/// A file being written: bytes go to a temporary file beside the destination, which is
/// renamed into place by ``commit()``, so a failure or an interrupted run never leaves half
/// a file. The path "-" writes to standard output directly, and so does a path that exists
/// and is not a regular file (`/dev/null`, a terminal, a named pipe): renaming onto those would
/// replace the device with a file.
public final class OutputFile {
  public let path: String
  private let handle: FileHandle
  private let temporaryURL: URL?

  /// Opens `path` for writing ("-" for standard output).
  /// - Throws: ``InputError`` naming the path when the file cannot be created.
  public init(_ path: String) throws(InputError) {
    self.path = path
    if path == "-" {
      handle = FileHandle.standardOutput
      temporaryURL = nil
      return
    }
    var status = stat()
    if stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
      guard let handle = FileHandle(forWritingAtPath: path) else {
        throw InputError(file: path, message: "cannot open for writing")
      }
      self.handle = handle
      temporaryURL = nil
      return
    }
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
      let handle = try? FileHandle(forWritingTo: temporary)
    else {
      throw InputError(file: path, message: "cannot create the file (is the directory writable?)")
    }
    self.handle = handle
    temporaryURL = temporary
  }

  /// Appends bytes (with write(2) directly: FileHandle would copy them into a Data first).
  public func write(_ bytes: [UInt8]) throws(InputError) {
    guard !bytes.isEmpty else { return }
    let fd = handle.fileDescriptor
    let failure: Int32? = bytes.withUnsafeBytes { buffer in
      var done = 0
      while done < buffer.count {
        let n = Foundation.write(fd, buffer.baseAddress! + done, buffer.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          return errno
        }
        done += n
      }
      return nil
    }
    if let failure {
      throw InputError(file: path, message: "cannot write: \(String(cString: strerror(failure)))")
    }
  }

  /// Closes the file and moves it into place.
  public func commit() throws(InputError) {
    guard let temporaryURL else { return }
    do {
      try handle.close()
      guard rename(temporaryURL.path, path) == 0 else {
        throw CocoaError(.fileWriteUnknown)
      }
    } catch {
      try? FileManager.default.removeItem(at: temporaryURL)
      throw InputError(file: path, message: "cannot write: \(error.localizedDescription)")
    }
  }

  /// Closes and deletes the temporary file; the destination is left as it was.
  public func discard() {
    guard let temporaryURL else { return }
    try? handle.close()
    try? FileManager.default.removeItem(at: temporaryURL)
  }

  deinit { discard() }
}
