"""Each article's term counts, cached by id and last update so a lookup mostly reads the cache."""

from collections import Counter

from django.conf import settings
from django.core.cache import caches

from articles.models import Article

from .candidates import Key
from .terms import article_terms

TIMEOUT = 60 * 60 * 24 * 30


def term_counts(keys: list[Key]) -> dict[int, Counter]:
    """Term counts of the articles ``keys`` name; computed and cached for those the cache lacks."""
    cache = coverage_cache()
    names = {pk: _cache_key(pk, updated) for pk, updated in keys}
    cached = cache.get_many(names.values())
    counts = {pk: cached[name] for pk, name in names.items() if name in cached}
    computed = _compute([pk for pk in names if pk not in counts])
    cache.set_many({names[pk]: terms for pk, terms in computed.items()}, TIMEOUT)
    return counts | computed


def terms_of(article: Article) -> Counter:
    return term_counts([(article.pk, article.updated_at)])[article.pk]


def coverage_cache():
    return caches[getattr(settings, "DISPATCHES_COVERAGE_CACHE", "default")]


def _compute(pks: list[int]) -> dict[int, Counter]:
    articles = Article.objects.filter(pk__in=pks).only("title", "body", "language")
    return {article.pk: article_terms(article.title, article.body, article.language) for article in articles}


def _cache_key(pk, updated) -> str:
    return f"coverage-terms:{pk}:{updated.timestamp()}"
