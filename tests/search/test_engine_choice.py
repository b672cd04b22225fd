"""Which engine answers: the one named in the settings, and PostgreSQL only on a PostgreSQL database."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from articles.search import SearchParams, engines, search
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_each_engine_of_the_suite_answers_the_searches(search_engine, index):
    index(make_article(title="Kuril talks resume"))

    assert engines.get_engine().name == search_engine
    assert search(SearchParams(q="talk")).count == 1


def test_the_postgres_engine_is_refused_on_another_database_with_a_clear_error(settings):
    if connection.vendor == "postgresql":
        pytest.skip("an SQLite test")
    settings.DISPATCHES_SEARCH_ENGINE = "postgres"
    engines._engine.cache_clear()
    try:
        with pytest.raises(ImproperlyConfigured, match="DISPATCHES_SEARCH_ENGINE=postgres .* PostgreSQL"):
            engines.get_engine()
    finally:
        engines._engine.cache_clear()
