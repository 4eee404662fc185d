import Foundation

/// Generates realistic synthetic comment threads for benchmarks and property tests:
/// heavy-tailed thread sizes and commenter activity, replies biased to recent comments,
/// removed comments (some with replies, so their authors are recovered), back-and-forth
/// exchanges between two commenters, and the page's back-references.
///
/// Each thread is a pure function of the seed and its index, so a corpus can be generated
/// thread by thread in constant memory, in parallel, and the same on every machine. The
/// generator records what it planted (``PlantedExchange``) so tests can check that analyses
/// find it.
public struct SyntheticCorpus: Sendable {
  public struct Parameters: Sendable, Hashable {
    public var threads: Int
    /// Mean comments per thread (sizes follow a Pareto-like tail, at least 3).
    public var meanCommentsPerThread: Int
    /// Size of the commenter population; activity is heavy-tailed over it.
    public var commenters: Int
    /// Probability that a comment replies to an earlier one.
    public var replyProbability: Double
    /// Probability that a comment was removed by a moderator.
    public var removedProbability: Double
    /// Probability that a reply starts a back-and-forth exchange.
    public var exchangeProbability: Double
    public var seed: UInt64
    /// Probability that a reply carries an insult from ``SyntheticCorpus/insults`` (often
    /// disguised), recorded as a ``PlantedHostileReply``. At 0 (the default) the generator
    /// draws no extra random numbers, so corpora are the same as before the parameter existed.
    public var hostileReplyProbability: Double
    /// Brigades and their decoys (``CoordinationPlan``); none by default.
    public var coordination: CoordinationPlan

    public init(
      threads: Int = 10, meanCommentsPerThread: Int = 60, commenters: Int = 500,
      replyProbability: Double = 0.35, removedProbability: Double = 0.02,
      exchangeProbability: Double = 0.08, seed: UInt64 = 1, hostileReplyProbability: Double = 0,
      coordination: CoordinationPlan = CoordinationPlan()
    ) {
      self.threads = threads
      self.meanCommentsPerThread = meanCommentsPerThread
      self.commenters = commenters
      self.replyProbability = replyProbability
      self.removedProbability = removedProbability
      self.exchangeProbability = exchangeProbability
      self.seed = seed
      self.hostileReplyProbability = hostileReplyProbability
      self.coordination = coordination
    }
  }

  /// A back-and-forth the generator planted: comment ids in reply order, alternating
  /// between two authors.
  public struct PlantedExchange: Sendable, Hashable {
    public var threadID: String
    public var commentIDs: [String]
  }

  /// An insult the generator put into a reply: the comment and the text it appended.
  public struct PlantedHostileReply: Sendable, Hashable {
    public var threadID: String
    public var commentID: String
    public var insult: String
  }

  /// One generated thread with everything planted in it.
  public struct GeneratedThread: Sendable {
    public var thread: CommentThread
    public var exchanges: [PlantedExchange]
    public var hostileReplies: [PlantedHostileReply]
  }

  public let parameters: Parameters

  public init(_ parameters: Parameters) { self.parameters = parameters }

  /// All threads (use ``thread(_:)`` to stream large corpora instead).
  public func threads() -> [CommentThread] { (0..<parameters.threads).map { thread($0).thread } }

  /// All threads as one corpus, their replies resolved as an importer resolves them (the
  /// generator leaves them unresolved, as an importer receives them).
  public func corpus() -> Corpus {
    Corpus(
      threads: threads().map {
        var thread = $0
        ReplyResolution.resolve(&thread)
        return thread
      })
  }

  /// Thread number `index` and the exchanges planted in it.
  public func thread(_ index: Int) -> (thread: CommentThread, exchanges: [PlantedExchange]) {
    let generated = generate(index)
    return (generated.thread, generated.exchanges)
  }

  /// Thread number `index` with its planted exchanges and hostile replies.
  public func generate(_ index: Int) -> GeneratedThread {
    var rng = SplitMix64(seed: parameters.seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(index))
    let id = "synthetic-\(parameters.seed)-\(index)"
    let mean = Double(max(3, parameters.meanCommentsPerThread))
    let size = max(3, min(Int(mean * 20), Int(mean * 0.6 * pow(rng.unit() + 1e-9, -0.4))))
    // Published between 2024-01-01 and 2025-12-31, on the minute.
    let published = CommentTime.sofia(
      year: 2024 + Int(rng.next() % 2), month: 1 + Int(rng.next() % 12),
      day: 1 + Int(rng.next() % 28),
      hour: 6 + Int(rng.next() % 16), minute: Int(rng.next() % 60))!
    var clock = published.epochSeconds
    var comments: [Comment] = []
    comments.reserveCapacity(size + 8)
    var authors: [Int] = []
    var exchanges: [PlantedExchange] = []
    var hostileReplies: [PlantedHostileReply] = []
    var pendingExchange: (a: Int, b: Int, last: Int, turnsLeft: Int, ids: [String])? = nil
    // Planted coordination draws from its own stream (none at all with an empty plan).
    var plantRNG = SplitMix64(seed: parameters.seed &* 0x9FB2_1C65_1E98_DF25 &+ UInt64(index))
    var bursts =
      parameters.coordination.isEmpty
      ? [] : parameters.coordination.bursts(thread: index, size: size, rng: &plantRNG)

    while comments.count < size {
      if pendingExchange == nil, let burst = bursts.first, burst.position <= comments.count {
        bursts.removeFirst()
        for post in posts(of: burst, authors: authors, rng: &plantRNG) {
          clock += post.delay
          var comment = Comment(
            id: String(comments.count + 1), author: name(of: post.author), likes: votes(&plantRNG),
            dislikes: votes(&plantRNG), text: post.text,
            time: CommentTime.sofia(epochSeconds: clock),
            sourceLine: 0)
          if let target = post.target {
            comment.replyTo = comments[target].id
            comment.replyToName = comments[target].author
            if !comments[target].isRemoved {
              comments[target].backReferences.append(comment.id)
            }
          }
          comments.append(comment)
          authors.append(post.author)
        }
        continue
      }
      let number = comments.count + 1
      clock += 60 * Int64(1 + rng.next() % 6)
      var author = pickCommenter(&rng)
      var target: Int? = nil
      if var ex = pendingExchange {
        // Continue the back-and-forth: the other party answers the last turn.
        author = authors[ex.last] == ex.a ? ex.b : ex.a
        target = ex.last
        ex.last = comments.count
        ex.turnsLeft -= 1
        ex.ids.append(String(number))
        pendingExchange = ex.turnsLeft > 0 ? ex : nil
        if ex.turnsLeft == 0 { exchanges.append(PlantedExchange(threadID: id, commentIDs: ex.ids)) }
      } else if !comments.isEmpty && rng.unit() < parameters.replyProbability {
        let back = Int(Double(comments.count) * rng.unit() * rng.unit())
        target = comments.count - 1 - back
        if authors[target!] == author { author = (author + 1) % parameters.commenters }
        if !comments[target!].isRemoved && rng.unit() < parameters.exchangeProbability
          && authors[target!] != author
        {
          pendingExchange = (
            authors[target!], author, comments.count, 1 + Int(rng.next() % 5),
            [comments[target!].id, String(number)]
          )
        }
      }
      let removed =
        pendingExchange == nil && target == nil && rng.unit() < parameters.removedProbability
      var body = text(&rng)
      let stock = parameters.coordination.stockPhraseProbability
      if stock > 0, plantRNG.unit() < stock {
        body = Self.stockPhrases[Int(plantRNG.next() % UInt64(Self.stockPhrases.count))]
      }
      var comment = Comment(
        id: String(number), author: name(of: author), likes: votes(&rng), dislikes: votes(&rng),
        text: body, time: CommentTime.sofia(epochSeconds: clock),
        isRemoved: removed, sourceLine: 0)
      if target != nil, !removed, parameters.hostileReplyProbability > 0,
        rng.unit() < parameters.hostileReplyProbability
      {
        let insult = Self.insults[Int(rng.next() % UInt64(Self.insults.count))]
        comment.text += " " + insult
        hostileReplies.append(
          PlantedHostileReply(threadID: id, commentID: comment.id, insult: insult))
      }
      if let target {
        comment.replyTo = comments[target].id
        comment.replyToName = name(of: authors[target])
        if !comments[target].isRemoved { comments[target].backReferences.append(comment.id) }
      }
      comments.append(comment)
      authors.append(author)
    }
    // A removed comment shows nothing; its author is known only through replies to it.
    var repliedTo = Set<String>()
    for c in comments { if let t = c.replyTo { repliedTo.insert(t) } }
    for i in comments.indices where comments[i].isRemoved {
      let known = repliedTo.contains(comments[i].id)
      comments[i] = Comment(
        id: comments[i].id, author: known ? comments[i].author : nil, authorIsRecovered: known,
        isRemoved: true, sourceLine: 0)
    }
    let thread = CommentThread(
      id: id, sourceFile: id + ".txt",
      title: sentence(&rng, words: 6 + Int(rng.next() % 8)),
      published: published, views: 100 + Int(rng.next() % 50_000), declaredCommentCount: size,
      categories: [Self.categories[Int(rng.next() % UInt64(Self.categories.count))]],
      comments: comments)
    return GeneratedThread(thread: thread, exchanges: exchanges, hostileReplies: hostileReplies)
  }

  /// Heavy-tailed activity: a few commenters write most comments.
  private func pickCommenter(_ rng: inout SplitMix64) -> Int {
    let u = rng.unit()
    return min(parameters.commenters - 1, Int(Double(parameters.commenters) * u * u * u))
  }

  private func votes(_ rng: inout SplitMix64) -> Int {
    let u = rng.unit()
    return Int(pow(u, 3) * 40)
  }

  /// A unique, realistic display name for commenter `i` (some with Latin look-alikes).
  public func name(of i: Int) -> String {
    let first = Self.firstWords[i % Self.firstWords.count]
    let second = Self.secondWords[(i / Self.firstWords.count) % Self.secondWords.count]
    let round = i / (Self.firstWords.count * Self.secondWords.count)
    var name = second.isEmpty ? first : first + " " + second
    if round > 0 { name += " \(round)" }
    return name
  }

  private func text(_ rng: inout SplitMix64) -> String {
    let paragraphs = rng.unit() < 0.85 ? 1 : 2 + Int(rng.next() % 2)
    return (0..<paragraphs).map { _ in sentence(&rng, words: 4 + Int(pow(rng.unit(), 2) * 60)) }
      .joined(separator: "\n\n")
  }

  private func sentence(_ rng: inout SplitMix64, words: Int) -> String {
    var s = ""
    for k in 0..<words {
      if k > 0 { s += " " }
      s += Self.vocabulary[Int(rng.next() % UInt64(Self.vocabulary.count))]
    }
    return s + (rng.unit() < 0.3 ? "!" : ".")
  }

  /// Insults planted into hostile replies, several disguised as users disguise them (split
  /// words, digits and Latin letters for Cyrillic ones, repeated letters, capitals).
  public static let insults = [
    "Копейка такава!", "ма йму на", "бавн0 ра 3 виващ", "ИДИОТ!!!", "к.о.п.е.й.к.а", "дeбил",
    "тъпааак", "отрепка", "ку4ка", "6оклук", "рубладжия", "соросоид", "плъх", "гнида такава",
  ]

  static let categories = ["Беларус", "България", "Свят", "Политика", "Икономика", "Спорт"]
  static let firstWords = [
    "Иван", "Петър", "Мария", "Гост", "Дедо", "Баце", "Копейка", "Патриот", "Читател", "Анонимен",
    "Сатана", "Лелее", "Щастливеца", "Наблюдател", "Бай Ганьо", "Стария", "Зрител", "Истината",
    "Гражданин", "Мнение", "Умник", "Тролът", "Kозел", "Путин нинджата", "Русофил", "Евроатлантик",
    "Съветският", "Кривоверен", "Пенсионер", "Студент", "Шофьор", "Доктор", "Инженер", "Фермер",
    "Учителка", "Баба Мара", "Чичо Тошо", "Вечния", "Скептик", "Оптимист",
  ]
  static let secondWords = [
    "", "от София", "от Варна", "Z", "2024", "Петров", "Иванов", "алкаш", "пeHиc", "Истинския",
    "патриот", "без маска", "от село", "БГ", "от Пловдив", "с мнение", "прав", "гневен", "тъжен",
    "весел", "ядосан", "наблюдател", "аkp00бат", "на пенсия", "в чужбина", "от Бургас", "мъдрец",
    "копейкин", "лъжец", "герой",
  ]
  static let vocabulary = [
    "Лукашенко", "Путин", "Европа", "санкциите", "ЕС", "НАТО", "България", "правителството",
    "хората", "пенсиите", "цените", "войната", "мир", "истината", "лъжи", "медиите", "народът",
    "и", "да", "не", "се", "на", "в", "с", "от", "за", "че", "това", "те", "ние", "вие", "са",
    "ще", "бъде", "има", "няма", "много", "малко", "пак", "само", "още", "вече", "винаги",
    "никога", "защо", "кой", "какво", "кога", "къде", "как", "добре", "зле", "нали", "ха",
    "смешно", "тъжно", "срамота", "браво", "прав", "грешиш", "копейки", "либерасти", "запада",
    "изтока", "Москва", "Вашингтон", "Брюксел", "Киев", "Минск", "президента", "министъра",
    "парламента", "изборите", "партиите", "корупция", "мафия", "държавата", "бъдещето",
  ]
}
