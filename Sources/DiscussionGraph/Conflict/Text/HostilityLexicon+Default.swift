// Generated from Resources/hostility-bg.txt: do not edit; edit the .txt and regenerate with
//   make lexicon   (see the Makefile; a test checks that the two agree)

extension HostilityLexicon {
  /// The text of `Conflict/Text/Resources/hostility-bg.txt`, embedded so that the library
  /// needs no bundle resources.
  public static let defaultText = #"""
    # hostility-bg.txt: the default hostility lexicon of `replynet conflict`.
    #
    # Bulgarian insults, slurs and dehumanising labels common in the comment sections of news
    # sites. A comment's hostility is the sum of the weights of the entries its text matches
    # (every occurrence counts); a comment is hostile when it matches at least one entry.
    #
    # Format: one entry a line, `TERM [WEIGHT]`.
    #   - TERM is matched as a whole word; a trailing `*` makes it a stem that matches any ending
    #     ("копей*" matches "копейки", "копейките", "копейкин"). A term may hold spaces
    #     ("мозъчно увреден*"); they are ignored when matching.
    #   - WEIGHT is a positive number (default 1): how strong the term is.
    #   - `#` starts a comment; blank lines are ignored.
    #   - A line `[accusation]` starts the entries that accuse the person addressed of being a
    #     troll or paid (Mihaylov, Georgiev and Nakov, CoNLL 2015): hostile like the others, and
    #     a reply that uses one accuses the commenter it replies to (`accused_by` counts the
    #     distinct accusers). `[hostility]` goes back to plain entries.
    # Matching sees through disguises: case, Latin look-alike letters (a b c e h k m o p t x y),
    # digits for letters (0→о, 3→з, 4→ч, 6→б), spaces, dots, hyphens or underscores inside a
    # word ("ма йму няк", "к.о.п.е.й.к.и"; only for terms of 4 letters or more) and repeated
    # letters ("копееейки"). A match must start where a word starts, so a word that merely
    # contains a term ("загадка" for "гад") does not match.
    # Replace this list with `replynet conflict --lexicon FILE`.

    # Political labels used as insults
    купей* 1
    ватник* 1
    путлер* 1
    путинист* 0.5
    либераст* 1
    содомит* 1
    евроджендър* 1
    подлог* 1
    продажник* 1
    продажниц* 1
    предател* 1
    нацист* 0.5
    фашист* 0.5
    рашист* 1
    укронацист* 1
    укропи 1
    укропите 1
    хохол* 1

    # Dehumanising labels
    маймун* 1.5
    говедо 1
    говеда 1
    свиня 1
    свине 1
    свини 1
    свиньо 1
    овце 0.5
    овцете 0.5
    плъх 1
    плъхове 1
    плъхо 1
    хлебарк* 1.5
    паразит* 1
    гнид* 1.5
    измет 1.5
    отрепк* 1.5
    мърша 1.5
    скот 1
    скотове 1
    скотина 1
    урод* 1

    # Insults of the mind
    идиот* 1
    дебил* 1.5
    кретен* 1.5
    малоумн* 1.5
    бавноразвиващ* 1.5
    олигофрен* 1.5
    дегенерат* 1.5
    безмозъч* 1
    мозъчно увреден* 1.5
    тъп 0.5
    тъпа 0.5
    тъпи 0.5
    тъпак* 1
    тъпанар* 1
    простак* 1
    простаци 1
    простачк* 1
    луд 0.5
    лудак* 1
    загубеняк* 1
    нещастник* 1
    нещастниц* 1

    # Vulgar insults and slurs
    сифилистик* 1.5
    сифилистици 1.5
    курв* 1.5
    кучк* 1
    копеле 1
    копелета 1
    копелдак* 1
    педал 1.5
    педали 1.5
    педераст* 2
    мангали 2
    мангалите 2
    гад 1
    гадове 1
    гадина 1
    гадино 1
    гадняр* 1
    лайно 1
    лайна 1
    лайнар* 1
    мръсник* 1
    мръсниц* 1
    смрад* 1
    боклук 0.5
    боклуци 0.5
    мизерник* 1
    алкаш* 0.5

    # Accusations of being a troll or paid (by the Kremlin: копейки, рубли; by Soros). "купей*",
    # a misspelling of "копей*", stays a plain entry: it also matches "купейни" (train cars).
    [accusation]
    копей* 1
    рубладжи* 1
    рублоид* 1
    соросоид* 1
    трол 0.5
    трола 0.5
    троле 0.5
    тролът 0.5
    тролов* 0.5
    тролче 0.5
    тролчета 0.5
    тролск* 0.5

    """#
}
