"""Which articles might be other coverage of a story: other outlets, published around the same days.

The window is wide (the seeds, three outlets on one story, span ten weeks)
but bounded in count, so the cost of a lookup does not grow with the archive:
the ``PER_SIDE`` nearest articles before and after the day, and the
``FROM_INDEX`` articles of the whole window that the search index finds most
alike (in a dense archive the nearest few hundred cover only a few days).
"""

from datetime import datetime, timedelta

from articles.models import Article
from articles.search import similar_article_ids

WINDOW_DAYS = 90
PER_SIDE = 100
FROM_INDEX = 100
QUERY_TEXT_CHARACTERS = 4000  # the title and the start of the body: where a story is told
# Articles whose date could not be read are placed by ingest order instead.
UNDATED_PER_SIDE = 25

Key = tuple[int, datetime]  # (article id, last update): what a cached term count is valid for


def candidate_keys(article: Article) -> list[Key]:
    """(id, updated_at) of the articles worth comparing with ``article``."""
    others = Article.objects.published().from_other_outlets_than(article).values_list("pk", "updated_at")
    if article.published_on is None:
        return _nearest_by_id(others, article.pk, PER_SIDE)
    keys = [
        *_nearest_by_day(others, article.published_on),
        *_alike_in_window(others, article),
        *_nearest_by_id(others.filter(published_on__isnull=True), article.pk, UNDATED_PER_SIDE),
    ]
    return list(dict(keys).items())


def _nearest_by_day(others, day) -> list[Key]:
    window = timedelta(days=WINDOW_DAYS)
    before = others.filter(published_on__gte=day - window, published_on__lte=day)
    after = others.filter(published_on__gt=day, published_on__lte=day + window)
    return [
        *before.order_by("-published_on", "-pk")[:PER_SIDE],
        *after.order_by("published_on", "pk")[:PER_SIDE],
    ]


def _alike_in_window(others, article: Article) -> list[Key]:
    window = timedelta(days=WINDOW_DAYS)
    ids = similar_article_ids(
        f"{article.title}\n{article.body[:QUERY_TEXT_CHARACTERS]}",
        outlet=article.outlet.name if article.outlet_id else None,
        start=article.published_on - window,
        end=article.published_on + window,
        limit=FROM_INDEX,
    )
    return list(others.filter(pk__in=ids).values_list("pk", "updated_at")) if ids else []


def _nearest_by_id(others, pk, per_side) -> list[Key]:
    return [
        *others.filter(pk__lt=pk).order_by("-pk")[:per_side],
        *others.filter(pk__gt=pk).order_by("pk")[:per_side],
    ]
