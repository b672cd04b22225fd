"""Writing to the search index: in batches, from the database, which stays the source of truth."""

from haystack import connections

from articles.models import Article

BATCH_SIZE = 500


def batched(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def article_index():
    return connections["default"].get_unified_index().get_index(Article)


def reindex_articles(article_ids):
    """Bring the index in line with the database for these articles: (re)index public ones, drop the rest."""
    index = article_index()
    backend = connections["default"].get_backend()
    for batch in batched(sorted(set(article_ids)), BATCH_SIZE):
        public = list(index.index_queryset().filter(pk__in=batch))
        if public:
            backend.update(index, public)
        for article_id in set(batch) - {article.pk for article in public}:
            backend.remove(f"articles.article.{article_id}")
