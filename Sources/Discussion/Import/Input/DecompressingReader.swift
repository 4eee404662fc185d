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
  /// The size of a regular file, as stored.
  private var fileSize: Int?
  /// Compressed (or plain) bytes read but not yet used: `raw[rawStart..<rawEnd]`.
  private var raw: [UInt8]
  private var rawStart = 0
  private var rawEnd = 0
  private var rawEOF = false
  /// Bytes of the source consumed before `raw[rawStart]`.
  private var rawOffset = 0
  private var inflater: (any Inflater)?
  private var finished = false
  /// An error met after some bytes were given: thrown by the next read.
  private var heldError: InputError?
  /// Decompressed bytes looked at by ``peek(_:)`` and not yet read.
  private var pending: [UInt8] = []
  private var pendingStart = 0

  /// Raw bytes read from a file at a time (less for a smaller file).
  private static let readSize = 1 << 20

  /// About how many decompressed bytes the input holds, known before reading (a plain
  /// regular file's size; a guess for a compressed one), for sizing buffers; `nil` for
  /// standard input.
  public private(set) var sizeHint: Int?

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
      var size: Int?
      if fstat(fd, &status) == 0 {
        if status.st_mode & S_IFMT == S_IFDIR {
          close(fd)
          throw InputError(file: path, message: "is a directory")
        }
        if status.st_mode & S_IFMT == S_IFREG { size = Int(status.st_size) }
      }
      source = .descriptor(fd, owned: true)
      fileSize = size
    }
    raw = [UInt8](repeating: 0, count: max(64, min(Self.readSize, (fileSize ?? Self.readSize) + 1)))
    try start()
    // Compressed: a guess (text compresses about ten-fold; the hint only sizes buffers).
    sizeHint = fileSize.map { compression == .none ? $0 : $0 * 20 }
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
    sizeHint = self.compression == .none ? bytes.count : bytes.count * 20
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

  /// The bytes still to be read up to the end of their `count`-th line (or `limit` bytes, or
  /// the end of the input), without consuming them.
  public func peekLines(_ count: Int, limit: Int = 1 << 28) throws(InputError) -> [UInt8] {
    var size = 1 << 16
    while true {
      let head = try peek(size)
      var lines = 0
      var i = head.startIndex
      while lines < count, let n = head[i...].firstIndex(of: 0x0A) {
        lines += 1
        i = n + 1
      }
      if lines >= count || head.count < size || size >= limit { return head }
      size = min(limit, size * 4)
    }
  }

  private func readSource(into out: UnsafeMutableBufferPointer<UInt8>) throws(InputError) -> Int {
    if let error = heldError {
      heldError = nil
      throw error
    }
    guard !finished, out.count > 0 else { return 0 }
    guard inflater != nil else { return try readPlain(into: out) }
    var count = 0
    do throws(InputError) {
      try inflate(into: out, count: &count)
    } catch {
      // What was decompressed before the damage is given first; the error comes with the
      // next read, so that no comment before it is lost.
      guard count > 0 else { throw error }
      heldError = error
      finished = true
    }
    return count
  }

  private func inflate(
    into out: UnsafeMutableBufferPointer<UInt8>, count: inout Int
  ) throws(InputError) {
    let inflater = self.inflater!
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
  }

  /// Everything left, decompressed, and the error that ended it early (damaged compressed
  /// data, a read error) with what came before it.
  public func readAllKeepingPartial() throws(InputError) -> (bytes: [UInt8], error: InputError?) {
    var bytes: [UInt8] = []
    do throws(InputError) {
      try readAll(into: &bytes)
    } catch {
      guard !bytes.isEmpty else { throw error }
      return (bytes, error)
    }
    return (bytes, nil)
  }

  /// Everything left, decompressed. A plain regular file is read in one piece.
  public func readAll() throws(InputError) -> [UInt8] {
    var all: [UInt8] = []
    try readAll(into: &all)
    return all
  }

  /// Appends everything left to `all` (what was read stays there when an error ends it).
  private func readAll(into all: inout [UInt8]) throws(InputError) {
    if inflater == nil, case .descriptor(let fd, _) = source {
      var status = stat()
      if fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
        all.reserveCapacity(Int(status.st_size) + 1)
      }
    }
    while true {
      if all.capacity == all.count {
        // Small inputs get small buffers; pieces of at least 4 MiB once the data is large.
        all.reserveCapacity(max(all.count * 2, min(1 << 22, max(1 << 12, sizeHint ?? 1 << 22))))
      }
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
    if raw.count - rawEnd < min(Self.readSize, raw.count) / 2 {
      raw.append(contentsOf: repeatElement(0, count: max(raw.count, 64)))
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
