import Discussion

/// Near-duplicate texts written by different commenters anywhere in the corpus, found by
/// MinHash with locality-sensitive hashing (Broder 1997; Indyk and Motwani 1998; Leskovec,
/// Rajaraman and Ullman, "Mining of Massive Datasets", ch. 3): 30 hashes in 10 bands of 3, so
/// that two texts whose shingle sets have Jaccard similarity s share a band with probability
/// 1 − (1 − s³)¹⁰ (0.99 at s = 0.8, 0.74 at s = 0.5, 0.08 at s = 0.2); every candidate is then
/// checked by its exact similarity.
///
/// Stock phrases are not evidence: texts shorter than the minimum are not hashed, and a group
/// of near-identical texts written by more than `stockAuthors` commenters (a slogan many
/// people repeat) is set aside and counted.
struct NearDuplicates: Sendable {
  /// Two comments by different commenters with near-identical texts.
  struct Pair: Sendable {
    var first: CommentRef
    var second: CommentRef
    var similarity: Double
  }

  let pairs: [Pair]
  /// Groups of near-identical texts set aside as stock phrases, and their comments.
  let stockPhrases: Int
  let stockComments: Int

  private static let bands = 10
  private static let rows = 3
  /// A band bucket larger than this is a stock phrase whatever its authors: its pairs are not
  /// enumerated (that would be quadratic in a slogan's popularity).
  private static let maxBucket = 256

  /// - Complexity: O(L + B·K) for L bytes of text and B buckets of at most K = 256
  ///   comments (O(L) hashing, then at most K² candidate checks a bucket: O(C·K) in all for
  ///   C comments).
  init(corpus: Corpus, minWords: Int, similarity: Double, stockAuthors: Int) {
    // Flat arrays (a comment's band keys at keys[i·bands ..< (i+1)·bands]): no allocation
    // per comment.
    var perThread = concurrentMap(count: corpus.threads.count) {
      t -> (refs: [CommentRef], authors: [Int32], keys: [UInt64]) in
      var out: (refs: [CommentRef], authors: [Int32], keys: [UInt64]) = ([], [], [])
      for (i, comment) in corpus.threads[t].comments.enumerated() {
        guard !comment.isContext, let author = corpus.commenterIndex(thread: t, comment: i),
          let shingles = TextShingles.of(comment.textUTF8, minWords: minWords)
        else { continue }
        out.refs.append(CommentRef(thread: t, comment: i))
        out.authors.append(Int32(author))
        Self.appendBandKeys(shingles, to: &out.keys)
      }
      return out
    }
    // Joined part by part, each part freed once copied: never two copies of the keys.
    var parts = perThread
    perThread = []
    var joinedRefs: [CommentRef] = []
    var joinedAuthors: [Int32] = []
    var joinedKeys: [UInt64] = []
    let total = parts.reduce(0) { $0 + $1.refs.count }
    joinedRefs.reserveCapacity(total)
    joinedAuthors.reserveCapacity(total)
    joinedKeys.reserveCapacity(total * Self.bands)
    for k in parts.indices {
      joinedRefs += parts[k].refs
      joinedAuthors += parts[k].authors
      joinedKeys += parts[k].keys
      parts[k] = ([], [], [])
    }
    let (refs, authors, keys) = (joinedRefs, joinedAuthors, joinedKeys)
    var candidates = Set<UInt64>()
    var oversized = Set<Int>()
    for band in 0..<Self.bands {
      var entries = refs.indices.map { (key: keys[$0 * Self.bands + band], index: $0) }
      entries.sort { ($0.key, $0.index) < ($1.key, $1.index) }
      var start = 0
      while start < entries.count {
        var end = start + 1
        while end < entries.count, entries[end].key == entries[start].key { end += 1 }
        if end - start > Self.maxBucket {
          for e in entries[start..<end] { oversized.insert(e.index) }
        } else if end - start > 1 {
          for x in start..<end {
            for y in (x + 1)..<end
            where authors[entries[x].index] != authors[entries[y].index] {
              candidates.insert(UInt64(entries[x].index) << 32 | UInt64(entries[y].index))
            }
          }
        }
        start = end
      }
    }
    // Exact similarity of every candidate, shingles recomputed (holding every comment's
    // shingles would cost more memory than the texts).
    let ordered = candidates.filter {
      !oversized.contains(Int($0 >> 32)) && !oversized.contains(Int($0 & 0xFFFF_FFFF))
    }.sorted()
    let checked = concurrentMap(count: ordered.count) { k -> Pair? in
      let a = refs[Int(ordered[k] >> 32)]
      let b = refs[Int(ordered[k] & 0xFFFF_FFFF)]
      guard
        let x = TextShingles.of(
          corpus.threads[Int(a.thread)].comments[Int(a.comment)].textUTF8,
          minWords: minWords),
        let y = TextShingles.of(
          corpus.threads[Int(b.thread)].comments[Int(b.comment)].textUTF8,
          minWords: minWords)
      else { return nil }
      let s = TextShingles.jaccard(x, y)
      return s >= similarity ? Pair(first: a, second: b, similarity: s) : nil
    }
    let found = checked.compactMap { $0 }
    // Groups of near-identical texts (connected by found pairs); a group by too many
    // commenters is a stock phrase.
    var index: [CommentRef: Int] = [:]
    var sets = DisjointSets(count: 0)
    func node(_ ref: CommentRef) -> Int {
      if let n = index[ref] { return n }
      let n = sets.add()
      index[ref] = n
      return n
    }
    for pair in found { sets.union(node(pair.first), node(pair.second)) }
    var authorsOf: [Int: Set<Int>] = [:]
    var sizeOf: [Int: Int] = [:]
    for (ref, n) in index {
      let root = sets.find(n)
      if let author = corpus.commenterIndex(thread: Int(ref.thread), comment: Int(ref.comment)) {
        authorsOf[root, default: []].insert(author)
      }
      sizeOf[root, default: 0] += 1
    }
    let stockRoots = Set(authorsOf.filter { $0.value.count > stockAuthors }.keys)
    pairs = found.filter { !stockRoots.contains(sets.find(index[$0.first]!)) }
    stockPhrases = stockRoots.count + (oversized.isEmpty ? 0 : 1)
    stockComments = stockRoots.reduce(0) { $0 + sizeOf[$1]! } + oversized.count
  }

  /// Appends the band keys of a MinHash signature of `shingles` (never empty) to `keys`.
  private static func appendBandKeys(_ shingles: [UInt64], to keys: inout [UInt64]) {
    for band in 0..<bands {
      var key = UInt64(band) &* 0xD6E8_FEB8_6659_FD93
      for row in 0..<rows {
        let seed = TextShingles.mix(UInt64(band * rows + row) &+ 0x5851_F42D_4C95_7F2D)
        var least = UInt64.max
        for s in shingles { least = min(least, TextShingles.mix(s ^ seed)) }
        key = TextShingles.mix(key ^ least)
      }
      keys.append(key)
    }
  }
}
