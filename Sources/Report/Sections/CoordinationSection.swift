import Discussion
import DiscussionGraph
import Findings

/// Who moves together: the groups of `replynet coordination`, each with its members, the
/// counts of every pair against the null model, example texts and the written-out test.
struct CoordinationSection {
  let view: CoordinationView
  let top: Int

  var html: ReportSectionHTML {
    var body = HowTo.paragraph(
      """
      Two commenters are together in a thread when they write within a few minutes of each \
      other there without answering each other. Busy commenters meet everywhere, so each pair \
      is compared with chance: the comments of every thread are dealt to its commenters at \
      random, keeping how many each wrote. A group is a set of commenters whose pairs are \
      together far more often than that, after allowing for the number of pairs tested. \
      Near-identical texts, replies to the same comment and look-alike names are shown as \
      supporting evidence. A group is a reason to look, not a verdict.
      """)
    body +=
      "<ul class=\"note\">"
      + view.summaryLines().map { "<li>\(HTMLEscaping.text($0))</li>" }.joined() + "</ul>\n"
    let groups = view.analysis.groups
    body += "<ol class=\"cards\">\n"
    for group in groups.prefix(top) {
      let names = group.members.map { view.corpus.commenters[$0].displayName }
      body +=
        "<li class=\"card\">\n<p class=\"meta\"><strong>Group \(group.number)</strong>: "
        + "\(group.members.count) commenters in \(group.threads.count) threads"
        + " · \(HTMLEscaping.text(group.first?.iso8601 ?? "–")) to "
        + "\(HTMLEscaping.text(group.last?.iso8601 ?? "–"))"
        + " · adjusted p = \(FindingsText.number(group.adjustedPValue))</p>\n"
        + "<p>\(HTMLEscaping.text(names.joined(separator: ", ")))</p>\n"
        + FindingsHTML.table(view.pairsTable(group), caption: false)
      for example in view.examples(group) {
        body +=
          "<p class=\"meta\">\(HTMLEscaping.text(example.author)) · \(HTMLEscaping.text(example.comment))</p>"
          + "<blockquote><p>\(HTMLEscaping.text(example.text))</p></blockquote>\n"
      }
      if let explained = view.explain(group: group.number) {
        body +=
          "<details><summary>The arithmetic</summary>\n<pre>"
          + HTMLEscaping.text(explained) + "</pre></details>\n"
      }
      body += "</li>\n"
    }
    body += "</ol>\n"
    if groups.count > top {
      body +=
        "<p class=\"note\">… \(groups.count - top) more in <code>replynet coordination --format json</code></p>\n"
    }
    return ReportSectionHTML(id: "coordination", title: "Coordination", body: body)
  }
}
