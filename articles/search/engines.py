"""The search engine behind the service: the few operations ``articles/search/`` needs from it.

The service (service.py, export.py, indexing.py, reconcile.py) parses nothing, opens nothing and
writes nothing itself: it asks the engine named by ``settings.DISPATCHES_SEARCH_ENGINE`` ("whoosh"
by default; ``ENGINES`` maps names to classes) through ``get_engine()``. Views, the API, feeds and
the admin call the service (``articles.search``) and never know which engine runs.

What an engine provides
-----------------------
**Views.** ``view()`` returns one consistent view of the search data as it is now (None while
there is none), and the same object until the data changes, so that the service can cache what a
view answers in ``view.cache`` (guarded by ``view.lock``). A view may hold the data itself (the
Whoosh engine's snapshot: document numbers and columns) or only say which generation of it is
current (the PostgreSQL engine, whose database answers every question).

**Finding.** ``find(view, params, best)`` parses ``params.q`` in the archive's syntax (see
docs/search.md: words all required, "phrases", AND/OR/NOT, -word, prefix*, ``title:``,
``outlet:``, ``speaker:``, ``quote:``; a query the syntax cannot make sense of is searched as plain
words, never an error; ``*`` or an empty query matches everything), cuts it to the limits
(``articles.search.typed.within_limits``), and returns a ``Found``: the documents of the kind the
mode asks for (articles, or quotations for ``QUOTES``) that match and pass the filters in
``params`` (outlets, speaker, language, ``params.start``..``params.end``). ``best`` says how many
documents the page will need ranked by relevance (an engine may rank them on the way). In
quotation mode a word without a field prefix looks in what was said and in who said it. The
speaker filter keeps documents quoting that exact name; the date filter compares the publication
time. Words are folded (case, accents) and stemmed as ``articles.search.analysis`` does.
``Found.key`` is a hashable key of the query and filters (the service caches facets under it),
``Found.notices`` say what the limits left out, ``Found.cut_prefixes`` the prefixes that stood for
more words than were searched.

**Answering.** On what ``find`` found, the engine answers what a results page shows:
``count(view, found)`` (documents matched), ``facet_counts(view, found)`` (outlets, speakers,
months and languages of every match, ``facets.FacetCounts``), ``day_counts(view, found)``
(matches per ISO day, sorted), ``page(view, found, sort, start, stop)`` (the primary keys of the
matched documents ``start``..``stop`` in the order asked for; ``stop`` None for all of them),
and for quotations ``group_count(view, found)`` (distinct quotations: identical ones carried by
several outlets, same ``analysis.quotation_key``, count once) and ``quote_page(view, found, sort,
start, stop, per_group)`` (groups ``start``..``stop``, each up to ``per_group`` quotation keys,
its best-ranked first). Orders: by relevance (``RELEVANCE``; any order the engine thinks best,
tests never assert exact ranks), or by publication date (``NEWEST``/``OLDEST``, undated documents
last either way). A query matching everything has no relevance: sorted by relevance it comes
newest first. ``choices(view)`` lists the outlets and languages of the articles held.
An engine holding per-document columns in each process gets all of these from
``snapshots.SnapshotEngine`` by providing ``snapshot()``, ``find`` (with ``Found.matches``) and
``ranked(snapshot, found, sort, limit)`` (document numbers, best first).

**Marks and suggestions.** ``marks(found)`` says which index terms and prefixes a hit's text is
marked on (terms the query looks for, not excluded ones); ``did_you_mean(view, text)`` returns
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

from .facets import FacetCounts
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


class View(Protocol):
    """One consistent view of the search data; see the module docstring."""

    cache: dict
    lock: threading.Lock


class Snapshot(View, Protocol):
    """A view holding every document's columns (``snapshots.SnapshotEngine``)."""

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

    query: object  # the engine's own parsed query, handed back to it by its other calls
    kind: str  # ARTICLE or QUOTE
    matches: Matches | None  # the matching documents, from an engine answering on a snapshot
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
    def view(self) -> View | None: ...

    def find(self, view: View, params: SearchParams, best: int = 0) -> Found: ...

    def count(self, view: View, found: Found) -> int: ...

    def facet_counts(self, view: View, found: Found) -> FacetCounts: ...

    def day_counts(self, view: View, found: Found) -> list[tuple[str, int]]: ...

    def page(self, view: View, found: Found, sort: str, start: int, stop: int | None) -> list[int]: ...

    def group_count(self, view: View, found: Found) -> int: ...

    def quote_page(
        self, view: View, found: Found, sort: str, start: int, stop: int, per_group: int
    ) -> list[list[int]]: ...

    def choices(self, view: View) -> dict[str, list[str]]: ...

    def marks(self, found: Found) -> Marks: ...

    def did_you_mean(self, view: View, text: str) -> str | None: ...

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
