"""Other coverage: articles from other outlets about the same story.

Candidates are the articles of other outlets published within
``candidates.WINDOW_DAYS`` of the article: the nearest ``candidates.PER_SIDE``
each side and the ``candidates.FROM_INDEX`` the search index finds most alike
in the whole window (through the search service). They are ranked by TF-IDF
cosine over the words and word pairs of their titles and first paragraphs;
``story.same_story`` keeps those alike enough, sharing enough names, for the
days between them (the farther apart, the higher the bar); the others are not
the same story and are left out.

Cost: two indexed database queries and one index search for the candidates,
one cache read of their term vectors (computed and cached on a miss, about
2 ms an article), and numpy scoring. The ranked ids are cached until any article changes (the newest
``updated_at``, read from its index, is part of the cache key).
``benchmarks/coverage.py`` prints the figures for a 100,000-article archive.
"""

from django.db.models import Max

from articles.models import Article

from .candidates import candidate_keys
from .similarity import rank, shared_names
from .story import CLOSE_SCORE, same_story
from .vectors import coverage_cache, term_vectors, vector_of

LIMIT = 8
RESULT_TIMEOUT = 60 * 60 * 24


def other_coverage(article: Article, limit: int = LIMIT) -> list[Article]:
    """Published articles of other outlets about the same story as ``article``, closest first."""
    key = f"coverage-result:{article.pk}:{_archive_version()}"
    cache = coverage_cache()
    ids = cache.get(key)
    if ids is None:
        ids = similar_ids(article)
        cache.set(key, ids, RESULT_TIMEOUT)
    found = Article.objects.published().in_bulk(ids[:limit])
    return [found[pk] for pk in ids[:limit] if pk in found]


def similar_ids(article: Article) -> list[int]:
    """Ids of the candidates that are the same story as ``article``, most similar first (no result cache)."""
    target, candidates = vector_of(article), term_vectors(candidate_keys(article))
    ranked = rank(target, candidates, CLOSE_SCORE)
    days = _days_apart(article, [pk for pk, _score in ranked])
    return [
        pk for pk, score in ranked if same_story(score, shared_names(target, candidates[pk]), days.get(pk))
    ]


def _days_apart(article: Article, pks: list[int]) -> dict[int, int]:
    """Days between ``article`` and each of ``pks``, for those both dated."""
    if article.published_on is None or not pks:
        return {}
    dated = Article.objects.filter(pk__in=pks, published_on__isnull=False).values_list("pk", "published_on")
    return {pk: abs((day - article.published_on).days) for pk, day in dated}


def _archive_version() -> float:
    latest = Article.objects.aggregate(latest=Max("updated_at"))["latest"]
    return latest.timestamp() if latest else 0.0
