"""Finding and repairing every difference between the database and the search index.

The index is compared with the database by ids and stamps only, read from the index's columns and
one query per table: public articles the index lacks, documents older than their article (a stamp
that differs), documents of articles deleted or hidden since, and the same for quotations. Nothing
is rebuilt; the articles concerned, and those queued, are written again (indexing.py).
"""

from dataclasses import dataclass, field

from haystack import connections
from whoosh import index as whoosh_index

from articles.models import Article, PendingReindex, Quote

from ..indexing import reindex_articles
from .fields import change_stamp
from .snapshot import ARTICLE, QUOTE

COLUMNS = ("django_ct", "django_id", "article", "stamp")


@dataclass
class IndexContents:
    """What the index holds: article documents' stamps by article id, quotation documents'
    (article id, stamp) by quote id, and ids found in more than one document."""

    articles: dict[int, str] = field(default_factory=dict)
    quotes: dict[int, tuple[int, str]] = field(default_factory=dict)
    doubled_articles: set[int] = field(default_factory=set)


@dataclass
class Differences:
    """Ids of what differs, by kind, and the articles to write again to set it right."""

    missing: set[int] = field(default_factory=set)  # public articles without a document
    stale: set[int] = field(default_factory=set)  # documents written before their article's last change
    removed: set[int] = field(default_factory=set)  # documents of articles deleted or hidden since
    missing_quotes: set[int] = field(default_factory=set)
    stale_quotes: set[int] = field(default_factory=set)
    removed_quotes: set[int] = field(default_factory=set)
    queued: int = 0  # queue rows waiting for a write
    queued_articles: set[int] = field(default_factory=set)
    article_ids: set[int] = field(default_factory=set)  # to write again (besides the queued ones)
    done: bool = True  # False when the index stayed busy: what was not written stays queued

    def __bool__(self):
        return bool(self.article_ids or self.queued)

    @property
    def written(self) -> int:
        """How many articles a repair writes again."""
        return len(self.article_ids | self.queued_articles)

    def __str__(self):
        parts = [
            (len(self.missing), "articles missing from the index"),
            (len(self.stale), "articles indexed as they were before a change"),
            (len(self.removed), "documents of deleted or hidden articles"),
            (len(self.missing_quotes), "quotations missing"),
            (len(self.stale_quotes), "quotations indexed as they were before a change"),
            (len(self.removed_quotes), "documents of deleted, hidden or wrong quotations"),
            (self.queued, "queued changes"),
        ]
        return ", ".join(f"{count} {what}" for count, what in parts if count)


def differences() -> Differences:
    """Compare the index with the database; changes nothing."""
    public = {
        pk: change_stamp(updated)
        for pk, updated in Article.objects.published().order_by().values_list("pk", "updated_at")
    }
    public_quotes = dict(Quote.objects.published().order_by().values_list("pk", "article_id"))
    held = index_contents()
    queue = list(PendingReindex.objects.values_list("article_id", flat=True))
    found = Differences(queued=len(queue), queued_articles=set(queue))
    found.missing = public.keys() - held.articles.keys()
    found.removed = held.articles.keys() - public.keys()
    found.stale = {pk for pk, stamp in held.articles.items() if pk in public and public[pk] != stamp}
    found.stale |= held.doubled_articles & public.keys()
    found.missing_quotes = public_quotes.keys() - held.quotes.keys()
    found.removed_quotes = held.quotes.keys() - public_quotes.keys()
    found.stale_quotes = {
        pk
        for pk, (article_id, stamp) in held.quotes.items()
        if pk in public_quotes and (article_id != public_quotes[pk] or public.get(public_quotes[pk]) != stamp)
    }
    found.article_ids = found.missing | found.stale | found.removed
    found.article_ids |= {public_quotes[pk] for pk in found.missing_quotes | found.stale_quotes}
    found.article_ids |= {held.quotes[pk][0] for pk in found.removed_quotes | found.stale_quotes}
    return found


def repair() -> Differences:
    """Write again every article whose documents differ from the database, and every queued one."""
    found = differences()
    if found:
        found.done = reindex_articles(found.article_ids)
    return found


def index_contents() -> IndexContents:
    """Ids and stamps of every live document, read from the index's columns (not its stored fields)."""
    path = connections["default"].get_backend().path
    contents = IndexContents()
    if not whoosh_index.exists_in(path):
        return contents
    with whoosh_index.open_dir(path).searcher() as searcher:
        reader = searcher.reader()
        if reader.doc_count_all() == 0:  # Whoosh's empty reader has no columns to read
            return contents
        for leaf, _offset in reader.leaf_readers():
            _read_leaf(leaf, contents)
    return contents


def _read_leaf(leaf, contents: IndexContents):
    columns = [_column(leaf, name) for name in COLUMNS]
    for docnum, (kind, pk, article, stamp) in enumerate(zip(*columns, strict=True)):
        if leaf.is_deleted(docnum) or not pk:
            continue
        if kind == ARTICLE:
            if int(pk) in contents.articles:
                contents.doubled_articles.add(int(pk))
            contents.articles[int(pk)] = stamp
        elif kind == QUOTE:
            doubled = int(pk) in contents.quotes  # no stamp then, so that the quotation is written again
            contents.quotes[int(pk)] = (int(article) if article else None, None if doubled else stamp)


def _column(leaf, name) -> list[str | None]:
    if name not in leaf.schema or not leaf.has_column(name):
        return [None] * leaf.doc_count_all()
    return [_text(value) for value in leaf.column_reader(name, translate=False)]


def _text(value):
    if isinstance(value, bytes):
        value = value.decode("utf-8")
    return value or None
