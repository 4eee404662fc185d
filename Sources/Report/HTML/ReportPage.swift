import Crypto
import Discussion
import Foundation
import GraphExport

/// One section of the report: its anchor, its heading, and its HTML.
struct ReportSectionHTML {
  var id: String
  var title: String
  var body: String
}

/// The page around the sections: the head with its Content-Security-Policy, a header with
/// the title and the headline figures, the section navigation, the sections, the data for
/// the script, and the script itself.
///
/// The policy allows nothing from anywhere (`default-src 'none'`, `connect-src 'none'`) but
/// the page's own style and script, named by their SHA-256 (no `unsafe-inline`, no
/// `unsafe-eval`), and `data:` images; the page holds no `style=` attribute and no event
/// handler attribute, so nothing else could run or apply.
struct ReportPage {
  var title: String
  var summary: String
  var sections: [ReportSectionHTML]
  /// JSON for the script (the commenter table), already safe for `<script>`.
  var data: String

  var html: String {
    let style = ReportAssets.style
    let script = ReportAssets.script
    let policy = [
      "default-src 'none'", "script-src '\(Self.hash(script))'", "style-src '\(Self.hash(style))'",
      "img-src data:", "connect-src 'none'", "base-uri 'none'", "form-action 'none'",
    ].joined(separator: "; ")
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="\(policy)">
      <meta name="generator" content="replynet \(HTMLEscaping.attribute(ReplynetVersion.current))">
      <title>\(HTMLEscaping.text(title)) · replynet report</title>
      <style>\(style)</style>
      </head>
      <body>
      <a class="skip" href="#main">Skip to the report</a>
      <header class="top">
      <div class="top-row">
      <p class="brand">replynet report</p>
      <button type="button" id="theme" class="theme" aria-label="Colour theme: follows the system">Theme: auto</button>
      </div>
      <h1>\(HTMLEscaping.text(title))</h1>
      <p class="headline">\(summary)</p>
      <nav aria-label="Sections"><ul>

      """
    for section in sections {
      out += "<li><a href=\"#\(section.id)\">\(HTMLEscaping.text(section.title))</a></li>\n"
    }
    out += "</ul></nav>\n</header>\n<main id=\"main\">\n"
    for section in sections {
      out += """
        <section id="\(section.id)" aria-labelledby="\(section.id)-h">
        <h2 id="\(section.id)-h">\(HTMLEscaping.text(section.title))</h2>
        \(section.body)
        </section>

        """
    }
    out += """
      </main>
      <footer><p>Made by replynet \(HTMLEscaping.text(ReplynetVersion.current)). \
      Every number here is also printed by the <code>replynet</code> command line.</p></footer>
      <script type="application/json" id="table-data">\(data)</script>
      <script>\(script)</script>
      </body>
      </html>

      """
    return out
  }

  /// `sha256-…` of a style or script element's text, as a CSP source.
  static func hash(_ text: String) -> String {
    "sha256-" + Data(SHA256.hash(data: Array(text.utf8))).base64EncodedString()
  }
}
