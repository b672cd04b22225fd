"""Search tests run against throwaway search data holding only the articles each test makes.

On a PostgreSQL test database every search test runs twice, once per engine (``search_engine``):
the Whoosh index and the PostgreSQL search tables must find the same documents. Tests of the
Whoosh engine's own plumbing are marked ``whoosh_only``.
"""

import pytest
from django.conf import settings

from articles.search import SearchParams, engines, reindex_articles, search

ENGINE_NAMES = ["whoosh", "postgres"]


def on_postgres() -> bool:
    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


def pytest_generate_tests(metafunc):
    wanted = "search_engine" in metafunc.fixturenames and on_postgres()
    one_run = any(
        metafunc.definition.get_closest_marker(name) for name in ("whoosh_only", "engines_compared")
    )
    if wanted and not one_run:
        metafunc.parametrize("search_engine", ENGINE_NAMES, indirect=True)


@pytest.fixture
def search_engine(request, settings):
    """The engine a search test runs on: Whoosh, and on PostgreSQL each engine in turn."""
    settings.DISPATCHES_SEARCH_ENGINE = getattr(request, "param", "whoosh")
    engines._engine.cache_clear()
    yield settings.DISPATCHES_SEARCH_ENGINE
    engines._engine.cache_clear()


@pytest.fixture
def search_index(search_engine, search_index):
    """The throwaway Whoosh index (tests/conftest.py), with the engine of the test chosen first."""
    return search_index


@pytest.fixture
def index(db, search_index):
    """Call with articles to put them (and their quotations) in the test's own index."""

    def put(*articles):
        reindex_articles([article.pk for article in articles])
        return articles

    return put


def found(q="", **params):
    """Titles of the articles a search finds, in the order shown (all of them, not one page)."""
    results = search(SearchParams(q=q, **params), per_page=1000)
    return [hit.article.title for hit in results.hits]
