"""Rows of the search table, made from the fields haystack's search indexes prepare for Whoosh.

The fields come from ``ArticleIndex`` and ``QuoteIndex`` (articles/search_indexes.py), so both
engines index the same text. Each analysed field's terms go into one ``tsvector``, every lexeme
prefixed by the field's code ("t:negoti" is the stem "negoti" in the document text): a phrase
stays within its field because other fields' lexemes never equal its own.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from articles.models.search_data import QUOTE_KIND

from .analysis import folded, term, words

# Index field -> lexeme code: the fields queries search, analysed as Whoosh analyses them.
ANALYSED_FIELDS = {"text": "t", "title": "h", "outlet": "o", "said_by": "s", "speakers": "p"}
# Each speaker's whole name as written, for the speaker filter (Whoosh's ``speakers_exact``).
SPEAKER_NAME_CODE = "n"
# The kind of document ("k:a", "k:q"), so that a search's GIN look-up reads one kind of row only.
KIND_CODE = "k"
# Names in the analysed speakers field are separated as the Whoosh backend separates them.
LIST_SEPARATOR = "\x1f"
FIELD_CODES = ANALYSED_FIELDS
# Fields whose adjacent words are also held as pairs ("T:minist foreign"), as the Whoosh index
# holds word pairs: a two-word phrase is then one look-up in the GIN index, and a longer one is
# checked against positions only in the documents holding all its pairs. Without them a phrase
# of common words reads the whole tsvector of nearly every document (seconds at 100,000 articles).
PAIR_CODES = {"t": "T", "h": "H"}
# PostgreSQL keeps positions 1 to 16383 and at most 256 positions of one lexeme per document.
MAX_POSITION = 16_383
MAX_POSITIONS = 256


def lexeme(code: str, text: str) -> str:
    return f"{code}:{text}"


def pair_lexeme(code: str, first: str, second: str) -> str:
    """The lexeme of two terms side by side in the field ``code`` (one of ``PAIR_CODES``)."""
    return f"{PAIR_CODES[code]}:{first} {second}"


def quoted(lexeme_text: str) -> str:
    """A lexeme as tsvector and tsquery input read it: quoted, quotes and backslashes escaped."""
    if "'" in lexeme_text or "\\" in lexeme_text:
        lexeme_text = lexeme_text.replace("\\", "\\\\").replace("'", "''")
    return f"'{lexeme_text}'"


@dataclass
class Row:
    kind: str
    object_id: int
    article_id: int
    terms: str  # tsvector input
    outlet: str
    speakers: list[str]
    language: str
    published: datetime | None
    month: str
    quote_key: str
    stamp: str
    spellings: dict[str, Iterable[str]] = field(default_factory=dict)  # field code -> words as written

    COLUMNS = (
        "kind",
        "object_id",
        "article_id",
        "terms",
        "outlet",
        "speakers",
        "language",
        "published",
        "month",
        "quote_key",
        "stamp",
    )

    def values(self) -> tuple:
        return tuple(getattr(self, name) for name in self.COLUMNS)

    @property
    def words(self) -> set[tuple[str, str, str]]:
        return vocabulary([self])


def vocabulary(rows: list[Row]) -> set[tuple[str, str, str]]:
    """(field code, folded word, stem) of every word these rows hold (each distinct word analysed once)."""
    by_code: dict[str, set[str]] = {}
    for row in rows:
        for code, spellings in row.spellings.items():
            by_code.setdefault(code, set()).update(spellings)
    return {(code, folded(word), term(word)) for code, spellings in by_code.items() for word in spellings}


def row_for(kind: str, object_id: int, article_id: int, prepared: dict, pair_terms=frozenset()) -> Row:
    """The row of one article (``kind`` "a") or quotation ("q") from its prepared fields (those
    haystack's indexes prepare: prepared.py); pairs of neighbouring ``pair_terms`` (pairs.py)."""
    # Runs for every document of a build: word by word work stays in C (map, zip, join, set).
    positions, spellings, pairs = {}, {}, []
    for name, code in ANALYSED_FIELDS.items():
        text = _text(prepared.get(name))
        if not text:
            continue
        written = words(text)
        spellings[code] = set(written)
        stems = list(map(term, written))
        places = _positions_by_word(stems)  # by stem: "Talks" and "talks" are one term
        prefix = code + ":"
        positions.update(zip(map(prefix.__add__, places), places.values(), strict=True))
        if code in PAIR_CODES and len(stems) > 1:
            pairs.append(pair_lexemes(PAIR_CODES[code], stems, pair_terms))
    positions[lexeme(KIND_CODE, kind)] = []
    speakers = list(prepared.get("speakers") or [])
    for name in speakers:
        positions.setdefault(lexeme(SPEAKER_NAME_CODE, name), [])
    return Row(
        kind=kind,
        object_id=object_id,
        article_id=article_id,
        terms=" ".join([tsvector(positions), *filter(None, pairs)]),
        outlet=prepared.get("outlet") or "",
        speakers=speakers,
        language=prepared.get("language") or "",
        published=_aware(prepared.get("published")),
        month=prepared.get("month") or "",
        quote_key=(prepared.get("quote_key") or "") if kind == QUOTE_KIND else "",
        stamp=prepared["stamp"],
        spellings=spellings,
    )


def pair_lexemes(pair_code: str, stems: list[str], pair_terms) -> str:
    """tsvector input of the distinct pairs of neighbouring terms both in ``pair_terms`` (no
    positions); word by word work stays in C (a document holds hundreds of pairs)."""
    kept = [stem if stem in pair_terms else None for stem in stems]
    pairs = {f"{a} {b}" for a, b in set(zip(kept, kept[1:], strict=False)) if a and b}
    if not pairs:
        return ""
    joined = f"' '{pair_code}:".join(pairs)
    if "'" in joined.replace(f"' '{pair_code}:", "") or "\\" in joined:
        return " ".join(quoted(f"{pair_code}:{pair}") for pair in pairs)
    return f"'{pair_code}:{joined}'"


def _positions_by_word(written: list[str]) -> dict[str, list[int]]:
    """Each word with its positions (from 1), ascending."""
    by_word = {}
    places_of = by_word.setdefault  # the fastest of the ways measured (about 1 µs a word)
    for position, word in enumerate(written, start=1):
        places_of(word, []).append(position)
    return by_word


def tsvector(positions: dict[str, list[int]]) -> str:
    """tsvector input: each lexeme with its positions, within PostgreSQL's limits (an ascending list
    of at most ``MAX_POSITIONS``, none past ``MAX_POSITION``: later ones count as the last)."""
    parts = []
    for text, places in positions.items():
        if "'" in text or "\\" in text:
            text = text.replace("\\", "\\\\").replace("'", "''")
        if not places:
            parts.append(f"'{text}'")
            continue
        if places[-1] > MAX_POSITION:
            places = [place for place in places if place < MAX_POSITION] + [MAX_POSITION]
        if len(places) > MAX_POSITIONS:
            places = places[:MAX_POSITIONS]
        parts.append(f"'{text}':{','.join(map(str, places))}")
    return " ".join(parts)


def _text(value) -> str:
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(map(str, value))
    return value or ""


def _aware(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment
