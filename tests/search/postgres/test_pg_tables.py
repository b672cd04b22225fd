"""The search tables exist on PostgreSQL only; SQLite databases are left as they were."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

TABLES = {"articles_search_document", "articles_search_word", "articles_search_state"}


def test_sqlite_gets_no_search_tables():
    if connection.vendor != "sqlite":
        pytest.skip("an SQLite test")
    assert not TABLES & set(connection.introspection.table_names())


def test_postgres_gets_the_search_tables_and_trigrams(postgres):
    assert set(connection.introspection.table_names()) >= TABLES
    with connection.cursor() as cursor:
        cursor.execute("SELECT extname FROM pg_extension")
        assert "pg_trgm" in {row[0] for row in cursor.fetchall()}
