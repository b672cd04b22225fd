"""Finding and repairing every difference between the database and the search data.

The engine's data is compared with the database by ids and stamps only (``SearchEngine.contents()``,
read from the index's columns for Whoosh) and one query per table: public articles the index lacks,
documents older than their article (a stamp that differs), documents of articles deleted or hidden
since, and the same for quotations. Nothing is rebuilt; the articles concerned, and those queued,
are written again (indexing.py).
"""

from dataclasses import dataclass, field

from articles.models import Article, PendingReindex, Quote

from .engines import change_stamp, get_engine
from .indexing import reindex_articles


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
    held = get_engine().contents()
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
