"""Tests of the PostgreSQL engine's own parts; skipped unless the test database is PostgreSQL."""

import pytest
from django.db import connection


@pytest.fixture
def postgres(db):
    if connection.vendor != "postgresql":
        pytest.skip("the PostgreSQL engine needs a PostgreSQL database (DISPATCHES_TEST_DATABASE_URL)")
