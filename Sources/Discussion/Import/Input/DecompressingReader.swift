#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One streaming decompressor (``GzipInflater``, ``ZstdInflater``).
protocol Inflater: AnyObject {
  /// Decompresses what it can of `input` (which starts at byte `offset` of the compressed
  /// data; `isLast` when no more follows) into `output`. Returns 0 and 0 only when it needs
  /// more input or has nothing left to give.
  func inflate(
    _ input: UnsafeBufferPointer<UInt8>, offset: Int, isLast: Bool,
    into output: UnsafeMutableBufferPointer<UInt8>
  ) throws(InputError) -> (consumed: Int, produced: Int)
  /// Checks, at the end of the data (`offset` bytes), that the last member or frame is whole.
  func finish(offset: Int) throws(InputError)
}

/// Reads the bytes of one input (a file, standard input, or bytes in memory) in pieces,
/// decompressing gzip or Zstandard on the way (recognised by ``Compression/detect(_:)``), so
/// that a compressed dump of many gigabytes is never held whole, compressed or not.
///
/// ```swift
/// let reader = try DecompressingReader(path: "RC_2022-02.zst")
/// while let piece = try reader.next() { scan(piece) }
/// ```
public final class DecompressingReader {
  /// The path messages name ("-" for standard input).
  public let file: String
  /// What the input turned out to be compressed with.
  public private(set) var compression: Compression = .none
  private enum Source {
    case descriptor(Int32, owned: Bool)
    case memory([UInt8])
  }
  private let source: Source
  /// Compressed (or plain) bytes read but not yet used: `raw[rawStart..<rawEnd]`.
  private var raw: [UInt8]
  private var rawStart = 0
  private var rawEnd = 0
  private var rawEOF = false
  /// Bytes of the source consumed before `raw[rawStart]`.
  private var rawOffset = 0
  private var inflater: (any Inflater)?
  private var finished = false
  /// Decompressed bytes looked at by ``peek(_:)`` and not yet read.
  private var pending: [UInt8] = []
  private var pendingStart = 0

  /// Raw bytes read from a file at a time.
  private static let readSize = 1 << 20

  /// Opens `path` ("-" for standard input) and recognises its compression.
  /// - Throws: ``InputError`` naming the path when it does not exist, is a directory or
  ///   cannot be read.
  public init(path: String) throws(InputError) {
    file = path
    if path == InputSource.standardInput {
      source = .descriptor(0, owned: false)
    } else {
      let fd = open(path, O_RDONLY | O_CLOEXEC)
      guard fd >= 0 else {
        let code = errno
        throw InputError(
          file: path,
          message: code == ENOENT ? "no such file" : "cannot read: \(Self.describe(code))")
      }
      var status = stat()
      if fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
        close(fd)
        throw InputError(file: path, message: "is a directory")
      }
      source = .descriptor(fd, owned: true)
    }
    raw = [UInt8](repeating: 0, count: Self.readSize)
    try start()
  }

  /// Reads `bytes` as if they were a file named `file`, with `compression` when given (else
  /// recognised).
  init(bytes: [UInt8], file: String, compression: Compression? = nil) throws(InputError) {
    self.file = file
    source = .memory(bytes)
    raw = bytes
    rawEnd = bytes.count
    rawEOF = true
    try start(compression)
  }

  deinit {
    if case .descriptor(let fd, true) = source { close(fd) }
  }

  /// The next piece of decompressed bytes (at most `maxBytes`, never empty), or `nil` at the
  /// end of the input.
  /// - Throws: ``InputError`` for a read error or damaged compressed data.
  public func next(maxBytes: Int = 1 << 22) throws(InputError) -> [UInt8]? {
    let piece = try [UInt8](unsafeUninitializedCapacity: maxBytes) {
      (out, count) throws(InputError) in
      count = try read(into: out)
    }
    return piece.isEmpty ? nil : piece
  }

  /// Fills as much of `out` as the input gives (reusing a caller's buffer spares a fresh
  /// allocation, and its page faults, for every piece of a large file). Returns the bytes
  /// written; 0 only at the end of the input.
  /// - Throws: ``InputError`` for a read error or damaged compressed data.
  public func read(into out: UnsafeMutableBufferPointer<UInt8>) throws(InputError) -> Int {
    if pendingStart < pending.count {
      let n = min(out.count, pending.count - pendingStart)
      _ = out.initialize(from: pending[pendingStart..<(pendingStart + n)])
      pendingStart += n
      if pendingStart == pending.count {
        pending = []
        pendingStart = 0
      }
      return n
    }
    return try readSource(into: out)
  }

  /// The first `count` bytes still to be read (fewer at the end of the input), without
  /// consuming them: for recognising a format by its content.
  public func peek(_ count: Int) throws(InputError) -> [UInt8] {
    while pending.count - pendingStart < count {
      let want = count - (pending.count - pendingStart)
      let more = try [UInt8](unsafeUninitializedCapacity: want) {
        (out, n) throws(InputError) in
        n = try readSource(into: out)
      }
      if more.isEmpty { break }
      pending += more
    }
    return Array(pending[pendingStart..<min(pending.count, pendingStart + count)])
  }

  private func readSource(into out: UnsafeMutableBufferPointer<UInt8>) throws(InputError) -> Int {
    guard !finished, out.count > 0 else { return 0 }
    guard let inflater else { return try readPlain(into: out) }
    var count = 0
    while count < out.count {
      if rawStart == rawEnd && !rawEOF { try refill() }
      let (consumed, produced) = try raw.withUnsafeBufferPointer {
        (buffer) throws(InputError) in
        try inflater.inflate(
          UnsafeBufferPointer(rebasing: buffer[rawStart..<rawEnd]), offset: rawOffset,
          isLast: rawEOF, into: UnsafeMutableBufferPointer(rebasing: out[count...]))
      }
      rawStart += consumed
      rawOffset += consumed
      count += produced
      if consumed == 0 && produced == 0 {
        if rawEOF {
          // Nothing more to give: the last member or frame must be whole.
          try inflater.finish(offset: rawOffset)
          finished = true
          break
        }
        try refill()  // it needs more than the bytes left: keep them and read on
      }
    }
    return count
  }

  /// Everything left, decompressed. A plain regular file is read in one piece.
  public func readAll() throws(InputError) -> [UInt8] {
    var all: [UInt8] = []
    if inflater == nil, case .descriptor(let fd, _) = source {
      var status = stat()
      if fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
        all.reserveCapacity(Int(status.st_size) + 1)
      }
    }
    while true {
      if all.capacity == all.count { all.reserveCapacity(max(all.count * 2, 1 << 22)) }
      let before = all.count
      let room = all.capacity - before
      var n = 0
      try all.appendUninitialized(room) { (out) throws(InputError) in
        n = try read(into: out)
        return n
      }
      if n == 0 {
        all.removeLast(all.count - before)
        break
      }
    }
    return all
  }

  /// Everything left as stored, without decompression (for checksums of the input).
  func readAllRaw() throws(InputError) -> [UInt8] {
    inflater = nil
    compression = .none
    return try readAll()
  }

  // MARK: - Internals

  private func start(_ forced: Compression? = nil) throws(InputError) {
    while rawEnd < 4 && !rawEOF { try readMore() }
    compression = forced ?? Compression.detect(raw[0..<rawEnd])
    switch compression {
    case .none: inflater = nil
    case .gzip: inflater = try GzipInflater(file: file)
    case .zstd: inflater = try ZstdInflater(file: file)
    }
  }

  private func readPlain(into out: UnsafeMutableBufferPointer<UInt8>) throws(InputError) -> Int {
    if rawStart < rawEnd {
      // Bytes read while recognising the compression come first.
      let n = min(rawEnd - rawStart, out.count)
      raw.withUnsafeBufferPointer { buffer in
        _ = out.initialize(from: buffer[rawStart..<(rawStart + n)])
      }
      rawStart += n
      rawOffset += n
      return n
    }
    guard !rawEOF, case .descriptor(let fd, _) = source else {
      finished = true
      return 0
    }
    let n = try Self.read(fd, into: UnsafeMutableRawBufferPointer(out), file: file)
    if n == 0 {
      rawEOF = true
      finished = true
    }
    rawOffset += n
    return n
  }

  /// Moves the unused bytes to the front and reads more after them.
  private func refill() throws(InputError) {
    if rawStart > 0 {
      raw.withUnsafeMutableBufferPointer { buffer in
        let base = buffer.baseAddress!
        (base).update(from: base + rawStart, count: rawEnd - rawStart)
      }
      rawEnd -= rawStart
      rawStart = 0
    }
    try readMore()
  }

  private func readMore() throws(InputError) {
    guard case .descriptor(let fd, _) = source else {
      rawEOF = true
      return
    }
    if raw.count - rawEnd < Self.readSize / 2 {
      raw.append(contentsOf: repeatElement(0, count: Self.readSize))
    }
    let end = rawEnd
    let n = try raw.withUnsafeMutableBytes { buffer in
      Result { () throws(InputError) in
        try Self.read(fd, into: UnsafeMutableRawBufferPointer(rebasing: buffer[end...]), file: file)
      }
    }.get()
    if n == 0 { rawEOF = true }
    rawEnd += n
  }

  private static func read(
    _ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, file: String
  ) throws(InputError) -> Int {
    while true {
      #if canImport(Glibc)
        let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
      #else
        let n = Darwin.read(fd, buffer.baseAddress, buffer.count)
      #endif
      if n >= 0 { return n }
      if errno == EINTR { continue }
      throw InputError(file: file, message: "cannot read: \(describe(errno))")
    }
  }

  static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}

extension Array where Element == UInt8 {
  /// Appends `count` bytes written by `body` (which returns how many it wrote; the rest are
  /// dropped).
  mutating func appendUninitialized(
    _ count: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) throws(InputError) -> Int
  ) throws(InputError) {
    let before = self.count
    var failure: InputError?
    var written = 0
    self.append(contentsOf: repeatElement(0, count: count))
    withUnsafeMutableBufferPointer { buffer in
      do throws(InputError) {
        written = try body(UnsafeMutableBufferPointer(rebasing: buffer[before...]))
      } catch {
        failure = error
      }
    }
    removeLast(count - written)
    if let failure { throw failure }
  }
}
