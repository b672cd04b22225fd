"""A full build of the PostgreSQL search rows: prepared by worker processes, the GIN index built once."""

import pytest
from django.db import connection

from articles.models import SearchDocument
from articles.search import SearchParams, engines, rebuild_index, search
from articles.search.postgres import bulk, pairs, writer
from tests.factories import make_article, make_quote, make_speaker

pytestmark = pytest.mark.engines_compared


@pytest.fixture
def on_postgres(settings):
    if connection.vendor != "postgresql":
        pytest.skip("the PostgreSQL engine needs a PostgreSQL database (DISPATCHES_TEST_DATABASE_URL)")
    settings.DISPATCHES_SEARCH_ENGINE = "postgres"
    engines._engine.cache_clear()
    yield
    engines._engine.cache_clear()


def archive(count: int):
    lavrov = make_speaker("Sergei Lavrov")
    for number in range(count):
        article = make_article(f"Talks {number}", f"Lavrov said “round {number} went well”.")
        make_quote(article, lavrov, text=f"round {number} went well")


def rows() -> list[tuple]:
    return sorted(SearchDocument.objects.values_list("kind", "object_id", "terms", "speakers", "stamp"))


def terms_index_exists() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = %s", [bulk.TERMS_INDEX])
        return cursor.fetchone() is not None


@pytest.mark.django_db(transaction=True)
def test_workers_write_the_rows_one_process_writes(on_postgres, monkeypatch, settings):
    archive(7)
    monkeypatch.setattr(bulk, "BATCH_SIZE", 2)  # four batches for two workers
    settings.SEARCH_BUILD_WORKERS = 1
    rebuild_index()
    one_process = rows()

    writer.clear()
    ids = sorted(row[1] for row in one_process if row[0] == "a")
    assert bulk.build(ids, processes=2) == 7

    assert rows() == one_process
    assert terms_index_exists()
    assert search(SearchParams(q="round")).count == 7


@pytest.mark.django_db
def test_a_build_cut_short_gets_its_index_back_when_built_again(on_postgres):
    archive(1)
    bulk.drop_terms_index()

    rebuild_index()

    assert terms_index_exists()
    assert search(SearchParams(q='"went well"')).count == 1


@pytest.mark.django_db
def test_a_build_holds_the_pairs_of_frequent_words_and_phrases_use_them(on_postgres):
    for number in range(6):
        make_article(f"Visit {number}", f"The foreign minister met a Zanzibar{number} envoy.")
    make_article("Reversed", "A minister of foreign affairs.")
    rebuild_index()

    assert {"foreign", "minist"} <= pairs.current()
    assert "'T:foreign minist'" in "".join(SearchDocument.objects.values_list("terms", flat=True))
    assert search(SearchParams(q='"foreign minister"')).count == 6
    assert search(SearchParams(q='"minister of foreign"')).count == 1
    assert search(SearchParams(q='"a zanzibar3 envoy"')).count == 1
