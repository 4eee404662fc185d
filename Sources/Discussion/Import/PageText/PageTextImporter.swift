/// Reads the page-text copy of a fakti.bg article (format: README, "Page text") into a
/// ``CommentThread``.
///
/// The reader anchors on the sequence of a comment — the line with its number and author,
/// vote line, optional reply header, text, optional back-reference line, time — rather than
/// on single lines, so text that looks like structure (a line starting with a number, a
/// bullet or a time) stays text, and so that a copy made another way reads the same: with the
/// page's `•` bullets, with `*` or `-`, or with none; indented with spaces, tabs or not at
/// all; with non-breaking spaces or CR LF line ends (``PageTextLayout`` says which). A line
/// `N author` starts a comment when the vote line follows it, when it carries the removal
/// notice, or (with the copy's bullet) when the previous comment has just ended with its time.
///
/// Nothing is dropped: a comment without votes or time is kept and reported as damaged; lines
/// outside every comment are reported with their line numbers.
///
/// - Complexity: O(n) in the size of the file.
public enum PageTextImporter {
  /// Parses a page-text file.
  ///
  /// - Parameters:
  ///   - bytes: the file's bytes (UTF-8 or Windows-1251, with or without BOM, LF or CRLF).
  ///   - file: the path, used in messages and as ``CommentThread/sourceFile``.
  ///   - threadID: the thread's identifier (by default the file name without extensions).
  /// - Throws: ``InputError`` for an empty or binary file.
  public static func parse(bytes: [UInt8], file: String, threadID: String? = nil) throws(InputError)
    -> CommentThread
  {
    try read(bytes: bytes, file: file, threadID: threadID).thread
  }

  /// Parses a page-text file, and says how its comments were laid out.
  public static func read(
    bytes: [UInt8], file: String, threadID: String? = nil
  ) throws(InputError) -> (thread: CommentThread, layout: PageTextLayout) {
    let decoded = try TextDecoding.decode(bytes, file: file)
    return decoded.utf8.withUnsafeBufferPointer { buffer in
      var reader = Reader(utf8: decoded.utf8, lines: PageTextLines(buffer), file: file)
      reader.issues = decoded.issues
      return reader.read(threadID: threadID ?? InputNaming.threadID(forPath: file))
    }
  }
}

private struct Reader {
  /// The file's validated UTF-8 (``lines`` points into it): one-line texts are slices of it.
  let utf8: [UInt8]
  let lines: PageTextLines
  let file: String
  var issues: [IntegrityReport.Issue] = []

  init(utf8: [UInt8], lines: PageTextLines, file: String) {
    self.utf8 = utf8
    self.lines = lines
    self.file = file
  }

  mutating func note(
    _ kind: IntegrityReport.IssueKind, line: Int, comment: String? = nil, _ message: String
  ) {
    issues.append(
      .init(kind: kind, file: file, line: line + 1, commentID: comment, message: message))
  }

  func nextNonBlank(after line: Int, before end: Int) -> Int? {
    var j = line + 1
    while j < end {
      if !lines.isBlank(j) { return j }
      j += 1
    }
    return nil
  }

  // MARK: Comment starts

  /// Lines that start a comment, with their numbers, and the layout they were found in.
  ///
  /// A line `N author` (after any bullet, or none) starts a comment when its vote line
  /// follows. The bullet most of those use is the copy's; a line with that bullet also starts
  /// a comment when it carries the removal notice, or (a copy with bullets only) when it
  /// follows a time line with a higher number than the comment before, as a comment whose vote
  /// line was lost does.
  func commentStarts() -> (starts: [(line: Int, number: Int)], layout: PageTextLayout) {
    let n = lines.count
    // Pass 1: the lines whose vote line proves them, and the bullet most of them use (a
    // removal notice alone proves nothing: a text can quote one).
    var confirmed = [Bool](repeating: false, count: n)
    var notices: [(line: Int, bullet: Int)] = []
    var uses = [Int](repeating: 0, count: PageTextLexicon.bullets.count + 1)
    var indentations: [PageTextLayout.Indentation: Int] = [:]
    for line in 0..<n where !lines.isBlank(line) {
      guard let (_, rest, bullet) = lines.bullet(line) else { continue }
      if nextNonBlank(after: line, before: n).map({ lines.votes($0) != nil }) == true {
        confirmed[line] = true
        uses[bullet + 1] += 1
        indentations[lines.indentation(line), default: 0] += 1
      } else if lines.isRemovalNotice(rest) {
        notices.append((line, bullet))
      }
    }
    if uses.allSatisfy({ $0 == 0 }) {
      for notice in notices { uses[notice.bullet + 1] += 1 }  // a copy of removed comments only
    }
    var style = 0
    for k in uses.indices where uses[k] > uses[style] { style = k }
    let bullet = style - 1
    // Removal notices with the copy's bullet are comments too.
    for notice in notices where notice.bullet == bullet { confirmed[notice.line] = true }
    // Pass 2: in order, the proven starts and, in a copy with bullets, the damaged ones: a
    // bullet line right after a time line, numbered above the comment before (without
    // bullets, a footer line that starts with a number would look the same).
    var starts: [(line: Int, number: Int)] = []
    var previousNonBlank: Int? = nil
    for line in 0..<n where !lines.isBlank(line) {
      defer { previousNonBlank = line }
      guard let (number, _, lineBullet) = lines.bullet(line) else { continue }
      var isStart = confirmed[line]
      if !isStart, bullet >= 0, lineBullet == bullet, let previous = previousNonBlank,
        !starts.isEmpty, number > starts[starts.count - 1].number, lines.time(previous) != nil
      {
        isStart = true  // a damaged comment: its vote line is missing
      }
      if isStart { starts.append((line, number)) }
    }
    let indentation =
      indentations.max { a, b in (a.value, b.key.rawValue) < (b.value, a.key.rawValue) }?.key
      ?? .none
    let layout = PageTextLayout(
      bullet: bullet >= 0 ? PageTextLexicon.bullets[bullet] : nil, indentation: indentation,
      crlf: lines.crlfCount * 2 > n)
    return (starts, layout)
  }

  // MARK: Thread

  mutating func read(threadID: String) -> (CommentThread, PageTextLayout) {
    let (starts, layout) = commentStarts()
    let headerEnd = starts.first?.line ?? lines.count
    var comments: [Comment] = []
    comments.reserveCapacity(starts.count)
    for (k, start) in starts.enumerated() {
      let end = k + 1 < starts.count ? starts[k + 1].line : lines.count
      if k > 0, start.number < starts[k - 1].number {
        note(
          .numberOutOfOrder, line: start.line, comment: String(start.number),
          "comment #\(start.number) follows #\(starts[k - 1].number)")
      }
      comments.append(readComment(number: start.number, from: start.line, to: end))
    }
    Self.compactTexts(&comments)
    var thread = CommentThread(id: threadID, sourceFile: file, comments: comments)
    readHeader(into: &thread, before: headerEnd, commentCount: starts.map(\.number).max() ?? 0)
    if starts.isEmpty {
      note(
        .damagedComment, line: -1,
        "no comment found (no line \"N author\", with or without a bullet, followed by the "
          + "vote line \"likes dislikes Отговор\")")
    }
    if let declared = thread.declaredCommentCount, declared != comments.count {
      note(
        .commentCountMismatch, line: -1,
        "the page declares \(declared) comments; the copy holds \(comments.count)")
    }
    var report = IntegrityReport()
    report.issues = issues
    thread.integrity = report
    ReplyResolution.resolve(&thread)
    return (thread, layout)
  }

  /// Moves every text into one buffer for the thread, each comment's text a slice of it: a
  /// one-line text was a slice of the whole file, which kept the file's bytes (headers, vote
  /// lines, everything) alive as long as the comment, and a text of several lines was an
  /// allocation of its own. Memory then holds the texts alone, and one allocation a thread.
  /// - Complexity: O(L) for L bytes of text.
  static func compactTexts(_ comments: inout [Comment]) {
    let total = comments.reduce(0) { $0 + $1.textUTF8.count }
    var buffer: [UInt8] = []
    buffer.reserveCapacity(total)
    var ends: [Int] = []
    ends.reserveCapacity(comments.count)
    // By index: a comment borrowed, not copied (a copy retains and releases its strings).
    for k in comments.indices {
      buffer += comments[k].textUTF8
      ends.append(buffer.count)
    }
    var start = 0
    for k in comments.indices {
      comments[k].textUTF8 = buffer[start..<ends[k]]
      start = ends[k]
    }
  }

  // MARK: One comment

  mutating func readComment(number: Int, from start: Int, to end: Int) -> Comment {
    let id = String(number)
    let rest = lines.bullet(start)!.rest
    var comment = Comment(id: id, author: nil, sourceLine: start + 1)
    if lines.isRemovalNotice(rest) {
      comment.isRemoved = true
      // A removed comment has nothing else, but a back-reference line may follow.
      var line = start + 1
      while line < end {
        if !lines.isBlank(line) {
          if let refs = lines.backReferences(line) {
            comment.backReferences += refs.map(String.init)
          } else {
            unplaced(line)
          }
        }
        line += 1
      }
      return comment
    }
    if rest.isEmpty {
      note(.damagedComment, line: start, comment: id, "comment #\(number) has no author")
    } else {
      comment.author = NameFolding.normalizeSpacing(lines.string(rest))
    }
    // Votes.
    var first = start + 1
    if let v = nextNonBlank(after: start, before: end), let votes = lines.votes(v) {
      (comment.likes, comment.dislikes) = (votes.likes, votes.dislikes)
      first = v + 1
    } else {
      note(.damagedComment, line: start, comment: id, "comment #\(number) has no vote line")
    }
    // Time: the last non-blank line of the block; anything after the last time line is unplaced.
    var last = end - 1
    while last >= first && lines.isBlank(last) { last -= 1 }
    var timeLine: Int? = nil
    var probe = last
    while probe >= first {
      if !lines.isBlank(probe), let time = lines.time(probe) {
        timeLine = probe
        comment.time = time
        break
      }
      // Only look past non-time lines when the block is the thread's last (a footer may follow).
      if end != lines.count { break }
      probe -= 1
    }
    if let t = timeLine {
      if t < last {
        for line in (t + 1)...last where !lines.isBlank(line) { unplaced(line) }
      }
      last = t - 1
      while last >= first && lines.isBlank(last) { last -= 1 }
    } else {
      note(
        .damagedComment, line: start, comment: id,
        "comment #\(number) has no time line (truncated?)")
    }
    // Back-references just before the time.
    if last >= first, let refs = lines.backReferences(last) {
      comment.backReferences = refs.map(String.init)
      last -= 1
      while last >= first && lines.isBlank(last) { last -= 1 }
    }
    // Reply header first.
    while first <= last && lines.isBlank(first) { first += 1 }
    if first <= last, let header = lines.replyHeader(first) {
      comment.replyTo = String(header.number)
      comment.replyToName = header.name
      first += 1
    }
    if first <= last { comment.textUTF8 = text(from: first, through: last) }
    if comment.textUTF8.isEmpty {
      note(.damagedComment, line: start, comment: id, "comment #\(number) has no text")
    }
    return comment
  }

  /// The UTF-8 text of lines `first...last`: each line trimmed, runs of blank lines become
  /// one paragraph break. One line is a slice of the file, not a copy.
  func text(from first: Int, through last: Int) -> ArraySlice<UInt8> {
    if first == last { return utf8[lines.ranges[first]] }
    var size = 0
    for line in first...last { size += lines.ranges[line].count + 1 }
    let joined = [UInt8](unsafeUninitializedCapacity: size + 1) { out, count in
      var n = 0
      var pendingBreak = false
      for line in first...last {
        let r = lines.ranges[line]
        if r.isEmpty {
          pendingBreak = n > 0
          continue
        }
        if n > 0 {
          out[n] = 10
          n += 1
          if pendingBreak {
            out[n] = 10
            n += 1
          }
        }
        pendingBreak = false
        _ = UnsafeMutableBufferPointer(rebasing: out[n..<(n + r.count)])
          .initialize(from: lines.bytes[r])
        n += r.count
      }
      count = n
    }
    return joined[...]
  }

  mutating func unplaced(_ line: Int) {
    note(.unplacedLine, line: line, "line not part of any comment: \"\(lines.excerpt(line))\"")
  }

  // MARK: Article header

  /// Title (first line), date line (`17 Октомври, 2025 17:16 1 087 22`), categories (the lines
  /// right before the comments, after two or more blank lines).
  mutating func readHeader(into thread: inout CommentThread, before end: Int, commentCount: Int) {
    guard let titleLine = (0..<end).first(where: { !lines.isBlank($0) }) else {
      note(.damagedHeader, line: 0, "no article header (title and date line) before the comments")
      return
    }
    thread.title = lines.string(titleLine)
    var dateLine: Int? = nil
    var line = titleLine + 1
    var seen = 0
    while line < end && seen < 6 {
      if !lines.isBlank(line) {
        seen += 1
        if let header = ArticleDateLine(lines.string(line), commentsInCopy: commentCount) {
          thread.published = header.published
          thread.views = header.views
          thread.declaredCommentCount = header.commentCount
          dateLine = line
          break
        }
      }
      line += 1
    }
    if dateLine == nil {
      note(
        .damagedHeader, line: titleLine + 1,
        "no date line (\"17 Октомври, 2025 17:16 views comments\") after the title")
    }
    // Categories: non-blank lines right before the first comment, preceded by ≥ 2 blank lines.
    var k = end - 1
    while k >= 0 && lines.isBlank(k) { k -= 1 }
    let lastCategory = k
    while k >= 0 && !lines.isBlank(k) { k -= 1 }
    let firstCategory = k + 1
    var blanks = 0
    while k >= 0 && lines.isBlank(k) {
      blanks += 1
      k -= 1
    }
    if lastCategory >= 0, firstCategory > max(titleLine, dateLine ?? titleLine), blanks >= 2 {
      thread.categories = (firstCategory...lastCategory).map { lines.string($0) }
    }
  }
}
