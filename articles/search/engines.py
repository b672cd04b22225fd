"""The search engine behind the service: the few operations ``articles/search/`` needs from it.

The service (service.py, export.py, indexing.py, reconcile.py) parses nothing, opens nothing and
writes nothing itself: it asks the engine named by ``settings.DISPATCHES_SEARCH_ENGINE`` ("whoosh"
by default; ``ENGINES`` maps names to classes) through ``get_engine()``. Views, the API, feeds and
the admin call the service (``articles.search``) and never know which engine runs.

What an engine provides
-----------------------
**Snapshots.** ``snapshot()`` returns one consistent view of the search data as it is now (None
while there is none), and the same object until the data changes, so that the service can cache
what a view answers in ``snapshot.cache`` (guarded by ``snapshot.lock``). Inside a snapshot every
document (an article or a quotation) has a document number, an ``int`` from 0 to
``len(columns.kind) - 1``; ``columns`` gives, per document number, the values the service filters,
facets, charts and groups on (see ``Columns``), and ``docs_by_kind`` the live numbers of each
kind. Document numbers mean nothing outside their snapshot.

**Finding.** ``find(snapshot, params, best)`` parses ``params.q`` in the archive's syntax (see
docs/search.md: words all required, "phrases", AND/OR/NOT, -word, prefix*, ``title:``,
``outlet:``, ``speaker:``, ``quote:``; a query the syntax cannot make sense of is searched as plain
words, never an error; ``*`` or an empty query matches everything), cuts it to the limits
(``articles.search.typed.within_limits``), and returns the whole matching set of documents of the
kind the mode asks for (articles, or quotations for ``QUOTES``) that pass the filters in
``params`` (outlets, speaker, language, ``params.start``..``params.end``). With ``best`` > 0 it may
also return the ``best`` most relevant documents, best first, when it finds them on the way
(``Matches.best``; None otherwise). In quotation mode a word without a field prefix looks in what
was said and in who said it. The speaker filter keeps documents whose ``columns.speakers`` holds
that exact name; the date filter compares ``columns.published``. Words are folded (case, accents)
and stemmed as ``articles.search.analysis`` does. ``Found.key`` is a hashable key of the query and
filters (the service caches facets and groups under it), ``Found.notices`` say what the limits left
out, ``Found.cut_prefixes`` the prefixes that stood for more words than were searched.

**Ranking.** ``ranked(snapshot, found, sort, limit)`` orders the matching set: by relevance
(``RELEVANCE``; any order the engine thinks best, tests never assert exact ranks), or by
publication date (``NEWEST``/``OLDEST``, undated documents last either way), and returns the
first ``limit`` document numbers (all for None). A query matching everything has no relevance:
sorted by relevance it comes newest first.

**Marks and suggestions.** ``marks(found)`` says which index terms and prefixes a hit's text is
marked on (terms the query looks for, not excluded ones); ``did_you_mean(snapshot, text)`` returns
``text`` with words the archive never uses replaced by close ones it does use, or None.
``similar_article_ids`` finds candidates for "other coverage" of a story.

**Writing.** ``write_batch(article_ids, timeout)`` makes the engine's documents for these articles
match the database: public articles (``Article.objects.published()``) and their public quotations
written, documents of anything else dropped. It waits at most ``timeout`` seconds for another
writer and raises ``IndexBusy`` when it cannot write. The service's queue (indexing.py,
``PendingReindex``) decides what to write and when; the engine never reads the queue.
``clear()`` empties the data and marks it unfinished, ``mark_built()`` marks a full build done,
``state()`` says ``MISSING``, ``OUTDATED`` (built by another schema, setting or an interrupted
build: needs a rebuild) or ``CURRENT``. ``contents()`` lists what is held by id with the stamp
(``change_stamp(article.updated_at)``) each document was written from, so that reconcile.py finds
what differs from the database. ``location()`` names where the data lives, for messages.

A second engine implements ``SearchEngine`` in its own subpackage (``articles/search/NAME/``), adds
its line to ``ENGINES`` and passes the search tests.
"""

import threading
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Protocol

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from .marks import Marks
from .params import SearchParams

ENGINES = {
    "whoosh": "articles.search.whoosh.WhooshEngine",
    "postgres": "articles.search.postgres.PostgresEngine",
}
DEFAULT_ENGINE = "whoosh"

# The two kinds of document an engine holds (Django's "app_label.model_name").
ARTICLE = "articles.article"
QUOTE = "articles.quote"

MISSING, OUTDATED, CURRENT = "missing", "outdated", "current"
DEFAULT_WRITE_TIMEOUT = 60  # seconds; an ingest holds the lock for one batch at a time


class IndexBusy(Exception):
    """Another writer held the search data for longer than a write may wait."""


@dataclass
class Columns:
    """Per-document values, indexed by document number (None where a document has none)."""

    kind: list  # ARTICLE or QUOTE
    pk: list  # the article's or the quotation's primary key
    outlet: list  # the outlet's name
    speakers: list  # tuples of speaker names (articles: everyone quoted; quotations: the speaker)
    language: list
    month: list  # "YYYY-MM" of publication
    quote_key: list  # quotations: their folded text (``analysis.quotation_key``), to group duplicates
    published: list  # naive UTC datetimes


class Snapshot(Protocol):
    """One consistent view of the search data; see the module docstring."""

    cache: dict
    lock: threading.Lock
    columns: Columns
    docs_by_kind: dict[str, frozenset[int]]


@dataclass(frozen=True)
class Matches:
    """The matching set, and when found on the way, its most relevant documents best first."""

    docs: set[int]
    best: list[int] | None = None


@dataclass
class Found:
    """What a search matched, before any of it is shown."""

    query: object  # the engine's own parsed query, handed back to it by ranked() and marks()
    kind: str  # ARTICLE or QUOTE
    matches: Matches
    key: tuple  # hashable, equal for equal searches: the service caches facets and groups under it
    plain_words: bool  # the syntax was given up and the words searched as plain words
    notices: tuple[str, ...] = ()  # what the limits left out of the query
    cut_prefixes: tuple[str, ...] = ()  # prefixes standing for more words than were searched

    @property
    def matching(self) -> set[int]:
        return self.matches.docs


@dataclass
class IndexContents:
    """What the search data holds: article documents' stamps by article id, quotation documents'
    (article id, stamp) by quote id, and article ids found in more than one document (a doubled
    quotation is listed with the stamp None, so that it is written again)."""

    articles: dict[int, str] = field(default_factory=dict)
    quotes: dict[int, tuple[int, str | None]] = field(default_factory=dict)
    doubled_articles: set[int] = field(default_factory=set)


class SearchEngine(Protocol):
    name: str

    # Reading
    def snapshot(self) -> Snapshot | None: ...

    def find(self, snapshot: Snapshot, params: SearchParams, best: int = 0) -> Found: ...

    def ranked(self, snapshot: Snapshot, found: Found, sort: str, limit: int | None) -> list[int]: ...

    def marks(self, found: Found) -> Marks: ...

    def did_you_mean(self, snapshot: Snapshot, text: str) -> str | None: ...

    def similar_article_ids(
        self, text: str, *, outlet: str | None, start: date, end: date, limit: int
    ) -> list[int]: ...

    # Writing and upkeep
    def write_batch(self, article_ids: list[int], timeout: float) -> None: ...

    def clear(self) -> None: ...

    def mark_built(self) -> None: ...

    def state(self) -> str: ...

    def contents(self) -> IndexContents: ...

    def location(self) -> str: ...


def write_timeout() -> float:
    """Seconds a write waits for another writer (``DISPATCHES_INDEX_WRITE_TIMEOUT``)."""
    return getattr(settings, "SEARCH_INDEX_WRITE_TIMEOUT", DEFAULT_WRITE_TIMEOUT)


def engine_name() -> str:
    return getattr(settings, "DISPATCHES_SEARCH_ENGINE", DEFAULT_ENGINE)


def get_engine() -> SearchEngine:
    """The engine ``settings.DISPATCHES_SEARCH_ENGINE`` names (one instance per process)."""
    return _engine(engine_name())


@cache
def _engine(name: str) -> SearchEngine:
    if name not in ENGINES:
        known = ", ".join(sorted(ENGINES))
        raise ImproperlyConfigured(f"DISPATCHES_SEARCH_ENGINE={name!r} is not a search engine ({known}).")
    return import_string(ENGINES[name])()


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def change_stamp(moment: datetime) -> str:
    """An article's last change as whole microseconds since 1970, exact (no float rounding): what
    each document records of the article it was written from, for ensure_search_index to compare."""
    return str((moment - EPOCH) // timedelta(microseconds=1))
