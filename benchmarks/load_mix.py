"""The requests of the load test (benchmarks/load.py): addresses of every kind, drawn from the archive.

``mixed_urls`` reads the archive's own ids and slugs (Django set up on the archive's data directory)
and returns addresses by kind: the search page for each query type of benchmarks/search.py, article,
speaker and outlet pages, API lists, details and search, and feeds. ``draw`` picks a kind by its
weight, then one of its addresses, as a client of the load test does for each request.
"""

import random
from urllib.parse import urlencode

# Share of the requests of each kind other than the search page; the search page's query types share
# SEARCH_WEIGHT equally. Readers mostly search and read articles; feeds and the API are polled.
SEARCH_WEIGHT = 45
WEIGHTS = {
    "article": 15,
    "speaker": 6,
    "outlet": 4,
    "api list": 8,
    "api detail": 8,
    "api search": 5,
    "feed": 9,
}
SAMPLE = 300  # objects of each model whose addresses are asked


def mixed_urls(rng: random.Random, searches_per_type: int = 150) -> dict[str, list[str]]:
    """Addresses by kind; search kinds are named ``search: <query type>`` (at most 184 of each:
    the common words of benchmarks/search.py)."""
    from benchmarks.search import query_sets

    urls = {
        f"search: {kind}": [f"/search/?{urlencode(params, doseq=True)}" for params in requests]
        for kind, requests in query_sets(searches_per_type, rng).items()
    }
    return urls | _archive_urls(rng)


def weights(urls: dict[str, list[str]]) -> dict[str, float]:
    searches = [kind for kind in urls if kind.startswith("search: ")]
    return {kind: SEARCH_WEIGHT / len(searches) if kind in searches else WEIGHTS[kind] for kind in urls}


def draw(rng: random.Random, urls: dict[str, list[str]], kind_weights: dict[str, float]) -> tuple[str, str]:
    """(kind, address) of one request."""
    kind = rng.choices(list(kind_weights), weights=list(kind_weights.values()))[0]
    return kind, rng.choice(urls[kind])


def _archive_urls(rng: random.Random) -> dict[str, list[str]]:
    from articles.models import Article, Outlet, Quote, Speaker
    from benchmarks.synthetic import HEAD_WORDS

    articles = _sample(rng, Article.objects.published())
    speakers = _sample(rng, Speaker.objects.active())
    outlets = list(Outlet.objects.active().filter(articles__isnull=False).distinct())
    quotes = _sample(rng, Quote.objects.published(), objects=False)
    words = HEAD_WORDS[40:260]
    article_ids = [article.pk for article in articles]
    return {
        "article": [article.get_absolute_url() for article in articles],
        "speaker": [speaker.get_absolute_url() for speaker in speakers],
        "outlet": [outlet.get_absolute_url() for outlet in outlets],
        "api list": [
            *(f"/api/articles/?outlet={outlet.slug}" for outlet in outlets),
            *(f"/api/articles/?after={pk}" for pk in article_ids[:100]),
            *(f"/api/quotes/?limit=50&after={pk}" for pk in quotes[:100]),
            *(f"/api/speakers/?after={speaker.pk}" for speaker in speakers[:50]),
        ],
        "api detail": [
            *(f"/api/articles/{pk}/" for pk in article_ids),
            *(f"/api/speakers/{speaker.pk}/" for speaker in speakers),
            *(f"/api/quotes/{pk}/" for pk in quotes),
        ],
        "api search": [f"/api/search/?q={word}" for word in words],
        "feed": [
            "/feeds/articles/",
            *(f"/feeds/search/?q={word}" for word in words[:100]),
            *(f"/feeds/outlets/{outlet.slug}/" for outlet in outlets),
            *(f"/feeds/speakers/{speaker.slug}/" for speaker in speakers[:100]),
        ],
    }


def _sample(rng: random.Random, queryset, objects=True) -> list:
    """Up to SAMPLE objects (or ids) of ``queryset`` chosen by ``rng``, in the order drawn."""
    ids = list(queryset.order_by("pk").values_list("pk", flat=True))
    chosen = rng.sample(ids, min(SAMPLE, len(ids)))
    if not objects:
        return chosen
    found = queryset.in_bulk(chosen)
    return [found[pk] for pk in chosen]
