"""A seeded synthetic archive for the search benchmark: outlets, speakers, articles and quotations.

Articles have news-like lengths (log-normal, median about 550 words, in paragraphs) and a
Zipf-distributed vocabulary: a few hundred real English news words at the head, generated words
in the long tail, some French and German words with accents, and a share of Russian articles in
Cyrillic. About a fifth of the quotations are wire quotes carried by several outlets.
"""

import random
from bisect import bisect
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
    articles: list[SyntheticArticle]
    outlets: list[tuple[str, str]] = field(default_factory=lambda: list(OUTLETS))


class Vocabulary:
    """Words drawn with Zipf frequencies: common news words often, the long tail rarely."""

    def __init__(self, rng: random.Random, head: list[str], syllables: list[str], size: int):
        tail = set()
        while len(tail) < size - len(head):
            tail.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
        self.words = head + sorted(tail)
        rng.shuffle(self.words[len(head) :])
        self.cumulative = list(accumulate(1 / (rank + 1) ** 1.05 for rank in range(len(self.words))))

    def draw(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cumulative, k=count)

    def rare(self, rng: random.Random) -> str:
        """A word from the far tail (for the "rare word" queries)."""
        return self.words[bisect(self.cumulative, self.cumulative[-1] * rng.uniform(0.995, 1.0)) - 1]


def english_vocabulary(seed: int = 7) -> Vocabulary:
    return Vocabulary(random.Random(seed), HEAD_WORDS + ACCENTED_WORDS, SYLLABLES, 30_000)


def russian_vocabulary(seed: int = 8) -> Vocabulary:
    return Vocabulary(random.Random(seed), [], CYRILLIC_SYLLABLES, 8_000)


def build_archive(articles: int, seed: int = 2019) -> Archive:
    """``articles`` synthetic articles, the same ones for the same seed."""
    rng = random.Random(seed)
    english, russian = english_vocabulary(), russian_vocabulary()
    speakers = _speakers(rng)
    wire_quotes = [_quote(rng, english, len(speakers)) for _ in range(max(articles // 20, 10))]
    return Archive(
        speakers=speakers,
        articles=[_article(rng, english, russian, speakers, wire_quotes) for _ in range(articles)],
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
