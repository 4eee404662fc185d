import Discussion

/// ISO 8601 text of a ``Discussion/CommentTime`` (`2025-10-17T17:18:00+03:00`), the same as
/// its `iso8601` property, built in one buffer: exports write one for each of ~600,000
/// comments.
enum ISOTime {
  static func text(_ time: CommentTime) -> String {
    let f = time.localFields
    let offset = Int(time.utcOffsetSeconds)
    let a = abs(offset)
    return String(unsafeUninitializedCapacity: 32) { buffer in
      var n = 0
      func digits(_ value: Int, _ width: Int) {
        var v = value
        var k = width - 1
        while k >= 0 {
          buffer[n + k] = UInt8(48 + v % 10)
          v /= 10
          k -= 1
        }
        n += width
      }
      func char(_ c: Character) {
        buffer[n] = c.asciiValue!
        n += 1
      }
      guard (0...9999).contains(f.year) else { return 0 }
      digits(f.year, 4)
      char("-")
      digits(f.month, 2)
      char("-")
      digits(f.day, 2)
      char("T")
      digits(f.hour, 2)
      char(":")
      digits(f.minute, 2)
      char(":")
      digits(f.second, 2)
      char(offset < 0 ? "-" : "+")
      digits(a / 3600, 2)
      char(":")
      digits(a / 60 % 60, 2)
      return n
    }.nonEmpty ?? time.iso8601
  }
}

extension String {
  fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
