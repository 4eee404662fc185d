#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lines of a UTF-8 page-text buffer and the byte patterns of its structure lines.
///
/// Every matcher works on a line's trimmed byte range, so indentation, CR line ends and
/// non-breaking spaces (U+00A0) never decide whether a line is structure.
struct PageTextLines {
  let bytes: UnsafeBufferPointer<UInt8>
  /// Trimmed byte range of each line (`lower == upper` for a blank line).
  private(set) var ranges: [Range<Int>] = []
  /// Where each line starts, before trimming.
  private(set) var starts: [Int] = []
  /// Lines that ended in CR LF.
  private(set) var crlfCount = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    let n = bytes.count
    ranges.reserveCapacity(n / 40 + 1)
    starts.reserveCapacity(n / 40 + 1)
    guard let base = bytes.baseAddress else { return }
    var i = 0
    while i < n {
      // memchr is vectorised: line splitting costs well under a cycle a byte.
      let found = memchr(base + i, 10, n - i)
      let end = found.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? n
      ranges.append(trim(i..<end))
      starts.append(i)
      if end > i && end < n && bytes[end - 1] == 13 { crlfCount += 1 }
      i = end + 1
    }
  }

  var count: Int { ranges.count }

  func isBlank(_ line: Int) -> Bool { ranges[line].isEmpty }

  func string(_ line: Int) -> String { string(ranges[line]) }

  func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// At most `limit` characters of a line, for messages.
  func excerpt(_ line: Int, limit: Int = 60) -> String {
    let s = string(
      ranges[line].lowerBound..<min(ranges[line].upperBound, ranges[line].lowerBound + limit * 4))
    return s.count > limit ? String(s.prefix(limit)) + "…" : s
  }

  // MARK: Trimming

  /// Length of the whitespace at `i` (space, tab, CR, VT, FF, or U+00A0), or 0.
  @inline(__always) func spaceLength(at i: Int, end: Int) -> Int {
    let c = bytes[i]
    if c == 32 || c == 9 || c == 13 || c == 11 || c == 12 { return 1 }
    if c == 0xC2 && i + 1 < end && bytes[i + 1] == 0xA0 { return 2 }
    return 0
  }

  func trim(_ r: Range<Int>) -> Range<Int> {
    var lo = r.lowerBound
    var hi = r.upperBound
    while lo < hi {
      let k = spaceLength(at: lo, end: hi)
      if k == 0 { break }
      lo += k
    }
    while hi > lo {
      let c = bytes[hi - 1]
      if c == 32 || c == 9 || c == 13 || c == 11 || c == 12 {
        hi -= 1
      } else if c == 0xA0 && hi - 2 >= lo && bytes[hi - 2] == 0xC2 {
        hi -= 2
      } else {
        break
      }
    }
    return lo..<hi
  }

  // MARK: Small scanners

  /// Skips whitespace from `i`; returns the new index.
  @inline(__always) func skipSpaces(_ i: Int, _ end: Int) -> Int {
    var i = i
    while i < end {
      let k = spaceLength(at: i, end: end)
      if k == 0 { break }
      i += k
    }
    return i
  }

  /// Reads a run of ASCII digits (at most 18) from `i`; returns the value and the index after it.
  @inline(__always) func digits(_ i: Int, _ end: Int) -> (value: Int, next: Int)? {
    var j = i
    var v = 0
    while j < end && j - i < 18, bytes[j] >= 48 && bytes[j] <= 57 {
      v = v * 10 + Int(bytes[j] - 48)
      j += 1
    }
    return j > i ? (v, j) : nil
  }

  func hasPrefix(_ r: Range<Int>, _ p: [UInt8]) -> Bool {
    guard r.count >= p.count else { return false }
    for k in 0..<p.count where bytes[r.lowerBound + k] != p[k] { return false }
    return true
  }

  func hasSuffix(_ r: Range<Int>, _ p: [UInt8]) -> Bool {
    guard r.count >= p.count else { return false }
    let base = r.upperBound - p.count
    for k in 0..<p.count where bytes[base + k] != p[k] { return false }
    return true
  }

  func equals(_ r: Range<Int>, _ p: [UInt8]) -> Bool { r.count == p.count && hasPrefix(r, p) }

  // MARK: Structure lines

  /// `• N rest` (or `* N`, `- N`, … or `N rest` with no bullet): the comment number, the
  /// trimmed rest (the author or the removal notice) and the bullet (an index into
  /// ``PageTextLexicon/bullets``, or -1 for none). An ASCII bullet must be followed by a space,
  /// so that `-5 градуса` is not a bullet line.
  func bullet(_ line: Int) -> (number: Int, rest: Range<Int>, bullet: Int)? {
    let r = ranges[line]
    guard r.lowerBound < r.upperBound else { return nil }
    var style = -1
    var i = r.lowerBound
    let first = bytes[i]
    if !(first >= 48 && first <= 57) {
      guard let k = PageTextLexicon.bulletBytes.firstIndex(where: { hasPrefix(r, $0) }) else {
        return nil
      }
      style = k
      let after = r.lowerBound + PageTextLexicon.bulletBytes[k].count
      i = skipSpaces(after, r.upperBound)
      if PageTextLexicon.bulletBytes[k].count == 1 && i == after { return nil }
    }
    guard let (n, next) = digits(i, r.upperBound) else { return nil }
    if next < r.upperBound && spaceLength(at: next, end: r.upperBound) == 0 { return nil }
    return (n, trim(next..<r.upperBound), style)
  }

  /// The whitespace a line starts with, before trimming: none, spaces, tabs, or
  /// non-breaking spaces (the first kind met).
  func indentation(_ line: Int) -> PageTextLayout.Indentation {
    let start = starts[line]
    guard start < ranges[line].lowerBound else { return .none }
    switch bytes[start] {
    case 9: return .tabs
    case 0xC2: return .nonBreakingSpaces
    default: return .spaces
    }
  }

  func isRemovalNotice(_ r: Range<Int>) -> Bool { hasPrefix(r, PageTextLexicon.removed) }

  /// `L D Отговор`: likes and dislikes.
  func votes(_ line: Int) -> (likes: Int, dislikes: Int)? {
    let r = ranges[line]
    guard let (likes, a) = digits(r.lowerBound, r.upperBound) else { return nil }
    let b = skipSpaces(a, r.upperBound)
    guard b > a, let (dislikes, c) = digits(b, r.upperBound) else { return nil }
    let d = skipSpaces(c, r.upperBound)
    guard d > c, equals(d..<r.upperBound, PageTextLexicon.reply) else { return nil }
    return (likes, dislikes)
  }

  /// `HH:MM DD.MM.YYYY`, as Sofia local time.
  func time(_ line: Int) -> CommentTime? {
    let r = ranges[line]
    guard r.count >= 14, r.count <= 24 else { return nil }
    guard let (h, a) = digits(r.lowerBound, r.upperBound), a - r.lowerBound <= 2, a < r.upperBound,
      bytes[a] == 58, let (mi, b) = digits(a + 1, r.upperBound), b - a == 3
    else { return nil }
    let c = skipSpaces(b, r.upperBound)
    guard c > b, let (d, e) = digits(c, r.upperBound), e - c <= 2, e < r.upperBound,
      bytes[e] == 46, let (mo, f) = digits(e + 1, r.upperBound), f - e <= 3, f < r.upperBound,
      bytes[f] == 46, let (y, g) = digits(f + 1, r.upperBound), g - f == 5, g == r.upperBound
    else { return nil }
    return CommentTime.sofia(year: y, month: mo, day: d, hour: h, minute: mi)
  }

  /// `До коментар #N от "Name":` with straight or typographic quotes: the target number and
  /// the name (quotes inside the name are kept: only the outermost pair is removed).
  func replyHeader(_ line: Int) -> (number: Int, name: String)? {
    let r = ranges[line]
    guard hasPrefix(r, PageTextLexicon.replyHeader) else { return nil }
    guard let (n, a) = digits(r.lowerBound + PageTextLexicon.replyHeader.count, r.upperBound)
    else { return nil }
    let b = skipSpaces(a, r.upperBound)
    guard b > a, hasPrefix(b..<r.upperBound, PageTextLexicon.from) else { return nil }
    var nameRange = trim((b + PageTextLexicon.from.count)..<r.upperBound)
    guard nameRange.count >= 1, bytes[nameRange.upperBound - 1] == 58 else { return nil }  // ':'
    nameRange = trim(nameRange.lowerBound..<(nameRange.upperBound - 1))
    if let open = PageTextLexicon.openingQuotes.first(where: { hasPrefix(nameRange, $0) }) {
      nameRange = (nameRange.lowerBound + open.count)..<nameRange.upperBound
    }
    if let close = PageTextLexicon.closingQuotes.first(where: { hasSuffix(nameRange, $0) }) {
      nameRange = nameRange.lowerBound..<(nameRange.upperBound - close.count)
    }
    return (n, NameFolding.normalizeSpacing(string(nameRange)))
  }

  /// `Коментиран от #3, #5`: the numbers listed.
  func backReferences(_ line: Int) -> [Int]? {
    let r = ranges[line]
    guard hasPrefix(r, PageTextLexicon.commentedBy) else { return nil }
    var i = r.lowerBound + PageTextLexicon.commentedBy.count
    var numbers: [Int] = []
    while i < r.upperBound {
      let c = bytes[i]
      if c == 35 {  // '#'
        guard let (n, next) = digits(i + 1, r.upperBound) else { return nil }
        numbers.append(n)
        i = next
      } else if c == 44 || c == 59 || spaceLength(at: i, end: r.upperBound) > 0 {
        i += max(1, spaceLength(at: i, end: r.upperBound))
      } else {
        return nil
      }
    }
    return numbers.isEmpty ? nil : numbers
  }
}
