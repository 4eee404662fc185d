/// The one writer of JSON strings for every JSON replynet writes (comment tables, `stats` and
/// `conflict` JSON, the exports): UTF-8 as is, escaping only what RFC 8259 requires (`"`, `\`
/// and the control characters U+0000–U+001F, the common ones as `\n`, `\r`, `\t`, `\b`,
/// `\f`), so output is fast and byte-for-byte deterministic. The bytes that need escaping are
/// found as the JSON reader finds them (``JSONScanning``).
public enum JSONText {
  /// `value` as a quoted JSON string.
  public static func quoted(_ value: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(value.utf8.count + 2)
    append(value, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// `"key": ` with the key escaped.
  public static func appendKey(_ key: String, to out: inout [UInt8]) {
    append(key, to: &out)
    out.append(UInt8(ascii: ":"))
    out.append(UInt8(ascii: " "))
  }

  /// Appends `value` as a quoted JSON string.
  /// - Complexity: O(*n*) for *n* UTF-8 bytes.
  public static func append(_ value: String, to out: inout [UInt8]) {
    var value = value
    value.withUTF8 { append(utf8: $0, to: &out) }
  }

  /// Appends valid UTF-8 `bytes` as a quoted JSON string.
  /// - Complexity: O(*n*) for *n* bytes.
  public static func append(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    out.append(quote)
    guard let base = bytes.baseAddress else {
      out.append(quote)
      return
    }
    var runStart = 0
    var i = 0
    while true {
      // The next byte to escape, eight bytes at a time (texts are long plain runs).
      i = JSONScanning.firstSpecial(base, from: i, to: bytes.count)
      guard i < bytes.count else { break }
      let b = bytes[i]
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
      runStart = i + 1
      i += 1
      out.append(backslash)
      switch b {
      case quote: out.append(quote)
      case backslash: out.append(backslash)
      case 0x0A: out.append(UInt8(ascii: "n"))
      case 0x0D: out.append(UInt8(ascii: "r"))
      case 0x09: out.append(UInt8(ascii: "t"))
      case 0x08: out.append(UInt8(ascii: "b"))
      case 0x0C: out.append(UInt8(ascii: "f"))
      default:
        out.append(contentsOf: [
          UInt8(ascii: "u"), zero, zero, hexDigits[Int(b >> 4)], hexDigits[Int(b & 0xF)],
        ])
      }
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    out.append(quote)
  }
}

private let quote = UInt8(ascii: "\"")
private let backslash = UInt8(ascii: "\\")
private let zero = UInt8(ascii: "0")
private let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
