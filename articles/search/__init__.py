"""The search service: every search-engine call in the project goes through this package.

This module is its public face: views, the API, feeds, the admin, management commands, ingest,
curation, other coverage and presentation import from ``articles.search`` only. Behind it the
service (this package's top-level modules) asks the engine named by
``DISPATCHES_SEARCH_ENGINE`` through the interface of engines.py; the engine's plumbing lives in
its own subpackage (``articles/search/whoosh/``). ``make lint`` enforces the boundary
(import-linter contracts in ``.importlinter``).
"""

from . import limits
from .chart import as_dates, every_month
from .engines import CURRENT, MISSING, OUTDATED, IndexBusy, engine_name, get_engine
from .export import export_columns, export_rows
from .indexing import (
    pending_count,
    queue_reindex,
    rebuild_index,
    reindex_articles,
    reindex_on_commit,
    reindex_pending,
)
from .params import ARTICLES, MAX_PAGE, NEWEST, OLDEST, QUOTES, RELEVANCE, SORTS, SearchParams
from .reconcile import Differences, differences, repair
from .results import SearchResults
from .service import PER_PAGE, filter_choices, search, search_articles, similar_article_ids
from .typed import asks_for_quotes, normalise


def query_limits() -> dict[str, int]:
    """The limits on one query (limits.py) by name, for the help page."""
    return {name: value for name, value in vars(limits).items() if name.startswith("MAX_")}


def index_state() -> str:
    """``MISSING`` (no search data yet), ``OUTDATED`` (needs a rebuild) or ``CURRENT``."""
    return get_engine().state()


def index_location() -> str:
    """Where the engine keeps its search data, for messages."""
    return get_engine().location()


__all__ = [
    "ARTICLES",
    "CURRENT",
    "MAX_PAGE",
    "MISSING",
    "NEWEST",
    "OLDEST",
    "OUTDATED",
    "PER_PAGE",
    "QUOTES",
    "RELEVANCE",
    "SORTS",
    "Differences",
    "IndexBusy",
    "SearchParams",
    "SearchResults",
    "as_dates",
    "asks_for_quotes",
    "differences",
    "engine_name",
    "every_month",
    "export_columns",
    "export_rows",
    "filter_choices",
    "index_location",
    "index_state",
    "limits",
    "normalise",
    "pending_count",
    "query_limits",
    "queue_reindex",
    "rebuild_index",
    "reindex_articles",
    "reindex_on_commit",
    "reindex_pending",
    "repair",
    "search",
    "search_articles",
    "similar_article_ids",
]
