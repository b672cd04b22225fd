"""How one batch of articles is written to the Whoosh index: their documents and their quotations'.

This module knows Whoosh; it knows nothing of the queue of pending writes (indexing.py), which
works the same whatever writes the documents. A batch is read from the database while this
process holds the index write lock, so of two writers the later one writes the newer state.
"""

from haystack import connections
from haystack.constants import ID
from haystack.exceptions import SkipDocument
from whoosh.reading import SegmentReader

from articles.models import Article, Quote

from ..analysis import paired_terms
from .codec import segment_codec
from .index_lock import index_write_lock
from .pair_terms import read_pair_terms
from .phrases import pairs_field
from .schema_version import schema_version
from .segments import NO_MERGE, ArchiveWriter, merge_small

WHOOSH_LOCK_POLL = 0.1
# A batch's postings are sorted in memory up to this size, and spilled to temporary files (pickled) beyond.
WRITER_MEMORY_MB = 256
SMALL_WRITE_DOCUMENTS = 100  # an article and its quotations, a few at most
MAX_UNMERGED_SEGMENTS = 8
QUOTE_ARTICLE_FIELD = "article"  # QuoteIndex.article: the id of the quotation's article


def index_for(model):
    return connections["default"].get_unified_index().get_index(model)


def article_index():
    return index_for(Article)


def article_identifier(pk) -> str:
    return f"{Article._meta.label_lower}.{pk}"


def write_batch(article_ids, timeout: float):
    """Bring these articles' documents in line with the database in one commit: public articles and
    their public quotations (re)written, everything else of theirs removed.

    Raises ``IndexBusy`` (or Whoosh's ``LockError``) when the index stays locked for ``timeout`` seconds.
    """
    backend = connections["default"].get_backend()
    with index_write_lock(backend.path, timeout):
        index = article_index()
        public = list(index.index_queryset().filter(pk__in=article_ids))
        documents = [doc for doc in (_document(backend, index, article) for article in public) if doc]
        indexed = {doc[ID] for doc in documents}
        documents += _quote_documents(backend, article_ids)
        removed = [article_identifier(pk) for pk in article_ids if article_identifier(pk) not in indexed]
        _commit(backend, documents, removed, timeout, quotes_of=article_ids)


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


def _commit(backend, documents, removed_identifiers, timeout, quotes_of=()):
    """One Whoosh writer per batch; waits for Whoosh's own lock if a writer outside ours holds it."""
    if not backend.setup_complete or _pairs_chosen_since(backend):
        backend.setup()
    writer = _writer(backend, timeout)
    try:
        _delete_old_versions(writer, [doc[ID] for doc in documents] + list(removed_identifiers), quotes_of)
        for document in documents:
            writer.add_document(**document)
    except BaseException:
        writer.cancel()
        raise
    writer.commit(mergetype=_merge_policy(backend, writer, len(documents)))


def _writer(backend, timeout):
    backend.index = backend.index.refresh()
    return ArchiveWriter(
        backend.index,
        timeout=timeout,
        delay=WHOOSH_LOCK_POLL,
        limitmb=WRITER_MEMORY_MB,
        codec=segment_codec(),
    )


def _merge_policy(backend, writer, document_count: int):
    """NO_MERGE while a full build is under way (the index has no schema version until it is marked
    built): its large batches are left as they are written, since a merge rewrites every posting
    (10,000 articles: nearly as long as writing them). Otherwise small segments are merged as Whoosh
    does (streamed, segments.py), unless the write is small (``_worth_merging``)."""
    if schema_version(backend.path) is None:
        return NO_MERGE
    return merge_small if _worth_merging(writer, document_count) else NO_MERGE


def _pairs_chosen_since(backend) -> bool:
    """Whether the index was rebuilt with other frequent terms (pair_terms.py) since this process
    built its schema, which would write other words' pairs."""
    name = pairs_field("text")
    if name not in backend.schema:
        return False
    return paired_terms(backend.schema[name].analyzer) != read_pair_terms(backend.path)


def _worth_merging(writer, document_count: int) -> bool:
    """Whether this commit merges small segments, as Whoosh does by default. A small write (an
    admin save) skips it, so that a curator seldom waits for a merge (a quarter of a second on the
    samples), until a few unmerged segments pile up: each one slows every later write and search a
    little (benchmarks/admin_save.py). Ingest and rebuilds merge as usual."""
    return document_count > SMALL_WRITE_DOCUMENTS or len(writer.segments) >= MAX_UNMERGED_SEGMENTS


def _delete_old_versions(writer, identifiers, quotes_of):
    """Delete a batch's old documents by their unique terms, segment by segment.

    Each segment's term index is looked up for the batch's ids (a hash look-up in its memory map)
    and the postings of the few terms found are read: no searcher, no scoring, nothing read in
    proportion to the index. Whoosh's ``update_document`` opens a searcher for every document,
    which made indexing cost seconds per article on a large index.
    """
    terms = [(ID, identifier) for identifier in identifiers]
    terms += [(QUOTE_ARTICLE_FIELD, str(pk)) for pk in quotes_of]
    first = 0
    for segment in list(writer.segments):
        for docnum in _segment_docs(writer, segment, terms):
            writer.delete_document(first + docnum)
        first += segment.doc_count_all()


def _segment_docs(writer, segment, terms) -> set[int]:
    """Numbers (within ``segment``) of its live documents holding any of ``terms``."""
    reader = SegmentReader(writer.storage, writer.schema, segment)
    try:
        return {
            docnum
            for fieldname, text in terms
            if (fieldname, text) in reader
            for docnum in reader.postings(fieldname, text).all_ids()
            if not segment.is_deleted(docnum)
        }
    finally:
        reader.close()
