"""Rows of the search table, made from the fields haystack's search indexes prepare for Whoosh.

The fields come from ``ArticleIndex`` and ``QuoteIndex`` (articles/search_indexes.py), so both
engines index the same text. Each analysed field's terms go into one ``tsvector``, every lexeme
prefixed by the field's code ("t:negoti" is the stem "negoti" in the document text): a phrase
stays within its field because other fields' lexemes never equal its own.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime

from articles.models.search_data import QUOTE_KIND

from .analysis import folded, term, words

# Index field -> lexeme code: the fields queries search, analysed as Whoosh analyses them.
ANALYSED_FIELDS = {"text": "t", "title": "h", "outlet": "o", "said_by": "s", "speakers": "p"}
# Each speaker's whole name as written, for the speaker filter (Whoosh's ``speakers_exact``).
SPEAKER_NAME_CODE = "n"
# Names in the analysed speakers field are separated as the Whoosh backend separates them.
LIST_SEPARATOR = "\x1f"
FIELD_CODES = ANALYSED_FIELDS
# PostgreSQL keeps positions 1 to 16383 and at most 256 positions of one lexeme per document.
MAX_POSITION = 16_383
MAX_POSITIONS = 256


def lexeme(code: str, text: str) -> str:
    return f"{code}:{text}"


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
    words: set[tuple[str, str, str]] = field(default_factory=set)  # (code, folded word, stem)

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


def row_for(kind: str, object_id: int, article_id: int, prepared: dict) -> Row:
    """The row of one article (``kind`` "a") or quotation ("q") from its prepared fields (those
    haystack's indexes prepare: prepared.py)."""
    positions, vocabulary = {}, set()
    for name, code in ANALYSED_FIELDS.items():
        for word, places in _positions_by_word(_text(prepared.get(name))).items():
            stem = term(word)
            key = lexeme(code, stem)
            if key in positions:
                positions[key] = sorted(positions[key] + places)  # "Talks" and "talks": one term
            else:
                positions[key] = places
            vocabulary.add((code, folded(word), stem))
    speakers = list(prepared.get("speakers") or [])
    for name in speakers:
        positions.setdefault(lexeme(SPEAKER_NAME_CODE, name), [])
    return Row(
        kind=kind,
        object_id=object_id,
        article_id=article_id,
        terms=tsvector(positions),
        outlet=prepared.get("outlet") or "",
        speakers=speakers,
        language=prepared.get("language") or "",
        published=_aware(prepared.get("published")),
        month=prepared.get("month") or "",
        quote_key=(prepared.get("quote_key") or "") if kind == QUOTE_KIND else "",
        stamp=prepared["stamp"],
        words=vocabulary,
    )


def _positions_by_word(text: str) -> dict[str, list[int]]:
    """Each word as written with its positions (from 1), ascending: each distinct word is then
    stemmed and looked up once, however often it occurs."""
    by_word = {}
    for position, word in enumerate(words(text), start=1):
        if word in by_word:
            by_word[word].append(position)
        else:
            by_word[word] = [position]
    return by_word


def tsvector(positions: dict[str, list[int]]) -> str:
    """tsvector input: each lexeme with its positions, within PostgreSQL's limits (an ascending list
    of at most ``MAX_POSITIONS``, none past ``MAX_POSITION``: later ones count as the last)."""
    parts = []
    for text, places in positions.items():
        if not places:
            parts.append(quoted(text))
            continue
        if places[-1] > MAX_POSITION:
            places = [place for place in places if place < MAX_POSITION] + [MAX_POSITION]
        parts.append(f"{quoted(text)}:{','.join(map(str, places[:MAX_POSITIONS]))}")
    return " ".join(parts)


def _text(value) -> str:
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(map(str, value))
    return value or ""


def _aware(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment
