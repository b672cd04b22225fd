"""A seeded synthetic archive for the search benchmark: outlets, speakers, articles and quotations.

Articles have news-like lengths (log-normal, median about 550 words, in paragraphs) and a
vocabulary with real text's two Zipf regimes: a core of a few thousand words used with frequency
falling as 1/rank (a few hundred real English news words at its head, some French and German words
with accents), and an unbounded tail falling as 1/rank² of generated rare words, a third of them
names (capitalised). So the number of distinct words grows with the archive as Heaps' law has it
(1,000 articles: 29k distinct words in 0.68M; 10,000: 93k in 7.0M; PolNeAR's 924 real articles
have 25.6k in 0.71M, which Heaps' law puts near 90k at 7.1M), and half of them are seen once.
A share of Russian articles are in Cyrillic. About a fifth of the quotations are wire quotes
carried by several outlets.

Articles are generated one at a time (``Archive.articles`` is an iterator), so an archive of
100,000 articles is never held in memory whole.
"""

import random
from bisect import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from itertools import accumulate


def words(text: str) -> list[str]:
    return text.split()


HEAD_WORDS = words(
    """the of and to in a that said is for on with was as by at from it be has have are not this his he
will an which its but after who were their had been would they more also about over than new
president minister foreign talks government country countries state states united nations security
council peace treaty sanctions agreement meeting summit official officials ministry spokesman
spokeswoman statement international relations policy military defence defense forces troops war
conflict crisis negotiations negotiation negotiate negotiated diplomatic diplomat diplomats embassy
ambassador cooperation economic trade energy gas oil pipeline border region regional islands island
territory dispute visit visited leaders leader prime secretary general talks deal nuclear weapons
missile missiles election elections vote parliament opposition protest protests support washington
moscow beijing tokyo berlin paris london kyiv brussels ankara tehran delhi seoul russia russian
china chinese japan japanese germany german france french britain british ukraine ukrainian turkey
iran india korea america american european union nato kremlin white house bilateral multilateral
resolution humanitarian aid refugees ceasefire troops withdrawal sovereignty strategic partnership
dialogue tensions escalation accused denied warned called urged demanded announced confirmed
reported according sources week month year yesterday today tuesday wednesday thursday friday monday
saturday sunday january february march april may june july august september october november
december us un eu g20 g7 brics asean opec who imf"""
)
ACCENTED_WORDS = words(
    """négociations négociation sécurité étrangères ministère président coopération réunion sommet élection
réfugiés défense traité déclaration Außenminister Gespräche Verhandlungen Sicherheit Außenpolitik
Bündnis Grenzübergang Zusammenarbeit über für gegenüber München Zürich"""
)
OUTLETS = [
    ("RT", "en"),
    ("Sputnik", "en"),
    ("TASS", "en"),
    ("DW", "en"),
    ("Xinhua News Agency", "en"),
    ("Kyodo News", "en"),
    ("Anadolu Agency", "en"),
    ("Al Jazeera English", "en"),
    ("Reuters", "en"),
    ("Associated Press", "en"),
    ("Agence France-Presse", "en"),
    ("The Japan Times", "en"),
    ("Global Times", "en"),
    ("Press TV", "en"),
    ("Yonhap", "en"),
    ("The Hindu", "en"),
    ("Euronews", "en"),
    ("France 24", "fr"),
    ("Le Monde diplomatique", "fr"),
    ("Deutsche Welle (deutsch)", "de"),
    ("РИА Новости", "ru"),
    ("Коммерсантъ", "ru"),
]
FIRST_NAMES = words(
    """Sergei Maria Dmitry Wang Antony Josep Heiko Catherine Fumio Yoshimasa Mevlut Hossein Subrahmanyam
Park Olaf Emmanuel Ursula Jens Volodymyr Dmytro Rishi Liz Kamala Ned Ned John Anna Annalena Hakan
Antonio Li Zhao Hua Chun Vassily Mikhail Yuri Nikolai Ivan Peter Jean"""
)
LAST_NAMES = words(
    """Lavrov Zakharova Peskov Yi Blinken Borrell Maas Colonna Kishida Hayashi Cavusoglu Amirabdollahian
Jaishankar Jin Scholz Macron Leyen Stoltenberg Zelensky Kuleba Sunak Truss Harris Price Kirby
Baerbock Fidan Guterres Wenbin Lijian Chunying Nebenzya Ushakov Ryabkov Patrushev Medvedev Sullivan
Wang"""
)
ROLES = [
    "Foreign Minister",
    "Foreign Ministry spokeswoman",
    "Kremlin spokesman",
    "Secretary of State",
    "Prime Minister",
    "President",
    "Deputy Foreign Minister",
    "Ambassador to the UN",
    "Secretary General",
    "Chief Cabinet Secretary",
]
SYLLABLES = words(
    """ka ri to mo na sa le vi de ro pa ne ti lo ma su ba ge fi hu jo ze ci wa xo qua ple stro gra tin"""
)
CYRILLIC_SYLLABLES = words(
    """ка ри то мо на са ле ви де ро па не ти ло ма су ба ге фи жо зе ци ва пре стро гра"""
)
TIME_ZONES = [timezone(timedelta(hours=hours)) for hours in (3, 1, 0, -5, 8, 9, 2)]
FIRST_DAY, LAST_DAY = date(2014, 1, 1), date(2024, 12, 31)


@dataclass
class SyntheticQuote:
    text: str
    speaker: int  # index into Archive.speakers


@dataclass
class SyntheticArticle:
    outlet: int  # index into OUTLETS
    title: str
    body: str
    language: str
    published_on: date
    published_at: datetime | None
    quotes: list[SyntheticQuote] = field(default_factory=list)


@dataclass
class Archive:
    speakers: list[tuple[str, str]]  # (name, role)
    articles: Iterator[SyntheticArticle]  # generated as they are read
    outlets: list[tuple[str, str]] = field(default_factory=lambda: list(OUTLETS))


# Real text has two regimes: a core of common words whose frequency falls as rank^-1 and a tail of
# rare words and names falling faster (Ferrer i Cancho & Solé 2001). These values give 29k distinct
# words in 0.68M words and 93k in 7.0M (PolNeAR: 25.6k in 0.71M; Heaps' law: ~90k in 7.1M).
CORE_WORDS = 3000
CORE_EXPONENT = 1.05
TAIL_EXPONENT = 2.0
NAME_SHARE = 3  # in 10 tail words are names
# Multiplies a word's number within its length before it is spelled, so that neighbouring ranks
# do not share their first syllables (coprime with every syllable count used).
SPELLING_SCRAMBLE = 7_919


class Vocabulary:
    """Words drawn by rank: the core with Zipf frequencies, the tail beyond it without end."""

    def __init__(self, head: list[str], syllables: list[str], core: int = CORE_WORDS):
        self.head = head
        self.syllables = syllables
        self.core = core
        self.cumulative = list(accumulate(1 / (rank + 1) ** CORE_EXPONENT for rank in range(core)))
        # The tail's mass is the integral of core^(a - s) x^-a from ``core`` on.
        tail_mass = core ** (1 - CORE_EXPONENT) / (TAIL_EXPONENT - 1)
        self.tail_share = tail_mass / (tail_mass + self.cumulative[-1])
        self._spelled: dict[int, str] = {}

    def draw(self, rng: random.Random, count: int) -> list[str]:
        return [self.word(self._rank(rng)) for _ in range(count)]

    def _rank(self, rng: random.Random) -> int:
        if rng.random() < self.tail_share:
            return int(self.core * (1.0 - rng.random()) ** (-1 / (TAIL_EXPONENT - 1)))
        return bisect(self.cumulative, rng.random() * self.cumulative[-1])

    def rare(self, rng: random.Random) -> str:
        """A word of the near tail: in a few dozen of 10,000 articles (the "rare word" queries)."""
        return self.word(rng.randrange(2 * self.core, 5 * self.core))

    def word(self, rank: int) -> str:
        if rank < len(self.head):
            return self.head[rank]
        word = self._spelled.get(rank)
        if word is None:
            word = self._spelled[rank] = self._spell(rank)
        return word

    def _spell(self, rank: int) -> str:
        """A word of its own for every rank: the rank's number written in syllables (two or more)."""
        base = len(self.syllables)
        number, length = rank - len(self.head), 2
        while number >= base**length:
            number -= base**length
            length += 1
        number = number * SPELLING_SCRAMBLE % base**length
        word = "".join(self.syllables[number // base**place % base] for place in range(length))
        is_name = rank >= self.core and rank * 2_654_435_761 % 10 < NAME_SHARE
        return word.capitalize() if is_name else word


def english_vocabulary() -> Vocabulary:
    return Vocabulary(HEAD_WORDS + ACCENTED_WORDS, SYLLABLES)


def russian_vocabulary() -> Vocabulary:
    return Vocabulary([], CYRILLIC_SYLLABLES)


def build_archive(articles: int, seed: int = 2019) -> Archive:
    """``articles`` synthetic articles, the same ones for the same seed."""
    rng = random.Random(seed)
    english, russian = english_vocabulary(), russian_vocabulary()
    speakers = _speakers(rng)
    wire_quotes = [_quote(rng, english, len(speakers)) for _ in range(max(articles // 20, 10))]
    return Archive(
        speakers=speakers,
        articles=(_article(rng, english, russian, speakers, wire_quotes) for _ in range(articles)),
    )


def _speakers(rng):
    names = sorted({f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES})
    rng.shuffle(names)
    return [(name, rng.choice(ROLES)) for name in names[:400]]


def _sentence(rng, vocabulary, low=8, high=28) -> str:
    words = vocabulary.draw(rng, rng.randint(low, high))
    return " ".join(words).capitalize() + rng.choice(".....?")


def _quote(rng, vocabulary, speaker_count) -> SyntheticQuote:
    return SyntheticQuote(_sentence(rng, vocabulary, 6, 22), rng.randrange(speaker_count))


def _article(rng, english, russian, speakers, wire_quotes) -> SyntheticArticle:
    outlet = rng.randrange(len(OUTLETS))
    language = OUTLETS[outlet][1]
    vocabulary = russian if language == "ru" else english
    quotes = [
        rng.choice(wire_quotes) if rng.random() < 0.2 else _quote(rng, vocabulary, len(speakers))
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 4]))
    ]
    paragraphs = _paragraphs(rng, vocabulary, _length(rng))
    for quote in quotes:
        name, role = speakers[quote.speaker]
        at = rng.randrange(len(paragraphs) + 1)
        paragraphs.insert(at, f'"{quote.text}" {name}, {role}, said.')
    published_on, published_at = _date(rng)
    title = " ".join(vocabulary.draw(rng, rng.randint(5, 12))).capitalize()
    return SyntheticArticle(
        outlet, title, "\n\n".join(paragraphs), language, published_on, published_at, quotes
    )


def _length(rng) -> int:
    return max(60, min(4000, int(rng.lognormvariate(6.3, 0.55))))


def _paragraphs(rng, vocabulary, words) -> list[str]:
    paragraphs, written = [], 0
    while written < words:
        sentences = [_sentence(rng, vocabulary) for _ in range(rng.randint(1, 4))]
        written += sum(sentence.count(" ") + 1 for sentence in sentences)
        paragraphs.append(" ".join(sentences))
    return paragraphs


def _date(rng) -> tuple[date, datetime | None]:
    day = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    if rng.random() < 0.4:
        return day, None
    zone = rng.choice(TIME_ZONES)
    local = datetime(day.year, day.month, day.day, rng.randrange(24), rng.randrange(60), tzinfo=zone)
    return day, local.astimezone(UTC)
