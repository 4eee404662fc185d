import Discussion

extension CorpusSkeleton {
  /// Makes a skeleton from threads handed over batch by batch (``Discussion/ThreadLoader/forEachFile(_:mapping:policy:_:)``),
  /// so that the reader holds a batch of texts at a time (and the next being read): each
  /// thread's mentions and accusations are found when it is added (both are local to a
  /// thread: only commenters who wrote in a thread can be mentioned in it), then only its
  /// columns are kept.
  ///
  /// - Complexity: O(C + L) for C comments and L characters of text scanned (mentions and
  ///   accusations), the texts of each batch scanned in parallel over its threads; memory
  ///   O(C) columns and the distinct names.
  public struct Builder: Sendable {
    private var registry: CommenterRegistry
    private let detectsMentions: Bool
    private let accusations: HostilityMatcher?
    /// Per name number of the registry, its forms for mention detection (with mentions).
    private var names = MentionNames()
    private var spellingOfName: [MentionNames.Spelling] = []
    /// Group and spelling index (high and low 32 bits) → the spelling's forms.
    private var formsOfSpelling: [Int64: MentionNames.Spelling] = [:]

    private var firstComment: [Int] = [0]
    /// Until ``build()``: the registry's group numbers, not commenter indices.
    private var authors: [Int32] = []
    private var targets: [Int32] = []
    private var epochSeconds: [Int64] = []
    private var utcOffsets: [Int32] = []
    private var likes = CountColumn()
    private var dislikes = CountColumn()
    private var flags: [Flags] = []
    /// Targets are group numbers until ``build()``.
    private var mentions: [Mention] = []

    /// - Parameters:
    ///   - mentions: detect the mentions (``MentionDetector``): what the mention and combined
    ///     networks need.
    ///   - accusations: mark replies with one of the matcher's `[accusation]` terms.
    public init(identity: IdentityRule, mentions: Bool, accusations: HostilityMatcher? = nil) {
      registry = CommenterRegistry(identity: identity)
      detectsMentions = mentions
      self.accusations = accusations
    }

    /// Adds `threads` after those added before.
    public mutating func add(_ threads: [CommentThread]) {
      // Comments are read field by field through the array (`comments[i].author`), not
      // copied whole: a copy retains each of their strings.
      let nameNumbers = threads.map { thread in
        let comments = thread.comments
        return comments.indices.map { i -> Int32 in
          guard let name = comments[i].author else { return -1 }
          return registry.add(name, counted: !comments[i].isContext)
        }
      }
      let groups = nameNumbers.map { numbers in
        numbers.map { $0 < 0 ? -1 : registry.groupOfName[Int($0)] }
      }
      if detectsMentions {
        // Forms per spelling as first seen (``Discussion/Commenter/spellings``), shared by the
        // names canonically equivalent to it, as the corpus's commenters give them.
        while spellingOfName.count < registry.names.count {
          let k = Int32(spellingOfName.count)
          let key =
            Int64(registry.groupOfName[Int(k)]) << 32 | Int64(registry.spellingOfName[Int(k)])
          if let forms = formsOfSpelling[key] {
            spellingOfName.append(forms)
          } else {
            let forms = names.add(registry.spelling(ofName: k))
            formsOfSpelling[key] = forms
            spellingOfName.append(forms)
          }
        }
      }
      let found = findings(
        in: threads, groups: groups, nameNumbers: detectsMentions ? nameNumbers : nil)
      for (t, thread) in threads.enumerated() {
        let base = Int32(authors.count)
        authors += groups[t]
        let comments = thread.comments
        for i in comments.indices {
          targets.append(thread.replyTargetIndex[i].map(Int32.init) ?? -1)
          let time = comments[i].time
          epochSeconds.append(time?.epochSeconds ?? .min)
          utcOffsets.append(time?.utcOffsetSeconds ?? 0)
          likes.append(comments[i].likes)
          dislikes.append(comments[i].dislikes)
          var f: Flags = []
          if comments[i].isRemoved { f.insert(.removed) }
          if comments[i].isContext { f.insert(.context) }
          flags.append(f)
        }
        for i in found[t].accusing { flags[Int(base) + i].insert(.accusation) }
        for m in found[t].mentions {
          mentions.append(
            Mention(comment: base + m.comment, target: m.target, evidence: m.evidence))
        }
        firstComment.append(authors.count)
      }
    }

    /// The skeleton of every thread added, authors and mentions as commenter indices.
    public func build() -> CorpusSkeleton {
      let (commenters, commenterOfGroup) = registry.commenters()
      let authors = self.authors.map { $0 < 0 ? $0 : commenterOfGroup[Int($0)] }
      var mentions = self.mentions
      for k in mentions.indices { mentions[k].target = commenterOfGroup[Int(mentions[k].target)] }
      mentions.sort { ($0.comment, $0.target) < ($1.comment, $1.target) }
      return CorpusSkeleton(
        identity: registry.identity, commenters: commenters, firstComment: firstComment,
        authors: authors, targets: targets, epochSeconds: epochSeconds, utcOffsets: utcOffsets,
        likes: likes, dislikes: dislikes, flags: flags,
        mentions: detectsMentions ? mentions : nil, hasAccusations: accusations != nil)
    }

    /// Per thread, the mentions (local comment, group) and the accusing replies, found in
    /// parallel over the threads.
    private func findings(
      in threads: [CommentThread], groups: [[Int32]], nameNumbers: [[Int32]]?
    ) -> [(mentions: [(comment: Int32, target: Int32, evidence: MentionEvidence)], accusing: [Int])]
    {
      guard detectsMentions || accusations != nil else {
        return Array(repeating: ([], []), count: threads.count)
      }
      let names = self.names
      let spellingOfName = self.spellingOfName
      let accusations = self.accusations
      return concurrentMap(count: threads.count) { t in
        let thread = threads[t]
        var accusing: [Int] = []
        if let matcher = accusations {
          for (i, target) in thread.replyTargetIndex.enumerated() where target != nil {
            let accuses = thread.comments[i].withTextUTF8 { text in
              !text.isEmpty && matcher.accuses(matcher.matches(inUTF8: text))
            }
            if accuses { accusing.append(i) }
          }
        }
        var found: [(comment: Int32, target: Int32, evidence: MentionEvidence)] = []
        if let nameNumbers {
          let authors = groups[t].map(Int.init)
          let detector = MentionDetector(
            thread: thread, authors: authors,
            spellings: nameNumbers[t].map { $0 < 0 ? nil : spellingOfName[Int($0)] }, names: names)
          let comments = thread.comments
          for i in comments.indices
          where authors[i] >= 0 && !comments[i].textUTF8.isEmpty && !comments[i].isContext {
            for (target, evidence) in detector.mentions(inComment: i, utf8: comments[i].textUTF8) {
              found.append((Int32(i), Int32(target), evidence))
            }
          }
        }
        return (found, accusing)
      }
    }
  }
}
