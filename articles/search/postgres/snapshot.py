"""A snapshot of the PostgreSQL search data: what the service caches a view's answers under.

The service keeps what it computed for a search (facets, quotation groups, pages) in the
snapshot it searched, and the engine hands out the same snapshot until the data changes: each
write moves ``SearchState.generation`` on in its transaction, whichever machine made it, and the
next search of every process then loads a new one. A snapshot numbers the documents (row order
by id) and holds the columns the service filters, facets and groups on.
"""

import threading
from dataclasses import dataclass, field
from datetime import UTC

from articles.models.search_data import ARTICLE_KIND, SearchDocument

from ..engines import ARTICLE, QUOTE, Columns
from .reads import reader
from .state import read, tables_exist

KINDS = {ARTICLE_KIND: ARTICLE}


@dataclass
class PostgresSnapshot:
    generation: tuple
    columns: Columns
    ids: list[int]  # row id of each document number
    docs_by_kind: dict[str, frozenset[int]]
    cache: dict = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self):
        self.number_of = {row_id: doc for doc, row_id in enumerate(self.ids)}

    def numbers(self, row_ids) -> set[int]:
        """Document numbers of these rows (rows written since the snapshot was taken are left out)."""
        number_of = self.number_of
        return {number_of[row_id] for row_id in row_ids if row_id in number_of}


def load(generation: tuple) -> PostgresSnapshot:
    with reader().cursor() as cursor:
        cursor.execute(
            "SELECT id, kind, object_id, outlet, speakers, language, month, quote_key, published "
            f"FROM {SearchDocument._meta.db_table} ORDER BY id"
        )
        rows = cursor.fetchall()
    columns = Columns([], [], [], [], [], [], [], [])
    ids, by_kind = [], {ARTICLE: set(), QUOTE: set()}
    for doc, (row_id, kind, pk, outlet, speakers, language, month, quote_key, published) in enumerate(rows):
        kind = KINDS.get(kind, QUOTE)
        ids.append(row_id)
        by_kind[kind].add(doc)
        columns.kind.append(kind)
        columns.pk.append(pk)
        columns.outlet.append(outlet or None)
        columns.speakers.append(tuple(speakers))
        columns.language.append(language or None)
        columns.month.append(month or None)
        columns.quote_key.append(quote_key or None)
        columns.published.append(published.astimezone(UTC).replace(tzinfo=None) if published else None)
    return PostgresSnapshot(
        generation, columns, ids, {kind: frozenset(docs) for kind, docs in by_kind.items()}
    )


class Snapshots:
    """The current snapshot of this process, loaded again once the generation moved on."""

    def __init__(self):
        self._current = None
        self._lock = threading.Lock()

    def current(self) -> PostgresSnapshot | None:
        if not tables_exist():
            return None
        generation = read()[0]
        with self._lock:
            if self._current is None or self._current.generation != generation:
                self._current = load(generation)
            return self._current
