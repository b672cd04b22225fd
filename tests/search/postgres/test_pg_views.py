"""Web processes on PostgreSQL search without holding the search data: the database answers."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from articles.search import SearchParams, engines, queue_reindex, search
from tests.factories import make_article, make_outlet

pytestmark = pytest.mark.engines_compared


@pytest.fixture
def archive(postgres, settings):
    settings.DISPATCHES_SEARCH_ENGINE = "postgres"
    engines._engine.cache_clear()
    for number in range(3):
        make_article(f"Treaty {number}", "The treaty was signed.", published_on=date(2020, 1, 3 + number))
    from django.core.management import call_command

    call_command("ensure_search_index", verbosity=0)
    yield
    engines._engine.cache_clear()


def search_statements(params: SearchParams) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        results = search(params)
    assert results.count == 3
    return [query["sql"] for query in captured if "articles_search_document" in query["sql"]]


@pytest.mark.usefixtures("archive")
def test_a_search_after_a_write_reads_only_what_the_page_shows():
    search(SearchParams(q="treaty"))
    article = make_article("Weather", "Rain.", published_on=date(2021, 1, 1))
    queue_reindex([article.pk])

    statements = search_statements(SearchParams(q="treaty"))

    assert statements, "the page is answered by the search table"
    assert all(" WHERE " in sql for sql in statements), "no statement reads every search row"


@pytest.mark.usefixtures("archive")
def test_an_outlet_filter_and_the_outlet_facet_are_counted_in_one_pass():
    make_article("Treaty elsewhere", "The treaty.", outlet=make_outlet("RT"), published_on=date(2020, 2, 1))
    queue_reindex(list(Article.objects.values_list("pk", flat=True)))
    params = SearchParams(q="treaty", outlets=("RT",))

    with CaptureQueriesContext(connection) as captured:
        results = search(params)

    assert results.count == 1
    outlets = {entry.label: entry.count for entry in results.facets[0].entries}
    assert outlets == {"Example News": 3, "RT": 1}
    assert sum("GROUPING SETS" in query["sql"] for query in captured) == 1
