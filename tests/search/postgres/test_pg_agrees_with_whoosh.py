"""The two engines find the same documents: the same archive written to both, the same searches
asked of each (words, phrases, prefixes, fields, operators, filters, quotations); ranks aside."""

from datetime import date

import pytest

from articles.models import Article
from articles.search import QUOTES, SearchParams, engines, search
from articles.search.postgres import PostgresEngine
from articles.search.whoosh import WhooshEngine
from tests.factories import make_article, make_outlet, make_quote, make_speaker

pytestmark = [pytest.mark.engines_compared, pytest.mark.usefixtures("archive")]

ARTICLES = [
    ("Peace talks resume", "Diplomats met in Geneva for peace talks on the treaty.", "RT", "en"),
    ("Treaty signed", "The peace treaty was signed; the talks had ended.", "DW", "de"),
    ("New sanctions", "Oil sanctions were announced in Brussels by the ministers.", "DW", "en"),
    ("Minister speaks", "Lavrov said: we want negotiations without preconditions.", "RT", "en"),
    (
        "Les affaires étrangères",
        "Le ministère des Affaires étrangères a répondu aux négociations.",
        "TASS",
        "fr",
    ),
    ("Pro-Russian rally", "A pro-Russian rally was held; the U.N.-backed envoy spoke.", "TASS", "en"),
    ("Kuril islands", "The Kuril dispute: Japan and Russia negotiate over the islands.", "Xinhua News", ""),
]
QUERIES = [
    "peace",
    "peace treaty",
    '"peace treaty"',
    '"the treaty"',
    "negotiat*",
    "sanct* OR island*",
    "title:treaty",
    'title:"peace talks"',
    "outlet:dw",
    "outlet:xinhua",
    "speaker:lavrov",
    "peace -Geneva",
    "NOT peace",
    "(Geneva OR Brussels) AND (sanctions OR diplomats)",
    "negociations",
    "étrangères",
    "pro-Russian",
    "U.N.-backed",
    "ministers",
    "Kúril",
    '"unbalanced',
    "AND OR NOT",
    "title:foo:bar",
    "*",
]
FILTERS = [
    {},
    {"outlets": ("RT", "TASS")},
    {"speaker": "Sergei Lavrov"},
    {"language": "en"},
    {"date_from": date(2019, 1, 1), "date_to": date(2019, 6, 30)},
]


@pytest.fixture
def archive(postgres, search_index):
    lavrov = make_speaker("Sergei Lavrov")
    articles = []
    for number, (title, body, outlet, language) in enumerate(ARTICLES):
        published = date(2019, 1 + number, 10) if number != 3 else None
        articles.append(
            make_article(title, body, outlet=make_outlet(outlet), language=language, published_on=published)
        )
    make_quote(articles[3], lavrov, "we want negotiations without preconditions")
    make_quote(
        articles[0], None, "peace talks on the treaty", speaker_as_written="", unnamed_source="a diplomat"
    )
    ids = [article.pk for article in articles]
    WhooshEngine().write_batch(ids, 10)
    PostgresEngine().write_batch(ids, 10)


def found_by(engine_name: str, settings, **params) -> list:
    settings.DISPATCHES_SEARCH_ENGINE = engine_name
    engines._engine.cache_clear()
    try:
        results = search(SearchParams(**params), per_page=1000)
    finally:
        engines._engine.cache_clear()
    if params.get("mode") == QUOTES:
        return sorted(hit.quote.pk for hit in results.hits)
    return sorted(hit.article.pk for hit in results.hits)


@pytest.mark.parametrize("q", QUERIES)
@pytest.mark.parametrize("filters", FILTERS, ids=lambda filters: ",".join(filters) or "no filter")
def test_articles_found_agree(q, filters, settings):
    assert found_by("postgres", settings, q=q, **filters) == found_by("whoosh", settings, q=q, **filters)


@pytest.mark.parametrize(
    "q", ["negotiations", "quote:preconditions", "lavrov", "diplomat", "speaker:lavrov", '"peace talks"']
)
def test_quotations_found_agree(q, settings):
    assert found_by("postgres", settings, q=q, mode=QUOTES) == found_by("whoosh", settings, q=q, mode=QUOTES)


def test_the_archive_is_not_empty_on_either_engine(settings):
    assert found_by("postgres", settings, q="*") == sorted(Article.objects.values_list("pk", flat=True))


SEED_QUERIES = [
    "Kuril",
    "Morgulov",
    "US",
    '"peace treaty"',
    "negotiat*",
    "title:kuril",
    "speaker:lavrov",
    "islands -Japan",
]


@pytest.mark.parametrize("mode", ["articles", QUOTES])
def test_the_seed_pages_are_found_alike(seed_dir, migration_data, settings, mode):
    from articles.ingest.run import ingest

    ingest([seed_dir])  # into the Whoosh index (the default engine), then the same into PostgreSQL
    PostgresEngine().write_batch(list(Article.objects.values_list("pk", flat=True)), 10)
    for q in SEED_QUERIES:
        assert found_by("postgres", settings, q=q, mode=mode) == found_by(
            "whoosh", settings, q=q, mode=mode
        ), q
