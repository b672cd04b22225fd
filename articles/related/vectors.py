"""Each article's term vector, cached by id and last update so a lookup mostly reads the cache."""

from django.conf import settings
from django.core.cache import caches

from articles.models import Article

from .candidates import Key
from .names import article_names
from .similarity import TermVector
from .terms import article_terms

TIMEOUT = 60 * 60 * 24 * 30
VECTOR_VERSION = 2  # bumped when TermVector changes, so that no cache serves an older shape


def term_vectors(keys: list[Key]) -> dict[int, TermVector]:
    """Term vectors of the articles ``keys`` name; computed and cached for those the cache lacks."""
    cache = coverage_cache()
    names = {pk: _cache_key(pk, updated) for pk, updated in keys}
    cached = cache.get_many(names.values())
    found = {pk: cached[name] for pk, name in names.items() if name in cached}
    computed = _compute([pk for pk in names if pk not in found])
    cache.set_many({names[pk]: vector for pk, vector in computed.items()}, TIMEOUT)
    return found | computed


def vector_of(article: Article) -> TermVector:
    return term_vectors([(article.pk, article.updated_at)])[article.pk]


def coverage_cache():
    return caches[getattr(settings, "DISPATCHES_COVERAGE_CACHE", "default")]


def _compute(pks: list[int]) -> dict[int, TermVector]:
    articles = Article.objects.filter(pk__in=pks).only("title", "body", "language")
    return {
        article.pk: TermVector.of(
            article_terms(article.title, article.body, article.language),
            article_names(article.title, article.body),
        )
        for article in articles
    }


def _cache_key(pk, updated) -> str:
    return f"coverage-vector-{VECTOR_VERSION}:{pk}:{updated.timestamp()}"
