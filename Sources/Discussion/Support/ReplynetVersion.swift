/// The version of replynet: what `replynet --version` prints and what every export's
/// provenance records, so a result can be traced to the code that made it.
public enum ReplynetVersion {
  public static let current = "0.1.0"
}
