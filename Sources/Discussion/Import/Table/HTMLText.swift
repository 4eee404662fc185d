/// Text that a source wrote as HTML (Hacker News) or HTML-escaped (Reddit), as plain text for
/// matching names and terms and for output.
enum HTMLText {
  /// Plain text from HTML: `<p>` starts a paragraph (a blank line), `<br>` a line, other tags
  /// are dropped (a link keeps its text), and character references (`&amp;`, `&#x27;`,
  /// `&#39;`, …) are decoded.
  /// - Complexity: O(*n*).
  static func plainText(fromHTML html: [UInt8]) -> [UInt8] {
    guard html.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
      return html
    }
    var out: [UInt8] = []
    out.reserveCapacity(html.count)
    var i = 0
    while i < html.count {
      let b = html[i]
      if b == UInt8(ascii: "<"), let close = html[i...].firstIndex(of: UInt8(ascii: ">")) {
        let name = tagName(html[(i + 1)..<close])
        if name == "p" {
          while out.last == 0x0A || out.last == 0x20 { out.removeLast() }
          if !out.isEmpty { out += [0x0A, 0x0A] }
        } else if name == "br" {
          out.append(0x0A)
        }
        i = close + 1
        continue
      }
      if b == UInt8(ascii: "&"), let (scalar, length) = reference(html, i) {
        UTF8.encode(scalar) { out.append($0) }
        i += length
        continue
      }
      out.append(b)
      i += 1
    }
    return out
  }

  /// Reddit's escapes undone: its API writes `&`, `<` and `>` as `&amp;`, `&lt;`, `&gt;` in
  /// `body` and `selftext` (markdown is kept as it is).
  static func decodingRedditEscapes(_ text: [UInt8]) -> [UInt8] {
    guard text.contains(UInt8(ascii: "&")) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.count)
    var i = 0
    while i < text.count {
      if text[i] == UInt8(ascii: "&") {
        let rest = text[i...]
        if rest.starts(with: Array("&amp;".utf8)) {
          out.append(UInt8(ascii: "&"))
          i += 5
          continue
        }
        if rest.starts(with: Array("&lt;".utf8)) {
          out.append(UInt8(ascii: "<"))
          i += 4
          continue
        }
        if rest.starts(with: Array("&gt;".utf8)) {
          out.append(UInt8(ascii: ">"))
          i += 4
          continue
        }
      }
      out.append(text[i])
      i += 1
    }
    return out
  }

  /// The lower-case name of a tag (`p` for `<p>`, `/p` and `<p class="x">` alike).
  private static func tagName(_ inside: ArraySlice<UInt8>) -> String {
    var name: [UInt8] = []
    for b in inside.drop(while: { $0 == UInt8(ascii: "/") }) {
      guard (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) else { break }
      name.append(b | 0x20)
    }
    return String(decoding: name, as: UTF8.self)
  }

  private static let named: [String: Unicode.Scalar] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
  ]

  /// The character reference at `i` (`&amp;`, `&#39;`, `&#x2F;`) and its length.
  private static func reference(_ s: [UInt8], _ i: Int) -> (Unicode.Scalar, Int)? {
    guard let semicolon = s[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { return nil }
    let body = s[(i + 1)..<semicolon]
    let length = semicolon - i + 1
    if body.first == UInt8(ascii: "#") {
      let digits = body.dropFirst()
      let hex = digits.first.map { $0 | 0x20 == UInt8(ascii: "x") } ?? false
      let text = String(decoding: hex ? digits.dropFirst() : digits, as: UTF8.self)
      guard let v = UInt32(text, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(v) else {
        return nil
      }
      return (scalar, length)
    }
    return named[String(decoding: body, as: UTF8.self)].map { ($0, length) }
  }
}
