"""A full build of the PostgreSQL search rows: prepared in parallel, loaded with COPY, indexed once.

Preparing a row (analysis, tsvector text) costs a few milliseconds of Python an article: worker
processes share it, each preparing a batch and loading it with COPY on a connection of its own.
The GIN index of the terms is dropped first and built once at the end: building it over the
loaded table is several times cheaper than updating it row by row. The vocabulary (words) is
collected from the workers and inserted once. A build cut short leaves the state unbuilt
(``ensure_search_index`` builds again, and puts the index back first: ``ensure_terms_index``).
"""

import logging
import multiprocessing
import os
import time

from django.conf import settings
from django.db import connection, connections

from articles.models.search_data import SearchDocument

from . import pairs, writer
from .documents import vocabulary

TABLE = SearchDocument._meta.db_table
TERMS_INDEX = "search_document_terms"
log = logging.getLogger(__name__)
BATCH_SIZE = 500
# Work memory for building the GIN index in one pass (the server's default, 64 MB, spills to disk).
INDEX_BUILD_MEMORY = "256MB"


def workers() -> int:
    """Processes preparing rows (``DISPATCHES_SEARCH_BUILD_WORKERS``; default: the machine's cores)."""
    return max(1, getattr(settings, "SEARCH_BUILD_WORKERS", None) or os.cpu_count() or 1)


def build(article_ids: list[int], processes: int | None = None) -> int:
    """Write the rows of these articles (after ``writer.clear()``); returns articles written.

    Inside a transaction (a test's, a caller's) the workers could not see its rows: one process
    then prepares and loads everything on the caller's connection."""
    processes = workers() if processes is None else processes
    batches = list(writer.batched(article_ids, BATCH_SIZE))
    started = time.perf_counter()
    global _pair_terms  # noqa: PLW0603 (read by the forked workers)
    _pair_terms = pairs.choose(pairs.sample_texts(article_ids))
    pairs.store(_pair_terms)
    drop_terms_index()
    if processes > 1 and not connection.in_atomic_block and len(batches) > 1:
        written, words = _in_workers(batches, processes)
    else:
        processes, written, words = 1, 0, set()
        for batch in batches:
            count, batch_words = _load(batch)
            written += count
            words |= batch_words
    loaded = time.perf_counter()
    writer.add_words_sorted(words)
    worded = time.perf_counter()
    ensure_terms_index()
    log.info(
        "Search rows of %d articles prepared and loaded by %d processes in %.1f s, %d words added in "
        "%.1f s, GIN index built in %.1f s",
        written, processes, loaded - started, len(words), worded - loaded, time.perf_counter() - worded,
    )  # fmt: skip
    return written


def _in_workers(batches, processes) -> tuple[int, set]:
    connections.close_all()  # each process opens its own connection (a forked socket is shared)
    written, words = 0, set()
    with multiprocessing.get_context("fork").Pool(processes, initializer=_start_worker) as pool:
        for count, batch_words in pool.imap_unordered(_load, batches):
            written += count
            words |= batch_words
    return written, words


def _start_worker():
    connections.close_all()


_pair_terms: frozenset[str] = frozenset()


def _load(batch: list[int]) -> tuple[int, set]:
    rows = writer.rows_for(batch, _pair_terms)
    writer.copy_rows(rows)
    words = vocabulary(rows)
    return sum(row.kind == "a" for row in rows), words


def drop_terms_index():
    with connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX IF EXISTS {TERMS_INDEX}")


def ensure_terms_index():
    """The GIN index of the terms, built in one pass if it is missing."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('maintenance_work_mem', %s, false)", [INDEX_BUILD_MEMORY])
        cursor.execute(f"CREATE INDEX IF NOT EXISTS {TERMS_INDEX} ON {TABLE} USING gin (terms)")
        cursor.execute("RESET maintenance_work_mem")
