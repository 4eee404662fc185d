/// The colours, font and sizes every diagram shares.
///
/// Colours come from Paul Tol's schemes, designed to stay distinct for the common forms of
/// colour blindness (https://personal.sron.nl/~pault/, "light" and "vibrant" schemes):
/// community fills from the light scheme, so that black text stays readable on them, and
/// marks (hostile, controversial, mention) from the vibrant scheme.
public enum DiagramStyle {
  /// The font every label is set in, named explicitly: DejaVu Sans covers Cyrillic, Greek and
  /// Latin (Debian: `fonts-dejavu-core`), so no label falls back to a font without the glyphs.
  public static let fontName = "DejaVu Sans"

  /// Fills for communities, largest community first (Tol's light scheme, pale grey left out).
  public static let communityFills = [
    "#77AADD", "#EE8866", "#44BB99", "#EEDD88", "#FFAABB", "#99DDFF", "#BBCC33", "#AAAA00",
  ]
  /// The fill of nodes in communities beyond the palette, and of nodes without a community.
  public static let otherFill = "#DDDDDD"

  /// Ordinary lines and text.
  public static let ink = "#333333"
  /// Hostile replies and feuds (Tol vibrant red).
  public static let hostile = "#CC3311"
  /// The outline of controversial comments (Tol vibrant orange).
  public static let controversial = "#EE7733"
  /// Mention edges (Tol vibrant blue).
  public static let mention = "#0077BB"
  /// Removed comments and things that are not in the copy.
  public static let removedFill = "#EEEEEE"
  public static let removedInk = "#888888"
  /// Fill of ordinary comments in the thread view.
  public static let commentFill = "#FFFFFF"
  /// Fill of comments in a reply chain in the thread view (Tol light blue, pale).
  public static let replyFill = "#DDEEFF"
}
