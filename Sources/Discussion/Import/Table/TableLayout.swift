/// How a comment table names and means its fields: replynet's own table, or the layout of a
/// program that collects comments. Recognised from a file's first record by its field names,
/// never by the file's name, and reported ("read as …") so that a user sees how each file was
/// read. A ``FieldMapping`` overrides where any field is read from.
///
/// | layout | recognised by | made by |
/// |---|---|---|
/// | replynet | `id` | `replynet parse`, any scraper writing these names |
/// | ConvoKit | `speaker` and `conversation_id` (or `root`) | ConvoKit's `Corpus.dump` |
/// | Reddit dump | `parent_id` and `link_id`, or `title`, `subreddit` and `selftext` | Pushshift, Arctic Shift |
/// | Hacker News | `id`, `type` (story, comment, …), `time`, and `by`, `parent` or `kids` | the Firebase API, the BigQuery table |
/// | Hacker News (Algolia) | `objectID` with `story_id` or `comment_text` | the Algolia search API |
/// | YouTube | `cid` with `votes`, `reply` or `time_parsed` | youtube-comment-downloader |
/// | 4CAT | `thread_id`, `id`, `body` and `timestamp` | 4CAT's CSV exports |
public struct TableLayout: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case replynet
    case convoKit = "convokit"
    case redditDump = "reddit"
    case hackerNews = "hackernews"
    case hackerNewsAlgolia = "hackernews-algolia"
    case youtube
    case fourCATReddit = "4cat-reddit"
    case fourCAT4chan = "4cat-4chan"
    case fourCATTelegram = "4cat-telegram"
    case fourCAT = "4cat"
  }

  public let kind: Kind
  /// Where each field is read from: alternatives, the first present one wins (for `removed`,
  /// any that says so).
  private(set) var sources: [CommentField: [FieldPath]]
  /// Fields the user mapped (they take their value from that path only).
  private(set) var mapped: Set<CommentField> = []

  init(_ kind: Kind) {
    self.kind = kind
    sources = Self.defaultSources(kind).mapValues { $0.compactMap(FieldPath.init) }
  }

  /// The layout a program reading it would name, for the integrity summary.
  public var name: String {
    switch kind {
    case .replynet: "comment table"
    case .convoKit: "ConvoKit utterances"
    case .redditDump: "Reddit dump (Pushshift / Arctic Shift)"
    case .hackerNews: "Hacker News items"
    case .hackerNewsAlgolia: "Hacker News (Algolia search hits)"
    case .youtube: "youtube-comment-downloader"
    case .fourCATReddit: "4CAT export (Reddit)"
    case .fourCAT4chan: "4CAT export (4chan; replies from >>N quotes)"
    case .fourCATTelegram: "4CAT export (Telegram)"
    case .fourCAT: "4CAT export"
    }
  }

  /// The layout with the user's mapping applied.
  func mapping(_ mapping: FieldMapping) -> TableLayout {
    var layout = self
    for (field, path) in mapping.paths {
      layout.sources[field] = [path]
      layout.mapped.insert(field)
    }
    return layout
  }

  /// Whether a mapped field overrides what the layout derives for it (a YouTube reply's
  /// target from its `cid`, say).
  func isMapped(_ field: CommentField) -> Bool { mapped.contains(field) }

  /// Every path read, once each, in a fixed order.
  var paths: [FieldPath] {
    var seen: Set<FieldPath> = []
    var all: [FieldPath] = []
    for field in CommentField.allCases {
      for path in sources[field] ?? [] where seen.insert(path).inserted { all.append(path) }
    }
    return all
  }

  /// Field names that look like a link to a parent comment: when one of them is not read and
  /// no reply resolves, the summary says which option would read it.
  static let parentLikeNames: Set<String> = [
    "parent", "parent_id", "parentid", "parent_comment_id", "parent_comment", "parentcomment",
    "reply-to", "reply_to", "replyto", "reply_to_id", "in_reply_to", "in-reply-to",
    "inreplyto", "in_reply_to_id", "in_reply_to_status_id", "reply_to_comment",
    "reply_to_comment_id", "replied_to", "answer_to", "parent_cid", "target", "target_id",
  ]

  // MARK: - Recognition

  /// The layout of a file whose first record has `keys` (lower case; nested members as
  /// `meta.likes`), or `nil` when none fits. Layouts of other programs are tried before
  /// replynet's own, whose `id` nearly every table has.
  /// `value` gives the first record's text for a key (for layouts that a field's value
  /// tells: Hacker News items have a `type` of story, comment, poll, pollopt or job).
  static func recognise(
    keys: Set<String>, value: (String) -> String? = { _ in nil },
    mapping: FieldMapping = FieldMapping()
  ) -> TableLayout? {
    func has(_ k: String) -> Bool { keys.contains(k) }
    func any(_ ks: String...) -> Bool { ks.contains(where: has) }
    let kind: Kind?
    if has("id") && has("parent_id") && has("link_id") {
      kind = .redditDump
    } else if has("id") && has("title") && has("subreddit") && any("selftext", "is_self") {
      kind = .redditDump
    } else if has("objectid") && any("story_id", "comment_text", "created_at_i") {
      kind = .hackerNewsAlgolia
    } else if has("id") && has("type") && has("time") && any("by", "parent", "kids")
      && Self.hackerNewsTypes.contains(value("type")?.asciiLowercased ?? "")
    {
      kind = .hackerNews
    } else if has("cid") && any("votes", "reply", "time_parsed", "channel") {
      kind = .youtube
    } else if has("thread_id") && has("id") && has("body") && has("timestamp") {
      if has("parent") && has("subreddit") {
        kind = .fourCATReddit
      } else if has("board") {
        kind = .fourCAT4chan
      } else if has("chat") && has("reply_to") {
        kind = .fourCATTelegram
      } else {
        kind = .fourCAT
      }
    } else if has("id") && has("speaker") && any("conversation_id", "root") {
      kind = .convoKit
    } else if has("id") || mapping.paths[.id] != nil {
      kind = .replynet
    } else {
      kind = nil
    }
    return kind.map { TableLayout($0).mapping(mapping) }
  }

  /// The item types of Hacker News.
  static let hackerNewsTypes: Set<String> = ["story", "comment", "poll", "pollopt", "job"]

  // MARK: - Sources

  private static func defaultSources(_ kind: Kind) -> [CommentField: [String]] {
    switch kind {
    case .replynet:
      return [
        .id: ["id"], .thread: ["thread", "conversation_id", "root"],
        .replyTo: ["reply_to", "reply-to"],
        .author: [
          "author", "speaker", "speaker.id", "speaker.name", "user", "user.id", "user.name",
        ],
        .time: ["time", "timestamp"], .likes: ["likes", "meta.likes"],
        .dislikes: ["dislikes", "meta.dislikes"], .score: ["score", "meta.score"],
        .removed: ["removed", "meta.removed"], .text: ["text"], .title: ["title"],
        .replyToName: ["reply_to_name"], .authorRecovered: ["author_recovered"], .post: ["post"],
      ]
    case .convoKit:
      // ConvoKit's names first; replynet's own as they may stand beside them in a table
      // written with ConvoKit's names ("older names", README).
      return [
        .id: ["id"], .thread: ["conversation_id", "root", "thread"],
        .replyTo: ["reply-to", "reply_to"],
        .author: ["speaker", "speaker.id", "speaker.name", "user", "author"],
        .time: ["timestamp", "time"], .likes: ["meta.likes", "likes"],
        .dislikes: ["meta.dislikes", "dislikes"], .score: ["meta.score", "score"],
        .removed: ["meta.removed", "removed"], .text: ["text"], .title: ["title"],
        .replyToName: ["reply_to_name"], .authorRecovered: ["author_recovered"], .post: ["post"],
      ]
    case .redditDump:
      return [
        .id: ["id"], .thread: ["link_id"], .replyTo: ["parent_id"], .author: ["author"],
        .time: ["created_utc"], .score: ["score"],
        .removed: ["removed_by_category", "_meta.removal_type"],
        .text: ["body", "selftext"], .title: ["title"],
      ]
    case .hackerNews:
      return [
        .id: ["id"], .replyTo: ["parent"], .author: ["by"], .time: ["time"],
        .score: ["score"], .removed: ["deleted", "dead"], .text: ["text"], .title: ["title"],
        .post: ["type"],
      ]
    case .hackerNewsAlgolia:
      return [
        .id: ["objectid"], .thread: ["story_id"], .replyTo: ["parent_id"], .author: ["author"],
        .time: ["created_at_i", "created_at"], .score: ["points"],
        .text: ["comment_text", "story_text"], .title: ["title", "story_title"],
      ]
    case .youtube:
      return [
        .id: ["cid"], .author: ["author"], .time: ["time_parsed"], .likes: ["votes"],
        .text: ["text"],
      ]
    case .fourCATReddit:
      return [
        .id: ["id"], .thread: ["thread_id"], .replyTo: ["parent"], .author: ["author"],
        .time: ["unix_timestamp", "timestamp"], .score: ["score"], .text: ["body"],
        .title: ["subject"],
      ]
    case .fourCAT4chan:
      return [
        .id: ["id"], .thread: ["thread_id"], .author: ["author"],
        .time: ["unix_timestamp", "timestamp"], .removed: ["timestamp_deleted"],
        .text: ["body"], .title: ["subject"],
      ]
    case .fourCATTelegram:
      return [
        .id: ["id"], .thread: ["thread_id"], .replyTo: ["reply_to"],
        .author: ["author_username", "author_name", "author"],
        .time: ["unix_timestamp", "timestamp"], .text: ["body"], .title: ["subject"],
      ]
    case .fourCAT:
      return [
        .id: ["id"], .thread: ["thread_id"], .author: ["author"],
        .time: ["unix_timestamp", "timestamp"], .text: ["body"], .title: ["subject"],
      ]
    }
  }
}
