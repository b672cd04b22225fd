"""Other coverage: articles from other outlets about the same story.

Candidates are the articles of other outlets published within
``candidates.WINDOW_DAYS`` of the article: the nearest ``candidates.PER_SIDE``
each side and the ``candidates.FROM_INDEX`` the search index finds most alike
in the whole window (through the search service). They are ranked by TF-IDF
cosine over the words and word pairs of their titles and first paragraphs;
those below ``THRESHOLD`` are not the same story and are left out.

Cost: two indexed database queries and one index search for the candidates,
one cache read of their term vectors (computed and cached on a miss, about
2 ms an article), and numpy scoring. The ranked ids are cached until any article changes (the newest
``updated_at``, read from its index, is part of the cache key).
``benchmarks/coverage.py`` prints the figures for a 100,000-article archive.
"""

from django.db.models import Max

from articles.models import Article

from .candidates import candidate_keys
from .similarity import rank
from .vectors import coverage_cache, term_vectors, vector_of

# Calibrated on the seeds (0.10 and up even with noisy text-dump bodies), an
# unrelated story of the same days sharing their actors (0.08 at most) and
# PolNeAR's 2016 campaign news, where pairs above 0.14 are one event and pairs
# below 0.09 merely share the campaign.
THRESHOLD = 0.09
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
    """Ids of the candidates similar enough to ``article``, most similar first (no result cache)."""
    candidates = term_vectors(candidate_keys(article))
    return [pk for pk, _score in rank(vector_of(article), candidates, THRESHOLD)]


def _archive_version() -> float:
    latest = Article.objects.aggregate(latest=Max("updated_at"))["latest"]
    return latest.timestamp() if latest else 0.0
