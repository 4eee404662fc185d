import Discussion
import Testing

@testable import GraphExport

@Suite struct TextEscapingTests {
  func xml(_ s: String) -> String {
    var out: [UInt8] = []
    XMLText.append(s, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  func csv(_ s: String) -> String {
    var out: [UInt8] = []
    CSVCell.appendText(s, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  @Test func xmlEscapesAndDropsWhatXMLCannotCarry() {
    #expect(xml("a<b>&\"c\"") == "a&lt;b&gt;&amp;&quot;c&quot;")
    #expect(xml("tab\tLF\nCR\r") == "tab&#9;LF&#10;CR&#13;")
    #expect(xml("bell\u{07}nul\u{00}esc\u{1B}") == "bellnulesc")
    #expect(xml("x\u{FFFE}y\u{FFFF}z\u{FFFD}") == "xyz\u{FFFD}")
    #expect(xml("Съветският пeHиc") == "Съветският пeHиc")
    #expect(XMLText.clean("a\u{01}b\u{0B}c\td") == "abc\td")
  }

  @Test func csvQuotesPerRFC4180AndNeutralisesFormulas() {
    #expect(csv("plain") == "plain")
    #expect(csv("a,b") == "\"a,b\"")
    #expect(csv("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(csv("two\nlines") == "\"two\nlines\"")
    #expect(csv("=SUM(A1)") == "'=SUM(A1)")
    #expect(csv("+44") == "'+44")
    #expect(csv("-x") == "'-x")
    #expect(csv("@me") == "'@me")
    #expect(csv("=a,b") == "\"'=a,b\"")
    #expect(csv("a=b") == "a=b")
    #expect(csv("") == "")
    #expect(csv("\t=tab") == "'\t=tab")
    #expect(csv("\r=cr") == "\"'\r=cr\"")
    // Reversibly: a text that begins with a quote before a formula keeps its own quote.
    #expect(csv("'=x") == "''=x")
    #expect(csv("'plain") == "'plain")
    for text in ["=SUM(A1)", "'=x", "''=x", "'plain", "'", "-", "plain", "a'=b", "\t", ""] {
      var out: [UInt8] = []
      CSVCell.appendText(text, to: &out)
      let cell = String(decoding: out, as: UTF8.self)
      let unquoted = cell.hasPrefix("\"") ? String(cell.dropFirst().dropLast()) : cell
      #expect(CSVCell.reading(unquoted) == text, "\(text.debugDescription)")
    }
  }

  @Test func jsonEscapesOnlyWhatRFC8259Requires() {
    var out: [UInt8] = []
    JSONText.append("q\"b\\n\n\u{01}Ж<&\u{8}\u{C}", to: &out)
    #expect(String(decoding: out, as: UTF8.self) == "\"q\\\"b\\\\n\\n\\u0001Ж<&\\b\\f\"")
  }

  @Test func numbersRoundTripAndMissingValuesAreNil() {
    let column = ExportColumn(
      name: "x", type: .number, description: "", values: .numbers([0.1, .nan, -0.0, 1e-20, 3]))
    #expect(column.text(at: 0) == "0.1")
    #expect(column.text(at: 1) == nil)
    #expect(column.text(at: 2) == "0.0")
    #expect(column.text(at: 3) == "1e-20")
    #expect(column.text(at: 4) == "3.0")
  }
}
