/// Decodes the scalar at `i` of a String's UTF-8 and advances `i` past it: the one-pass
/// decoding the conflict signals use instead of iterating `String.UnicodeScalarView`, since
/// their loops see every character of the corpus.
///
/// A String's UTF-8 is always valid; a sequence cut short by the end of the buffer (which
/// cannot happen then) gives U+FFFD and advances one byte.
///
/// - Complexity: O(1).
@inline(__always)
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt32 {
  let n = bytes.count
  let b0 = UInt32(bytes[i])
  if b0 < 0x80 {
    i += 1
    return b0
  } else if b0 < 0xE0, i + 1 < n {
    let v = (b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F)
    i += 2
    return v
  } else if b0 < 0xF0, i + 2 < n {
    let v =
      (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
    i += 3
    return v
  } else if i + 3 < n {
    let v =
      (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12
      | (UInt32(bytes[i + 2]) & 0x3F) << 6 | (UInt32(bytes[i + 3]) & 0x3F)
    i += 4
    return v
  }
  i += 1
  return 0xFFFD
}
