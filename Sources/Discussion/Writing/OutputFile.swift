import Foundation

/// A file being written: bytes go to a temporary file beside the destination, which is
/// renamed into place by ``commit()``, so a failure or an interrupted run never leaves half
/// a file (nor, after ``TemporaryFiles/removeOnTermination()``, the temporary file). The path "-" writes to standard output directly, and so does a path that exists
/// and is not a regular file (`/dev/null`, a terminal, a named pipe): renaming onto those would
/// replace the device with a file.
public final class OutputFile {
  public let path: String
  private let handle: FileHandle
  /// The temporary file; `nil` when writing to standard output or a device.
  private var temporary: String?
  /// Bytes written so far: the file's size once committed, counted rather than read back.
  public private(set) var bytesWritten = 0

  /// Opens `path` for writing ("-" for standard output).
  /// - Throws: ``InputError`` naming the path when the file cannot be created.
  public init(_ path: String) throws(InputError) {
    self.path = path
    if path == "-" {
      handle = FileHandle.standardOutput
      temporary = nil
      return
    }
    var status = stat()
    if stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
      guard let handle = FileHandle(forWritingAtPath: path) else {
        throw InputError(file: path, message: "cannot open for writing")
      }
      self.handle = handle
      temporary = nil
      return
    }
    guard let (temporary, handle) = TemporaryFiles.create(beside: path) else {
      let reason = String(cString: strerror(errno))
      throw InputError(file: path, message: "cannot create the file: \(reason)")
    }
    self.handle = handle
    self.temporary = temporary
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
    bytesWritten += bytes.count
  }

  /// Closes the file and moves it into place.
  /// - Throws: ``InputError`` naming the destination when the last bytes cannot be stored
  ///   (a full disk may show only at close) or the rename fails; the temporary file is then
  ///   removed and the destination left as it was.
  public func commit() throws(InputError) {
    guard let temporary else { return }
    self.temporary = nil
    do {
      try handle.close()
    } catch {
      TemporaryFiles.remove(temporary)
      throw InputError(file: path, message: "cannot write: \(error.localizedDescription)")
    }
    if let code = TemporaryFiles.commit(temporary, to: path) {
      throw InputError(file: path, message: "cannot write: \(String(cString: strerror(code)))")
    }
  }

  /// Closes and deletes the temporary file; the destination is left as it was.
  public func discard() {
    guard let temporary else { return }
    self.temporary = nil
    try? handle.close()
    TemporaryFiles.remove(temporary)
  }

  deinit { discard() }
}
