/// Writes a ``CommentThread`` in the fakti.bg page-text format, the inverse of
/// ``PageTextImporter``: what it writes reads back to the same thread.
///
/// Used by tests (round trips) and benchmarks (large generated corpora), and to turn a
/// comment table into pages a reader can skim. What the format cannot hold is not written:
/// the author of a removed comment appears only in the reply headers that name it, and comments
/// are numbered by their ``Comment/number`` (ids that are not numbers are written as they are,
/// which the importer will not read back).
public enum PageTextWriter {
  /// The page text of a thread, as UTF-8 bytes, laid out as `layout` says (by default as
  /// browsers copy the page: `•` bullets, indented, LF line ends).
  public static func write(_ thread: CommentThread, layout: PageTextLayout = .page) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(thread.comments.reduce(256) { $0 + $1.textUTF8.count + 120 })
    write(thread, layout: layout, to: &out)
    return out
  }

  /// Appends the page text of a thread to `out`.
  public static func write(
    _ thread: CommentThread, layout: PageTextLayout = .page, to out: inout [UInt8]
  ) {
    let lineEnd: [UInt8] = layout.crlf ? [13, 10] : [10]
    func line(_ s: String = "") {
      out.append(contentsOf: s.utf8)
      out.append(contentsOf: lineEnd)
    }
    let (outer, inner): (String, String)
    switch layout.indentation {
    case .none: (outer, inner) = ("", "")
    case .spaces: (outer, inner) = ("  ", "    ")
    case .tabs: (outer, inner) = ("\t", "\t\t")
    case .nonBreakingSpaces: (outer, inner) = ("\u{A0}\u{A0}", "\u{A0}\u{A0}\u{A0}\u{A0}")
    }
    let bullet = layout.bullet.map { outer + $0 + " " } ?? outer
    line(thread.title ?? "")
    line()
    if let published = thread.published {
      let f = published.localFields
      var date =
        "\(f.day) \(PageTextLexicon.months[f.month - 1]), \(f.year) \(f.hour):\(twoDigits(f.minute))"
      if let views = thread.views { date += " " + DigitGrouping.grouped(views, separator: " ") }
      if let count = thread.declaredCommentCount {
        date += " " + DigitGrouping.grouped(count, separator: " ")
      }
      line(date)
    }
    if !thread.categories.isEmpty {
      line()
      line()
      for category in thread.categories { line(category) }
    }
    for comment in thread.comments {
      if comment.isRemoved {
        line("\(bullet)\(comment.id) \(PageTextLexicon.removedNotice)")
        if !comment.backReferences.isEmpty {
          line(inner + backReferenceLine(comment.backReferences))
        }
        line()
        continue
      }
      line("\(bullet)\(comment.id) \(comment.author ?? "")")
      line()
      line("\(inner)\(comment.likes ?? 0) \(comment.dislikes ?? 0) Отговор")
      if let target = comment.replyTo {
        line()
        line("\(inner)До коментар #\(target) от \"\(comment.replyToName ?? "")\":")
        line()
      }
      for paragraphLine in comment.text.split(separator: "\n", omittingEmptySubsequences: false) {
        if paragraphLine.isEmpty { line() } else { line(inner + paragraphLine) }
      }
      if !comment.backReferences.isEmpty {
        line()
        line(inner + backReferenceLine(comment.backReferences))
      }
      line()
      if let time = comment.time {
        let f = time.localFields
        line(
          "\(inner)\(twoDigits(f.hour)):\(twoDigits(f.minute)) "
            + "\(twoDigits(f.day)).\(twoDigits(f.month)).\(f.year)")
      }
      line()
    }
  }

  static func backReferenceLine(_ ids: [String]) -> String {
    "Коментиран от " + ids.map { "#" + $0 }.joined(separator: ", ")
  }

  static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
