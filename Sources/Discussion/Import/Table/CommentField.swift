/// The fields of the generic comment table: what a table record can tell about a comment.
/// Their names are the columns ``CommentTableWriter`` writes and the targets of a field
/// mapping (`--field reply_to=parent`).
public enum CommentField: String, Sendable, Hashable, CaseIterable {
  /// The comment's id, unique within its thread (required).
  case id
  /// The thread (article, submission, video) it belongs to.
  case thread
  /// The id of the comment (or post) it replies to.
  case replyTo = "reply_to"
  /// Its author's name.
  case author
  /// When it was written.
  case time
  case likes
  case dislikes
  /// The net score, when the source gives only that.
  case score
  /// Removed by a moderator.
  case removed
  case text
  /// The thread's title, given by its opening post (or by every comment, as Algolia's
  /// Hacker News hits do).
  case title
  /// The name a reply header gave for the target's author.
  case replyToName = "reply_to_name"
  /// The author of a removed comment was recovered from replies.
  case authorRecovered = "author_recovered"
  /// The record is its thread's opening post (a submission, a story).
  case post

  /// Its position in ``allCases``, for arrays indexed by field.
  var ordinal: Int {
    switch self {
    case .id: 0
    case .thread: 1
    case .replyTo: 2
    case .author: 3
    case .time: 4
    case .likes: 5
    case .dislikes: 6
    case .score: 7
    case .removed: 8
    case .text: 9
    case .title: 10
    case .replyToName: 11
    case .authorRecovered: 12
    case .post: 13
    }
  }
}
