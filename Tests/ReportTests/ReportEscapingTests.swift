import Testing

@testable import Report

@Suite("Report escaping")
struct ReportEscapingTests {
  @Test("User text never becomes markup, in text, attributes or inline JSON")
  func escaping() {
    let hostile = "<img src=x onerror=alert(1)> </script><script>alert(2)</script> \"'&"
    let text = HTMLEscaping.text(hostile)
    #expect(!text.contains("<") && !text.contains(">"))
    #expect(text.contains("&lt;img src=x onerror=alert(1)&gt;"))
    let attribute = HTMLEscaping.attribute(hostile)
    #expect(!attribute.contains("\"") && !attribute.contains("'") && !attribute.contains("<"))
    let json = HTMLEscaping.scriptJSON("{\"name\":\"\(hostile)\u{2028}\"}")
    #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
    #expect(json.contains("\\u003c/script\\u003e") && json.contains("\\u2028"))
    // Control characters are shown, not dropped.
    #expect(HTMLEscaping.text("a\u{8}b\u{C}c") == "a\u{FFFD}b\u{FFFD}c")
  }
}
