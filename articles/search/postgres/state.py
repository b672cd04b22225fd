"""How far the search data has come (models.SearchState): its generation, whether it is built."""

from django.db import connection

from articles.models.search_data import SearchDocument, SearchState

from .reads import reader

STATE = SearchState._meta.db_table
ROW = 1
# The analysis the rows were written with: change it when documents.py or analysis.py index
# differently, and ``ensure_search_index`` rebuilds data written the old way.
VERSION = "pg-4"  # pg-2: word pairs; pg-3: the kind as a lexeme; pg-4: pairs of frequent terms only


_found_in: set[str] = set()  # databases known to hold the tables (a migration does not go back)


def tables_exist() -> bool:
    database = reader()
    if database.alias in _found_in:
        return True
    if database.vendor != "postgresql":
        return False
    if SearchDocument._meta.db_table not in database.introspection.table_names():
        return False
    _found_in.add(database.alias)
    return True


def bump():
    """Move the generation on, in the current transaction (the row stays locked until it ends:
    writers take turns here, which ``lock_timeout`` bounds)."""
    with connection.cursor() as cursor:
        # The first write makes search data of the current version, as Whoosh's first write makes
        # an index of the current schema; ensure_search_index then adds what was never written.
        cursor.execute(
            f"INSERT INTO {STATE} (id, generation, built, version) VALUES (%s, 1, TRUE, %s) "
            f"ON CONFLICT (id) DO UPDATE SET generation = {STATE}.generation + 1",
            [ROW, VERSION],
        )


def read() -> tuple[tuple, bool | None, str]:
    """(generation, built, version); ((None, 0), None, "") before anything was written.

    The generation is the count of writes with the id of the transaction that made the last one:
    a count alone could come back after a rollback (a test's), a transaction id never does."""
    with reader().cursor() as cursor:
        cursor.execute(f"SELECT xmin::text, generation, built, version FROM {STATE} WHERE id = %s", [ROW])
        row = cursor.fetchone()
    return ((row[0], row[1]), row[2], row[3]) if row else ((None, 0), None, "")


def set_built(built: bool):
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {STATE} (id, generation, built, version) VALUES (%s, 1, %s, %s) "
            f"ON CONFLICT (id) DO UPDATE SET built = EXCLUDED.built, version = EXCLUDED.version, "
            f"generation = {STATE}.generation + 1",
            [ROW, built, VERSION],
        )
