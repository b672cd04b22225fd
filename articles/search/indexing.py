"""Keeping the search index in line with the database, so that no change is ever lost to it.

What the index has still to learn is recorded in the database in the same transaction as the change
itself: ``queue_reindex`` adds one ``PendingReindex`` row per article. A row is deleted only once
the index write that covers it has committed, so a process killed anywhere in between (an ingest,
a web request waiting for the index, a rebuild) leaves its rows behind for the next writer,
``manage.py reindex_pending`` or ``manage.py ensure_search_index``.

Every document also carries its article's stamp (``Article.updated_at``, which ``queue_reindex``
moves on when a change reaches an article through its quotes, speakers or outlet):
``ensure_search_index`` compares stamps and ids with the database (reconcile.py) and so finds
what no queue row records, such as an index restored from an older copy.

How a batch is written is the engine's business (``SearchEngine.write_batch``, engines.py); the
queue works whatever writes the documents. ``reindex_articles`` is the one entry point for every write.
"""

import logging
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from articles.models import Article, PendingReindex

from .engines import IndexBusy, get_engine, write_timeout

log = logging.getLogger(__name__)

BATCH_SIZE = 500
# A full build writes larger batches: in Whoosh one segment each, which it leaves unmerged (merging
# rewrites every posting), so fewer, larger segments make a smaller index, built and searched faster.
# A batch's postings are held in memory: about 0.25 MB an article (2,000 articles: 550 MB peak).
BUILD_BATCH_SIZE = 4000
# Seconds a web request (an admin save) waits for the index before leaving its change queued.
DEFAULT_REQUEST_TIMEOUT = 2
# Articles a web request writes at most; a larger change (an outlet merge) leaves the rest queued.
REQUEST_WRITE_LIMIT = 200
QUERY_CHUNK = 500  # ids per IN (...) clause


def batched(items, size):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def request_timeout() -> float:
    return getattr(settings, "SEARCH_INDEX_REQUEST_TIMEOUT", DEFAULT_REQUEST_TIMEOUT)


def queue_reindex(article_ids, *, touch: bool = True):
    """Record, in the current transaction, that these articles' documents must be written again;
    an engine keeping its data in the database (PostgreSQL) writes them there and then instead.

    ``touch`` moves their stamp on: needed when the change is to another row (a quote, a speaker's
    name, the outlet's name), not when the article itself was just saved.
    """
    ids = sorted({pk for pk in article_ids if pk is not None})
    if touch:
        now = timezone.now()
        for chunk in batched(ids, QUERY_CHUNK):
            Article.objects.filter(pk__in=chunk).update(updated_at=now)
    if writes_in_transaction():
        get_engine().write_batch(ids, None)  # commits or rolls back with the change: nothing to queue
        return
    PendingReindex.objects.bulk_create(PendingReindex(article_id=pk) for pk in ids)


def writes_in_transaction() -> bool:
    """Whether the engine's search data lives in the database (PostgreSQL), written with each change."""
    return getattr(get_engine(), "writes_in_transaction", False)


def reindex_on_commit(article_ids):
    """Queue these articles in the current transaction, and write them once it commits.

    The write is a web request's: it waits at most ``SEARCH_INDEX_REQUEST_TIMEOUT`` seconds for
    the index and writes at most ``REQUEST_WRITE_LIMIT`` articles; whatever it leaves stays queued.
    """
    ids = sorted({pk for pk in article_ids if pk is not None})
    if ids:
        queue_reindex(ids)
        if not writes_in_transaction():
            transaction.on_commit(partial(_write_for_request, ids), robust=True)


def _write_for_request(article_ids):
    own = article_ids[:REQUEST_WRITE_LIMIT]
    if len(article_ids) > len(own):
        log.warning("%d articles left queued for the index: too many for a request.", len(article_ids))
    try:
        reindex_articles(own, timeout=request_timeout(), queued_limit=REQUEST_WRITE_LIMIT - len(own))
    except Exception:  # the change is committed and queued: the curator must not see an error page
        log.exception("Writing the search index failed; the change stays queued.")


def reindex_articles(
    article_ids=(),
    *,
    timeout: float | None = None,
    queued_limit: int | None = None,
    batch_size: int | None = None,
):
    """Bring the index in line with the database for these articles and for queued ones (the
    ``queued_limit`` oldest; all by default): public ones (re)indexed, the rest's documents dropped.

    Queue rows read for an article are deleted once a batch holding it has committed.
    Returns False when the index stayed busy for ``timeout`` seconds (the index write timeout by
    default); what was not written then stays queued.
    """
    own = {pk for pk in article_ids if pk is not None}
    rows = _queue_rows(own, queued_limit)
    ids = sorted(own | set(rows))
    timeout = write_timeout() if timeout is None else timeout
    written = set()
    try:
        for batch in batched(ids, batch_size or BATCH_SIZE):
            write_batch(batch, timeout)
            written.update(batch)
            _forget([pk for article_id in batch for pk in rows.get(article_id, [])])
    except IndexBusy as error:
        log.warning("Search index busy (%s); %d articles left queued.", error, len(set(ids) - written))
        _requeue(own - written - set(rows))
        return False
    except BaseException:
        _requeue(own - written - set(rows))
        raise
    return True


def reindex_pending(timeout: float | None = None) -> bool:
    """Write every queued article (``manage.py reindex_pending``, each ingest batch)."""
    return reindex_articles((), timeout=timeout)


def rebuild_index() -> int:
    """A new index, of the current schema, holding every public article and its quotations.

    Haystack's ``rebuild_index`` gives the same index, but its ``update_document`` opens a searcher
    for every document once the index has a segment: minutes for a few thousand articles. The
    schema version is written last, so that an interrupted rebuild is done again."""
    engine = get_engine()
    engine.clear()
    ids = list(Article.objects.published().order_by("pk").values_list("pk", flat=True))
    bulk_write = getattr(engine, "bulk_write", None)  # an engine may load a whole build its own way
    if bulk_write is not None:
        bulk_write(ids)
    elif not reindex_articles(ids, batch_size=BUILD_BATCH_SIZE):
        raise IndexBusy("another writer kept the index locked during the rebuild")
    engine.mark_built()
    return len(ids)


def write_batch(article_ids, timeout: float):
    """One batch through the engine (a function of its own: the crash tests kill a process here)."""
    get_engine().write_batch(article_ids, timeout)


def pending_count() -> int:
    return PendingReindex.objects.count()


def _queue_rows(own, queued_limit) -> dict[int, list[int]]:
    """Queue row ids by article: the oldest ``queued_limit`` rows, and every row of ``own``."""
    queue = PendingReindex.objects.order_by("pk").values_list("pk", "article_id")
    pairs = list(queue if queued_limit is None else queue[: max(queued_limit, 0)])
    for chunk in batched(sorted(own), QUERY_CHUNK):
        pairs += queue.filter(article_id__in=chunk)
    rows = {}
    for pk, article_id in pairs:
        rows.setdefault(article_id, set()).add(pk)
    return {article_id: sorted(pks) for article_id, pks in rows.items()}


def _requeue(article_ids):
    PendingReindex.objects.bulk_create(PendingReindex(article_id=pk) for pk in sorted(article_ids))


def _forget(queue_pks):
    for chunk in batched(queue_pks, QUERY_CHUNK):
        PendingReindex.objects.filter(pk__in=chunk).delete()
