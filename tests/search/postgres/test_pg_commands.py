"""With DISPATCHES_SEARCH_ENGINE=postgres: ingest and ensure_search_index keep the search tables whole."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, PendingReindex, SearchDocument, SearchState
from articles.search import SearchParams, engines, search
from articles.search.postgres.state import VERSION
from tests.factories import make_article

pytestmark = pytest.mark.engines_compared


@pytest.fixture
def on_postgres(postgres, settings):
    settings.DISPATCHES_SEARCH_ENGINE = "postgres"
    engines._engine.cache_clear()
    yield
    engines._engine.cache_clear()


def ensure_search_index(*args) -> str:
    out = StringIO()
    call_command("ensure_search_index", *args, stdout=out)
    return out.getvalue()


def test_ensure_search_index_builds_missing_search_data(on_postgres):
    make_article("Kuril talks resume", "Talks on the islands.")

    assert "Building the search index, as there is none." in ensure_search_index()
    assert search(SearchParams(q="islands")).count == 1
    assert engines.get_engine().state() == "current"


def test_ensure_search_index_rebuilds_data_written_by_another_analysis(on_postgres):
    make_article("Kuril talks resume", "Talks on the islands.")
    ensure_search_index()
    SearchState.objects.update(version=f"not {VERSION}")

    assert "Building the search index" in ensure_search_index()
    assert SearchDocument.objects.filter(kind="a").count() == 1


def test_an_ingest_is_searchable_when_it_commits_with_nothing_left_queued(
    on_postgres, seed_dir, migration_data
):
    from articles.ingest.run import ingest

    ingest([seed_dir], index=False)  # the rows are written with each article all the same

    assert not PendingReindex.objects.exists()
    assert search(SearchParams(q="Kuril")).count == Article.objects.count() == 3


def test_a_curators_edit_reaches_search_in_its_own_transaction(on_postgres):
    from articles.search import reindex_on_commit

    article = make_article("Kuril talks resume", "Talks on the islands.")
    ensure_search_index()
    Article.objects.filter(pk=article.pk).update(title="Kuril talks collapse")
    reindex_on_commit([article.pk])  # as the admin does, inside the request's transaction

    assert search(SearchParams(q="title:collapse")).count == 1
    assert not PendingReindex.objects.exists()
