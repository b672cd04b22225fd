"""Relevance on PostgreSQL: ts_rank for focused searches; headline matches first for broad ones."""

from datetime import date

import pytest

from articles.search import SearchParams, engines, reindex_articles, search
from articles.search.postgres import engine
from tests.factories import make_article

pytestmark = pytest.mark.engines_compared


@pytest.fixture
def archive(postgres, settings):
    settings.DISPATCHES_SEARCH_ENGINE = "postgres"
    engines._engine.cache_clear()
    make_article("Markets calm", "Sanctions were mentioned once.", published_on=date(2020, 1, 3))
    make_article("Sanctions widen", "Sanctions on oil; sanctions on gas.", published_on=date(2019, 1, 1))
    make_article("Weather", "Rain, and a word on sanctions.", published_on=date(2021, 5, 1))
    make_article("Nothing here", "Rain.", published_on=date(2022, 1, 1))
    from django.core.management import call_command

    call_command("ensure_search_index", verbosity=0)
    yield
    engines._engine.cache_clear()


def titles(q, **params):
    return [hit.article.title for hit in search(SearchParams(q=q, **params), per_page=10).hits]


@pytest.mark.usefixtures("archive")
def test_a_focused_search_is_ranked_by_ts_rank():
    assert titles("sanctions")[0] == "Sanctions widen"


@pytest.mark.usefixtures("archive")
def test_a_broad_search_puts_headline_matches_first_then_the_newest(monkeypatch):
    monkeypatch.setattr(engine, "RANKED_MATCHES_LIMIT", 1)

    assert titles("sanctions") == ["Sanctions widen", "Weather", "Markets calm"]
    assert titles("sanctions", page=1) == titles("sanctions", sort="relevance")


@pytest.fixture
def read_along_dates(monkeypatch):
    """Every search counts as broad: pages by date are read along the date index."""
    monkeypatch.setattr(engine, "BROAD_SHARE", 0)
    monkeypatch.setattr(engine, "total_rows", lambda: 1)


@pytest.mark.usefixtures("archive")
@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_a_broad_search_read_along_the_dates_comes_in_the_same_order(request, sort):
    reindex_articles([make_article("Undated sanctions", "Sanctions, undated.", published_on=None).pk])
    expected = titles("sanctions", sort=sort)

    request.getfixturevalue("read_along_dates")

    assert titles("sanctions", sort=sort) == expected
    assert expected[-1] == "Undated sanctions"


@pytest.mark.usefixtures("archive", "read_along_dates")
def test_a_broad_relevance_page_read_along_the_dates_puts_headline_matches_first(monkeypatch):
    monkeypatch.setattr(engine, "RANKED_MATCHES_LIMIT", 1)

    assert titles("sanctions") == ["Sanctions widen", "Weather", "Markets calm"]
