/// JSON text appended to byte buffers (RFC 8259): strings with only the required escapes, so
/// output is fast and byte-for-byte deterministic.
enum JSONBytes {
  static func appendString(_ value: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { bytes in
      var runStart = 0
      for i in 0..<bytes.count {
        let b = bytes[i]
        guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
        runStart = i + 1
        switch b {
        case UInt8(ascii: "\""): out.append(contentsOf: Array("\\\"".utf8))
        case UInt8(ascii: "\\"): out.append(contentsOf: Array("\\\\".utf8))
        case 0x0A: out.append(contentsOf: Array("\\n".utf8))
        case 0x0D: out.append(contentsOf: Array("\\r".utf8))
        case 0x09: out.append(contentsOf: Array("\\t".utf8))
        default:
          out.append(contentsOf: Array("\\u00".utf8))
          out.append(hexDigits[Int(b >> 4)])
          out.append(hexDigits[Int(b & 0xF)])
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }
    out.append(UInt8(ascii: "\""))
  }

  /// `"key": ` with the key escaped.
  static func appendKey(_ key: String, to out: inout [UInt8]) {
    appendString(key, to: &out)
    out.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
  }
}

private let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
