"""``PostgresEngine``: the ``SearchEngine`` of engines.py on the PostgreSQL search tables."""

from datetime import date

from django.core.exceptions import ImproperlyConfigured
from django.db import OperationalError, connection, transaction

from articles.models.search_data import ARTICLE_KIND, SearchDocument

from ..cache import MISSING as NOT_CACHED
from ..cache import cached, peek, store
from ..engines import ARTICLE, CURRENT, MISSING, OUTDATED, QUOTE, Found, IndexBusy, IndexContents
from ..facets import FacetCounts
from ..marks import Marks
from ..params import RELEVANCE, SearchParams
from ..query_marks import marks_for
from . import bulk, engine, pairs, similar, state, vocabulary, writer
from .documents import ANALYSED_FIELDS, lexeme, quoted
from .queries import Compiled, compile_search
from .views import PostgresView, Views


class PostgresEngine:
    name = "postgres"
    # Search rows are written in the transaction that changes the article (indexing.queue_reindex).
    writes_in_transaction = True

    def __init__(self):
        if connection.vendor != "postgresql":
            raise ImproperlyConfigured(
                "DISPATCHES_SEARCH_ENGINE=postgres keeps the search data in the database, which must "
                f"be PostgreSQL (DATABASE_URL); this one is {connection.vendor}. Use "
                "DISPATCHES_SEARCH_ENGINE=whoosh or a postgres:// DATABASE_URL."
            )
        self._views = Views()

    def view(self) -> PostgresView | None:
        return self._views.current()

    def find(self, view: PostgresView, params: SearchParams, best: int = 0) -> Found:
        compiled = compile_search(params, cached(view, ("pg-pair-terms",), pairs.current_for_search))
        search = compiled.search
        key = (repr(compiled.q), search.kind, search)
        kind = ARTICLE if search.kind == ARTICLE_KIND else QUOTE
        return Found(compiled, kind, None, key, compiled.plain, compiled.notices, compiled.cut_prefixes)

    def count(self, view: PostgresView, found: Found) -> int:
        return self._overview(view, found).count

    def facet_counts(self, view: PostgresView, found: Found) -> FacetCounts:
        return self._overview(view, found).facets

    def _overview(self, view: PostgresView, found: Found) -> engine.Overview:
        """Count and facets in one pass over the matches, remembered for the page's other calls.
        With an outlet filter, the same scans count the search without it too (the outlet facet
        lists those counts: the service asks for them next)."""
        search = found.query.search
        key = ("pg-overview", found.key)
        if not search.outlets:
            return cached(view, key, lambda: engine.overview(search))
        wider = search.without_outlets()
        wider_key = ("pg-overview", (*found.key[:-1], wider))
        if (known := peek(view, key)) is not NOT_CACHED:
            return known
        narrow, wide = engine.overviews(search, wider)
        store(view, wider_key, wide)
        return store(view, key, narrow)

    def day_counts(self, view: PostgresView, found: Found) -> list[tuple[str, int]]:
        return engine.day_counts(found.query.search)

    def page(self, view: PostgresView, found: Found, sort: str, start: int, stop: int | None) -> list[int]:
        search = found.query.search
        by_date = self._broad(view, found)
        if sort == RELEVANCE and search.ranked:
            if self.count(view, found) <= engine.RANKED_MATCHES_LIMIT:
                return engine.page(search, sort, start, None if stop is None else stop - start)
            return engine.broad_page(search, headline_tsquery(self.marks(found)), stop, by_date)[start:]
        if by_date:
            return engine.dated_page(search, sort, stop)[start:]
        return engine.page(search, sort, start, None if stop is None else stop - start)

    def _broad(self, view: PostgresView, found: Found) -> bool:
        """Whether the search matches a large share of the search rows (engine.dated_page)."""
        total = cached(view, ("pg-total",), engine.total_rows)
        return total > 0 and self.count(view, found) >= engine.BROAD_SHARE * total

    def group_count(self, view: PostgresView, found: Found) -> int:
        return self._overview(view, found).groups

    def quote_page(self, view: PostgresView, found: Found, sort: str, start: int, stop: int, per_group: int):
        return engine.quote_groups(found.query.search, sort, start, stop - start, per_group)

    def choices(self, view: PostgresView) -> dict[str, list[str]]:
        return cached(view, ("choices",), lambda: engine.choices(ARTICLE_KIND))

    def marks(self, found: Found) -> Marks:
        compiled: Compiled = found.query
        return marks_for(compiled.q)

    def did_you_mean(self, view: PostgresView, text: str) -> str | None:
        return vocabulary.did_you_mean(text)

    def similar_article_ids(self, text: str, *, outlet: str | None, start: date, end: date, limit: int):
        return similar.similar_article_ids(text, outlet=outlet, start=start, end=end, limit=limit)

    def write_batch(self, article_ids: list[int], timeout: float | None = None) -> None:
        """Write these articles' rows; waits at most ``timeout`` seconds for another writer when it
        runs in a transaction of its own (inside the caller's, the caller's transaction decides)."""
        own_transaction = not connection.in_atomic_block
        try:
            with transaction.atomic():
                if timeout is not None and own_transaction:
                    _lock_timeout(timeout)
                state.bump()
                writer.write_articles(article_ids)
        except OperationalError as error:
            if getattr(error.__cause__, "sqlstate", None) == "55P03":  # lock_not_available
                raise IndexBusy(str(error)) from error
            raise

    def bulk_write(self, article_ids: list[int]) -> int:
        """A full build's rows after ``clear()``, in parallel and in bulk (bulk.py)."""
        return bulk.build(article_ids)

    def clear(self) -> None:
        with transaction.atomic():
            writer.clear()
            state.set_built(False)

    def mark_built(self) -> None:
        bulk.ensure_terms_index()
        state.set_built(True)
        writer.analyze()  # statistics for the planner after a bulk load

    def state(self) -> str:
        if not state.tables_exist():
            return MISSING
        _generation, built, version = state.read()
        if built is None:
            return MISSING
        return CURRENT if built and version == state.VERSION else OUTDATED

    def contents(self) -> IndexContents:
        contents = IndexContents()
        rows = SearchDocument.objects.values_list("kind", "object_id", "article_id", "stamp")
        for kind, object_id, article_id, stamp in rows.iterator(chunk_size=5000):
            if kind == ARTICLE_KIND:
                contents.articles[object_id] = stamp
            else:
                contents.quotes[object_id] = (article_id, stamp)
        return contents

    def location(self) -> str:
        settings = connection.settings_dict
        return f"PostgreSQL database {settings['NAME']!r} on {settings.get('HOST') or 'localhost'}"


def headline_tsquery(marks: Marks) -> str | None:
    """Any of the words a search looks for, in the headline (the terms its hits are marked on)."""
    code = ANALYSED_FIELDS["title"]
    return " | ".join(quoted(lexeme(code, term)) for term in sorted(marks.terms)) or None


def _lock_timeout(seconds: float):
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('lock_timeout', %s, true)", [f"{max(1, round(seconds * 1000))}ms"])
