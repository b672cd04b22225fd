"""Tests of the PostgreSQL engine's own parts; skipped unless the test database is PostgreSQL."""

import pytest
from django.conf import settings
from django.db import connection

# Without PostgreSQL these would only be skipped, one line each in the summary: not collected.
if not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
    collect_ignore = [
        "test_pg_agrees_with_whoosh.py",
        "test_pg_commands.py",
        "test_pg_writes.py",
        "test_pg_ranking.py",
        "test_pg_views.py",
        "test_pg_bulk.py",
    ]


@pytest.fixture
def postgres(db):
    if connection.vendor != "postgresql":
        pytest.skip("the PostgreSQL engine needs a PostgreSQL database (DISPATCHES_TEST_DATABASE_URL)")
