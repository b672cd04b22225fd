"""Writing to the search index: ``reindex_articles`` is the one entry point for every write.

An article's quotations are indexed with it (quotation search): each batch replaces the
quotations of its articles, found by article since a re-ingest may have deleted the old ones.

The database is the source of truth. Each batch is read from it while this
process holds the index write lock, so of two writers the later one writes
the newer state. Writes wait for the lock instead of being dropped; a batch
that still cannot be written is queued (``PendingReindex``) and retried by the
next write, so an admin change never silently misses the index.
"""

import logging
from functools import partial

from django.db import transaction
from haystack import connections
from haystack.constants import ID
from haystack.exceptions import SkipDocument
from whoosh.index import LockError
from whoosh.query import Or, Term

from articles.models import Article, PendingReindex, Quote

from .index_lock import IndexBusy, index_write_lock, write_timeout
from .schema_version import forget_schema_version, write_schema_version

log = logging.getLogger(__name__)

BATCH_SIZE = 500
WHOOSH_LOCK_POLL = 0.1
# A batch's postings are sorted in memory up to this size, and spilled to temporary files (pickled) beyond.
WRITER_MEMORY_MB = 256
SMALL_WRITE_DOCUMENTS = 100  # an article and its quotations, a few at most
MAX_UNMERGED_SEGMENTS = 8
QUOTE_ARTICLE_FIELD = "article"  # QuoteIndex.article: the id of the quotation's article


def batched(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def index_for(model):
    return connections["default"].get_unified_index().get_index(model)


def article_index():
    return index_for(Article)


def reindex_articles(article_ids) -> bool:
    """Bring the index in line with the database for these articles: (re)index public ones, drop the rest.

    Articles queued by an earlier write that could not happen go along.
    Returns False when the index stayed busy and some articles were queued.
    """
    queued = dict(PendingReindex.objects.values_list("pk", "article_id"))
    ids = sorted(set(article_ids) | set(queued.values()))
    written = set()
    try:
        for batch in batched(ids, BATCH_SIZE):
            _write_batch(batch)
            written.update(batch)
    except (IndexBusy, LockError) as error:
        log.warning("Search index busy (%s); %d articles queued for the next write.", error, len(ids))
        _requeue(set(ids) - written - set(queued.values()))
        return False
    except Exception:
        _requeue(set(ids) - written - set(queued.values()))
        raise
    finally:
        _forget([pk for pk, article_id in queued.items() if article_id in written])
    return True


def rebuild_index() -> int:
    """A new index, of the current schema, holding every public article and its quotations.

    Haystack's ``rebuild_index`` gives the same index, but its ``update_document`` opens a searcher
    for every document once the index has a segment: minutes for a few thousand articles. The
    schema version is written last, so that an interrupted rebuild is done again."""
    backend = connections["default"].get_backend()
    backend.clear()
    forget_schema_version(backend.path)
    ids = list(article_index().index_queryset().values_list("pk", flat=True))
    reindex_articles(ids)
    write_schema_version(backend.path)
    return len(ids)


def reindex_on_commit(article_ids):
    """Reindex these articles once the current transaction commits (at once outside one)."""
    ids = sorted({pk for pk in article_ids if pk is not None})
    if ids:
        transaction.on_commit(partial(reindex_articles, ids), robust=True)


def pending_count() -> int:
    return PendingReindex.objects.count()


def _requeue(article_ids):
    PendingReindex.objects.bulk_create(PendingReindex(article_id=pk) for pk in sorted(article_ids))


def _forget(queue_pks):
    if queue_pks:
        PendingReindex.objects.filter(pk__in=queue_pks).delete()


def _write_batch(article_ids):
    backend = connections["default"].get_backend()
    with index_write_lock(backend.path, write_timeout()):
        index = article_index()
        public = list(index.index_queryset().filter(pk__in=article_ids))
        documents = [doc for doc in (_document(backend, index, article) for article in public) if doc]
        indexed = {doc[ID] for doc in documents}
        gone = [f"{Article._meta.label_lower}.{pk}" for pk in article_ids]
        documents += _quote_documents(backend, article_ids)
        removed = [identifier for identifier in gone if identifier not in indexed]
        _commit(backend, documents, removed, quotes_of=article_ids)


def _quote_documents(backend, article_ids) -> list[dict]:
    index = index_for(Quote)
    quotes = index.index_queryset().filter(article_id__in=article_ids)
    return [doc for doc in (_document(backend, index, quote) for quote in quotes) if doc]


def _document(backend, index, obj) -> dict | None:
    """The document haystack's own ``update`` would write, converted for Whoosh."""
    try:
        prepared = index.full_prepare(obj)
    except SkipDocument:
        return None
    prepared.pop("boost", None)  # Whoosh 2.5+ has no document boosts
    return {key: backend._from_python(value) for key, value in prepared.items()}


def _commit(backend, documents, removed_identifiers, quotes_of=()):
    """One Whoosh writer per batch; waits for Whoosh's own lock if a writer outside ours holds it."""
    if not backend.setup_complete:
        backend.setup()
    backend.index = backend.index.refresh()
    writer = backend.index.writer(timeout=write_timeout(), delay=WHOOSH_LOCK_POLL, limitmb=WRITER_MEMORY_MB)
    try:
        _delete_old_versions(writer, [doc[ID] for doc in documents] + list(removed_identifiers), quotes_of)
        for document in documents:
            writer.add_document(**document)
    except BaseException:
        writer.cancel()
        raise
    writer.commit(merge=_worth_merging(writer, len(documents)))


def _worth_merging(writer, document_count: int) -> bool:
    """Whether this commit merges small segments, as Whoosh does by default. A small write (an
    admin save) skips it, so that a curator seldom waits for a merge (a quarter of a second on the
    samples), until a few unmerged segments pile up: each one slows every later write and search a
    little (benchmarks/admin_save.py). Ingest and rebuilds merge as usual."""
    return document_count > SMALL_WRITE_DOCUMENTS or len(writer.segments) >= MAX_UNMERGED_SEGMENTS


def _delete_old_versions(writer, identifiers, quotes_of):
    """Delete a batch's old documents through one searcher.

    Whoosh's ``update_document`` opens a new searcher for every document, which
    made indexing cost seconds per article on a large index; one delete query
    per batch and plain ``add_document`` do the same work once.
    """
    terms = [Term(ID, identifier) for identifier in identifiers]
    terms += [Term(QUOTE_ARTICLE_FIELD, str(pk)) for pk in quotes_of]
    if not terms:
        return
    with writer.searcher() as searcher:
        writer.delete_by_query(Or(terms), searcher=searcher)
