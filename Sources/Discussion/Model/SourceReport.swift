/// How one input was read: the layout recognised in it, the comments it gave, and every field
/// of its records that was not read, with the number of records that had it. Beside the
/// threads' ``IntegrityReport``s, it is what lets a user see that a file was read as they
/// meant (a ConvoKit corpus read as a ConvoKit corpus) and that nothing in it was passed over
/// unnamed.
public struct SourceReport: Sendable, Hashable {
  /// A field of the input's records that no comment field is read from.
  public struct UnreadField: Sendable, Hashable {
    /// Its name (a dotted path for a member of an object: `meta.gilded`; a side file's
    /// fields are prefixed with its name: `conversations.json: meta.num_comments`).
    public var name: String
    /// How many records had it.
    public var records: Int

    public init(name: String, records: Int) {
      self.name = name
      self.records = records
    }
  }

  /// The input ("-" for standard input; a ConvoKit corpus: its directory).
  public var file: String
  /// What it was read as: "page text (• bullets, indented)", "Reddit dump (Pushshift /
  /// Arctic Shift)", "ConvoKit corpus", ….
  public var layout: String
  /// Comments read from it.
  public var comments: Int
  /// Fields not read, by name.
  public var unreadFields: [UnreadField]

  public init(file: String, layout: String, comments: Int, unreadFields: [UnreadField] = []) {
    self.file = file
    self.layout = layout
    self.comments = comments
    self.unreadFields = unreadFields
  }
}
