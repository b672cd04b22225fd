"""One open view of the index, reused by every request until the index changes.

Opening a Whoosh searcher costs far more than most searches (haystack opens one per query).
A snapshot is one generation of the index: its searchers plus its exact-value columns read once
into plain lists, so that filters, facets and date sorting are list look-ups. When a writer
commits a new generation, the next request opens a new snapshot.

Whoosh searchers are not documented as thread-safe, so a thread never shares one: ``searching()``
lends a searcher of the snapshot's generation to one thread at a time, opening another when all
are lent out (runserver and threaded servers answer requests in parallel). No lock is held while
a query runs, so one slow query never holds up the others.
"""

import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from haystack import connections
from whoosh import index as whoosh_index
from whoosh.index import TOC, FileIndex
from whoosh.searching import Searcher
from whoosh.util.times import long_to_datetime

from ..engines import ARTICLE, QUOTE, Columns
from .backend import LIST_SEPARATOR
from .schema_version import current_schema, schema_version, word_pairs_enabled

EXACT_COLUMNS = ("django_ct", "django_id", "outlet_exact", "speakers_exact", "language", "month", "quote_key")


@dataclass(eq=False)
class Snapshot:
    ix: whoosh_index.Index
    toc: TOC  # the generation this snapshot reads: its schema and segments
    version: tuple  # index_version() when the snapshot was opened
    idle: list = field(default_factory=list)  # searchers of this generation no thread is using
    available: threading.Condition = field(default_factory=threading.Condition)
    # Guards the cache's dictionary and the idle list only, never a search.
    lock: threading.Lock = field(default_factory=threading.Lock)
    cache: dict = field(default_factory=dict)
    lent: threading.local = field(default_factory=threading.local)

    @property
    def schema(self):
        return self.toc.schema

    @property
    def generation(self) -> int:
        return self.toc.generation

    def is_current(self) -> bool:
        return index_version(self.ix) == self.version

    @contextmanager
    def searching(self):
        """A searcher of this snapshot's generation, this thread's alone until the block ends
        (nested blocks in one thread share it)."""
        held = getattr(self.lent, "searcher", None)
        if held is not None:
            yield held
            return
        searcher = self._take()
        self.lent.searcher = searcher
        try:
            yield searcher
        finally:
            self.lent.searcher = None
            with self.available:
                self.idle.append(searcher)
                self.available.notify()

    def _take(self):
        with self.available:
            if self.idle:
                return self.idle.pop()
        try:
            return open_searcher(self.ix, self.toc)
        except OSError:
            # A writer has merged this generation's segments away since it was opened: wait for a
            # searcher that still holds them (the next request will open the new generation).
            with self.available:
                self.available.wait_for(lambda: self.idle)
                return self.idle.pop()

    @cached_property
    def has_word_pairs(self) -> bool:
        """Whether every document's word pairs are indexed: not in an index built before they were,
        even once new documents (with pairs) are added to it, until it is rebuilt."""
        folder = getattr(self.ix.storage, "folder", None)
        return word_pairs_enabled() and folder is not None and schema_version(folder) == current_schema()

    @cached_property
    def columns(self) -> Columns:
        with self.searching() as searcher:
            leaves = [leaf for leaf, _offset in searcher.reader().leaf_readers() if leaf.doc_count_all()]
            values = {name: _column(leaves, name) for name in (*EXACT_COLUMNS, "published")}
            _forget_other_segments(leaves)
        return Columns(
            kind=values["django_ct"],
            pk=[int(value) if value else None for value in values["django_id"]],
            outlet=values["outlet_exact"],
            speakers=[
                tuple(filter(None, (value or "").split(LIST_SEPARATOR))) for value in values["speakers_exact"]
            ],
            language=values["language"],
            month=values["month"],
            quote_key=values["quote_key"],
            published=values["published"],
        )

    @cached_property
    def docs_by_kind(self) -> dict[str, frozenset[int]]:
        live = self._live_docs()
        kinds = self.columns.kind
        return {kind: frozenset(doc for doc in live if kinds[doc] == kind) for kind in (ARTICLE, QUOTE)}

    def _live_docs(self) -> list[int]:
        with self.searching() as searcher:
            reader = searcher.reader()
            return [doc for doc in range(reader.doc_count_all()) if not reader.is_deleted(doc)]


# A segment's column values never change once it is written, and a commit adds a segment or merges
# a few: a new snapshot reads only the columns of segments the last one did not have.
_segment_columns: dict[tuple, list] = {}


def _column(leaves, name) -> list:
    """The values of column ``name`` for every document of these segments, in document order.
    (An index with no documents yet has no segments: Whoosh's empty reader has no columns.)"""
    values = []
    for reader in leaves:
        key = (_segment_key(reader), name)
        if key not in _segment_columns:
            _segment_columns[key] = _read_column(reader, name)
        values.extend(_segment_columns[key])
    return values


def _read_column(reader, name) -> list:
    if name not in reader.schema:
        return [None] * reader.doc_count_all()
    convert = _datetime if name == "published" else _text
    return list(map(convert, reader.column_reader(name, translate=False)))


def _segment_key(reader) -> str:
    # Whoosh names each segment with 16 random characters: a name is never reused, in any index.
    return reader.segment().segment_id() if reader.segment() else str(id(reader))


def _forget_other_segments(leaves):
    current = {_segment_key(reader) for reader in leaves}
    for key in [key for key in _segment_columns if key[0] not in current]:
        _segment_columns.pop(key, None)


def _text(value):
    if isinstance(value, bytes):
        value = value.decode("utf-8")
    return value or None


def _datetime(value):
    # Read as stored: undated documents hold a default that is no real date.
    try:
        moment = long_to_datetime(value)
    except (OverflowError, TypeError, ValueError):
        return None
    return moment if datetime(1800, 1, 1) < moment < datetime(2200, 1, 1) else None


_snapshots: dict[str, Snapshot] = {}
_snapshots_lock = threading.Lock()


def index_path() -> str:
    return connections["default"].options["PATH"]


def current_snapshot() -> Snapshot | None:
    """The snapshot of the index as it is now; None while no index has been built."""
    path = index_path()
    snapshot = _snapshots.get(path)
    if snapshot is not None and snapshot.is_current():
        return snapshot
    with _snapshots_lock:
        snapshot = _snapshots.get(path)
        if snapshot is not None and snapshot.is_current():
            return snapshot
        # The old snapshot is dropped, not closed: a request in another thread may still be using it.
        fresh = _open(path)
        _snapshots.clear()  # one index per process (tests switch between throwaway ones)
        if fresh is not None:
            _snapshots[path] = fresh
        return fresh


def _open(path) -> Snapshot | None:
    if not whoosh_index.exists_in(path):
        return None
    ix = whoosh_index.open_dir(path)
    # The version is read before the table of contents: a commit in between only costs another reopen.
    version = index_version(ix)
    snapshot = Snapshot(ix=ix, toc=ix._read_toc(), version=version)
    snapshot.idle.append(open_searcher(ix, snapshot.toc))  # opened now: later commits may remove its files
    return snapshot


def open_searcher(ix, toc) -> Searcher:
    """A new searcher of the generation ``toc`` describes (Whoosh's own opens the latest one)."""
    reader = FileIndex._reader(ix.storage, toc.schema, toc.segments, toc.generation)
    return Searcher(reader, fromindex=ix)


def index_version(ix) -> tuple:
    """The latest generation, and which file holds its table of contents: a rebuilt index numbers
    its generations from the start again, so the number alone can match an older index's."""
    generation = ix.latest_generation()
    folder = getattr(ix.storage, "folder", None)
    if folder is None:
        return (generation,)
    try:
        toc = os.stat(os.path.join(folder, TOC._filename(ix.indexname, generation)))
    except OSError:  # removed by a rebuild since the directory was listed
        return (generation, None)
    return (generation, toc.st_ino, toc.st_mtime_ns)
