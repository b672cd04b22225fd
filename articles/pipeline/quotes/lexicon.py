"""Word lists the attribution rules read: speech verbs, titles, pronouns, organization heads."""

import re


def words(text: str) -> list[str]:
    """The words of a list written as one string, as the tables below are."""
    return text.split()


def _inflect(verb: str) -> set[str]:
    """The forms news prints of a regular speech verb: add, adds, added, adding."""
    if verb.endswith("e"):
        stem = verb[:-1]
        return {verb, verb + "s", stem + "ed", stem + "ing"}
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return {verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb):
        return {verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    if verb.endswith(("sh", "ch", "ss", "x")):
        return {verb, verb + "es", verb + "ed", verb + "ing"}
    return {verb, verb + "s", verb + "ed", verb + "ing"}


REGULAR_SPEECH_VERBS = words(
    """
    add acknowledge affirm allege announce answer argue ask assert assure bark blast boast caution
    charge chant cheer claim comment complain concede conclude confirm contend continue counter crow
    declare decry demand deny describe emphasise emphasize estimate exclaim explain gush hint
    implore insist joke lament maintain mention muse note object observe opine plead pledge point
    post predict proclaim promise protest question quip recall recount reiterate remark remind reply
    report respond retort scoff scream shout sigh snap state stress suggest summarise summarize
    testify tweet underline underscore urge vow warn whisper worry yell
    """
)

IRREGULAR_SPEECH_VERBS = words(
    """
    say says said saying tell tells told telling write writes wrote writing written read reads
    reading admit admits admitted admitting agree agrees agreed agreeing quip quips quipped quipping
    """
)

SPEECH_VERBS = frozenset(IRREGULAR_SPEECH_VERBS).union(*(_inflect(verb) for verb in REGULAR_SPEECH_VERBS))

# Speech verbs that also have other senses ("continues its dialogue"): they count only when what
# follows them is punctuation, a quotation or "that".
AMBIGUOUS_SPEECH_VERBS = frozenset().union(
    *(
        _inflect(verb)
        for verb in words(
            """
    continue read post question report point charge counter object protest comment maintain demand
    estimate worry mention recall remind cheer crow hint muse snap sigh plead joke confirm answer
    tweet testify affirm underline add
    """
        )
    ),
    # "state money", "a note": only the present forms are also nouns.
    {"state", "states", "note", "notes"},
)

# Verbs that introduce a partial quotation inside paraphrase: called the idea "outrageous".
FRAMING_VERBS = frozenset(
    {
        "call",
        "calls",
        "called",
        "calling",
        "dub",
        "dubs",
        "dubbed",
        "label",
        "labels",
        "labeled",
        "labelled",
        "brand",
        "brands",
        "branded",
        "accuse",
        "accuses",
        "accused",
        "accusing",
        "term",
        "termed",
        "terms",
        "describe",
        "describes",
        "described",
        "describing",
        "refer",
        "refers",
        "referred",
        "referring",
        "praise",
        "praised",
        "criticize",
        "criticized",
        "criticised",
        "dismiss",
        "dismissed",
        "hail",
        "hailed",
        "slam",
        "slammed",
        "blame",
        "blamed",
        "decry",
        "decried",
        "denounce",
        "denounced",
        "vow",
        "vowed",
        "promise",
        "promised",
        "pledge",
        "pledged",
        "want",
        "wants",
        "wanted",
        "urge",
        "urged",
        "seek",
        "seeks",
        "sought",
        "hope",
        "hopes",
        "hoped",
        "believe",
        "believes",
        "believed",
        "think",
        "thinks",
        "thought",
        "feel",
        "feels",
        "felt",
    }
)

# What someone said, named by a noun after the speaker's possessive: Obama's "..." promise.
POSSESSED_SPEECH_NOUNS = frozenset(
    words(
        """
    claim claims promise promises remark remarks comment comments statement words assertion argument
    warning pledge vow aside suggestion tweet message description response answer quip retort joke
    slogan insistence contention complaint charge accusation admission
    """
    )
)

# Words that may stand between a speaker and the speech verb: "Peskov later told", "he also said".
ADVERBS = frozenset(
    words(
        """
    also later then again once previously earlier further quickly simply repeatedly recently flatly
    bluntly publicly privately reportedly angrily calmly firmly sharply jokingly only has have had
    was is would will could did does do can should may might must went on to has_also
    """
    )
)

DETERMINERS = frozenset(
    words(
        """
    the a an another one two three some several many his her its their our this that these
    """
    )
)

# Lower-case words that can never be part of a speaker's name, even when a sentence capitalises them.
FUNCTION_WORDS = frozenset(
    words(
        """
    a an the and or but nor so yet for of in on at by to from with without into onto about above
    after against along among around as before behind below beneath beside between beyond during
    except inside near off out outside over since through throughout till toward towards under until
    up upon via within i me my we us our you your he him his she her it its they them their this
    that these those who whom whose which what when where why how whether if then than though
    although because while once also too very just not no yes all any both each either neither every
    other such only own same more most less least many much few several some is are was were be been
    being am has have had do does did will would shall should can could may might must here there
    now today yesterday tomorrow meanwhile however still even ever never already again later earlier
    instead indeed thus hence therefore moreover furthermore nonetheless nevertheless otherwise
    perhaps maybe like unlike despite amid according monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november
    december last next first second third read related
        recently finally additionally similarly separately ultimately currently previously apparently
    clearly obviously importantly interestingly unfortunately fortunately initially eventually
    originally specifically notably likewise consequently accordingly certainly surely frankly
    honestly seriously really early lately shortly publicly privately subsequently historically
    traditionally generally typically usually basically essentially actually increasingly
    reportedly allegedly ironically curiously luckily sadly happily briefly personally politically
    economically please
    unless whereas whilst lest whenever wherever whatever whoever whichever absent amongst across
    alongside besides toward upon per versus plus nobody everyone everybody someone somebody anyone
    anybody nothing everything something anything none else sometimes often always rather anyway
    aside oftentimes
"""
    )
)

# Words of a title or office that stand before a name: "Deputy Foreign Minister Igor Morgulov".
TITLE_WORDS = frozenset(
    words(
        """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady sen sen. senator rep rep.
    representative gov gov. governor president vice prime minister deputy foreign secretary chief
    cabinet spokesman spokeswoman spokesperson press ambassador envoy chancellor premier king queen
    prince princess emir sheikh mayor judge justice attorney general gen gen. lt lt. col col. adm
    adm. capt capt. sgt sgt. maj maj. commander former acting director chairman chairwoman chair ceo
    founder speaker leader majority minority whip house state states interior defense defence
    finance economy trade justice health education energy affairs candidate nominee pastor reverend
    rev rev. father pope cardinal bishop rabbi imam official officials adviser advisor aide manager
    strategist pollster analyst professor lawmaker congressman congresswoman councilman councilwoman
    assemblyman chairperson secretary-general commissioner counselor counsellor head host anchor
    correspondent columnist editor reporter author writer executive officer chief-of-staff staff
    campaign national security republican democrat democratic gop independent conservative liberal
    labour presidential hopeful frontrunner front-runner incumbent u.s. us federal u.n. un first
    lady general admiral colonel captain lieutenant sergeant senior junior lead principal associate
    assistant owner co-owner co-founder cofounder designer planner coach creator developer engineer
    architect artist chef photographer producer publisher curator instructor trainer tester
    specialist therapist nutritionist dietitian researcher scientist economist consultant cmdr
    cmdr. cdr cdr. supt supt. insp insp. amb amb. maj maj. sgt.
    """
    )
)

# Nouns that head a description of a speaker: "a senior administration official", "the ministry".
PERSON_HEADS = frozenset(
    words(
        """
    spokesman spokeswoman spokesperson official officials source sources minister secretary ally allies
    president senator candidate nominee manager adviser advisor director chairman chairwoman chair
    leader analyst expert professor aide ambassador diplomat lawmaker lawyer attorney representative
    member head chief founder ceo executive governor mayor judge man woman voter voters supporter
    supporters critic critics activist activists protester protesters resident residents officer
    officers agent agents congressman congresswoman strategist pollster economist researcher
    scientist author writer columnist editor reporter insider insiders friend neighbor neighbour
    veteran worker workers student students teacher doctor owner businessman businesswoman
    billionaire mogul host anchor prosecutor prosecutors investigator investigators negotiator
    negotiators envoy counterpart premier chancellor king queen prince pastor priest father mother
    son daughter wife husband brother sister
    staffer consultant operative organizer historian commentator observer witness
    employee colleague confidant physician surgeon nurse journalist correspondent moderator
    questioner narrator spectator marcher demonstrator delegate donor backer opponent rival advocate
    proponent person user speaker investor tycoon lady actor actress comedian celebrity coach player
    soldier sheriff detective commander pundit blogger counsel entrepreneur farmer parent victim
    survivor caller viewer fan participant volunteer partner boss banker lobbyist plaintiff defendant
    suspect gunman inmate refugee immigrant citizen taxpayer announcer co-owner co-founder cofounder
    designer planner creator developer engineer architect artist chef photographer producer
    publisher curator instructor trainer tester specialist therapist nutritionist dietitian
    commenter netizen reader listener follower customer shopper passenger patient regulator
    """
    )
)


def _plural(noun: str) -> str:
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith("fe"):
        return noun[:-2] + "ves"
    return noun + ("es" if noun.endswith(("ch", "sh")) else "s")


# Plurals speak as often as their singulars: "aides said", "the spokesmen declined".
PERSON_HEADS = PERSON_HEADS | {"people"} | {_plural(head) for head in PERSON_HEADS if not head.endswith("s")}

ORGANIZATION_HEADS = frozenset(
    words(
        """
    ministry department office committee council party agency commission administration campaign
    foundation institute university college association union bank company corporation corp inc
    group court congress senate parliament duma government kremlin pentagon post times journal news
    network press service bureau center centre organization organisation federation society league
    church embassy police army navy forces board authority fund trust club coalition alliance caucus
    channel radio television tv newspaper paper magazine website site outlet report study survey
    poll statement cabinet legislature assembly secretariat mission council firm team staff white
    house gallery museum studio studios lab labs laboratory media insurance airlines airways motors
    """
    )
)
KNOWN_ORGANIZATIONS = frozenset(
    words(
        """
    kremlin pentagon reuters interfax tass ria xinhua sputnik rt afp ap bloomberg twitter facebook
    google politico breitbart axios nato opec gazprom rosneft
    """
    )
)
# Capitals and countries that news uses for their governments: "Moscow has accused Tokyo".
GOVERNMENT_PLACES = frozenset(
    words(
        """
    moscow tokyo washington beijing kyiv kiev london paris berlin tehran pyongyang seoul ankara
    brussels damascus baghdad kabul islamabad new_delhi delhi cairo riyadh jerusalem minsk tbilisi
    russia japan china ukraine britain france germany iran israel turkey syria america
    """
    )
)

# Given names that are also function words: "Will Smith", "April Ryan", "Anna May Wong", "Theresa May".
# They stay out of names except where a phrase's tokens read them as one (``phrases.is_name_word``).
NAMES_ALSO_WORDS = frozenset({"will", "may", "april", "june", "august"})

TIME_WORDS = frozenset(
    words(
        """
    on at in last this earlier later today yesterday tonight week month year night morning afternoon
    evening weekend monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december
    """
    )
)

# Places that news names as settings, never as speakers: "in Des Moines", "South Carolina voters".
PLACES = frozenset(
    words(
        """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
    minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico new_york
    north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island south_carolina
    south_dakota tennessee texas utah vermont virginia west_virginia wisconsin wyoming des_moines
    manchester chicago boston philadelphia cleveland miami atlanta denver phoenix dallas houston
    los_angeles san_francisco las_vegas detroit milwaukee columbus orlando charleston richmond brooklyn
    manhattan queens bronx europe asia africa normandy nice
    """
    )
)

# Nouns heading a document or publication that news cites as a source: "the complaint alleged".
DOCUMENT_HEADS = frozenset(
    words(
        """
    letter letters complaint lawsuit suit memo memorandum ad ads advertisement editorial email emails
    tweet tweets message messages document documents filing release transcript website page book
    indictment ruling order analysis platform resolution petition article clip brief video footage
    announcement notice commercial review reviews study studies
    """
    )
)
