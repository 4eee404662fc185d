/// Makes PDF output reproducible by overwriting its creation and modification dates.
///
/// cairo 1.16 (Debian bookworm) writes the wall-clock time into the PDF's document information
/// (`/CreationDate (D:20251017171600Z)`) and ignores `SOURCE_DATE_EPOCH`, so two renderings of
/// one graph would differ. Each date is replaced by `(D:19700101000000Z)`, padded with spaces
/// to the original length: the cross-reference table holds byte offsets, which stay valid.
///
/// - Complexity: O(n) in the size of the PDF.
enum PDFDates {
  /// The date written in place of cairo's: the Unix epoch, in UTC.
  static let fixedDate = Array("(D:19700101000000Z)".utf8)

  static func normalized(_ pdf: [UInt8]) -> [UInt8] {
    var bytes = pdf
    for key in ["/CreationDate", "/ModDate"] {
      overwriteDates(after: Array(key.utf8), in: &bytes)
    }
    return bytes
  }

  /// Overwrites every `(…)` string that follows `key` (after optional spaces).
  private static func overwriteDates(after key: [UInt8], in bytes: inout [UInt8]) {
    let open = UInt8(ascii: "(")
    let close = UInt8(ascii: ")")
    let space = UInt8(ascii: " ")
    var start = 0
    while let found = firstIndex(of: key, in: bytes, from: start) {
      var index = found + key.count
      start = index
      while index < bytes.count, bytes[index] == space || bytes[index] == UInt8(ascii: "\n") {
        index += 1
      }
      guard index < bytes.count, bytes[index] == open else { continue }
      // A date string is short; give up on anything that is not.
      let limit = min(bytes.count, index + 64)
      guard let end = bytes[index..<limit].firstIndex(of: close) else { continue }
      let length = end - index + 1
      guard length >= fixedDate.count else { continue }
      let replacement = fixedDate + [UInt8](repeating: space, count: length - fixedDate.count)
      bytes.replaceSubrange(index...end, with: replacement)
      start = end + 1
    }
  }

  private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
    guard !needle.isEmpty, bytes.count >= needle.count, from <= bytes.count - needle.count
    else { return nil }
    var index = from
    while index <= bytes.count - needle.count {
      if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) {
        return index
      }
      index += 1
    }
    return nil
  }
}
