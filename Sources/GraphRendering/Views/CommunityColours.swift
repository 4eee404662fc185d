/// Fill colours for communities: the largest drawn community gets the first colour of
/// ``DiagramStyle/communityFills``, and so on; communities beyond the palette share
/// ``DiagramStyle/otherFill``. Ties in size go to the community with the smaller number.
struct CommunityColours {
  /// Colour by community number (only drawn communities).
  private var colours: [Int: String] = [:]
  /// Drawn communities in palette order, with their drawn sizes.
  private(set) var ranked: [(community: Int, size: Int)] = []

  init(membership: [Int], nodes: [Int]) {
    var sizes: [Int: Int] = [:]
    for v in nodes where membership.indices.contains(v) { sizes[membership[v], default: 0] += 1 }
    ranked = sizes.map { ($0.key, $0.value) }.sorted {
      $0.size != $1.size ? $0.size > $1.size : $0.community < $1.community
    }
    for (rank, entry) in ranked.enumerated() where rank < DiagramStyle.communityFills.count {
      colours[entry.community] = DiagramStyle.communityFills[rank]
    }
  }

  func fill(_ community: Int?) -> String {
    community.flatMap { colours[$0] } ?? DiagramStyle.otherFill
  }

  /// "5 communities drawn, 3 coloured" style summary for the caption.
  var summary: String {
    let coloured = min(ranked.count, DiagramStyle.communityFills.count)
    let singles = ranked.filter { $0.size == 1 }.count
    var text = "\(ranked.count) communities among those drawn"
    if ranked.count > coloured { text += ", the \(coloured) largest coloured, the rest grey" }
    if singles > 0 { text += "; \(singles) of one commenter" }
    return text
  }
}
