"""Database routers: the PostgreSQL search tables, and reads from a read replica.

``SearchDataRouter`` (always on) says the PostgreSQL search engine's tables live in PostgreSQL
databases only, so that nothing (``dumpdata``, test flushes) looks for them in an SQLite one.

``ReplicaRouter`` reads from a PostgreSQL read replica, when ``DATABASE_REPLICA_URL`` names one.

Only what cannot need a write just made goes to the replica: the reads of public GET and HEAD
requests (search, article pages, feeds, the API). Everything else reads the primary: the admin,
forms that post, management commands (an ingest reads what it wrote), and every read inside a
transaction. A replica lags its primary by the time a change takes to stream (milliseconds on a
local network), so a public page may show a change a moment after it was made.
"""

from contextvars import ContextVar

from django.db import connections

PRIMARY, REPLICA = "default", "replica"
ADMIN_PREFIX = "/admin/"
SAFE_METHODS = frozenset({"GET", "HEAD"})

_reading_replica: ContextVar[bool] = ContextVar("reading_replica", default=False)


SEARCH_DATA_MODELS = frozenset({"searchdocument", "searchword", "searchstate"})


class SearchDataRouter:
    def allow_migrate(self, db, app_label, model_name=None, **hints):
        if app_label == "articles" and model_name in SEARCH_DATA_MODELS:
            return connections[db].vendor == "postgresql"
        return None


class ReplicaRouter:
    """Public requests' reads to the replica; writes, migrations and everything else to the primary."""

    def db_for_read(self, model, **hints):
        if _reading_replica.get() and not connections[PRIMARY].in_atomic_block:
            return REPLICA
        return PRIMARY

    def db_for_write(self, model, **hints):
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica holds the primary's rows: one database as far as relations go

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY


class ReplicaReadsMiddleware:
    """Marks a public GET or HEAD request's reads for the replica (first in MIDDLEWARE)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        public = request.method in SAFE_METHODS and not request.path.startswith(ADMIN_PREFIX)
        token = _reading_replica.set(public)
        try:
            return self.get_response(request)
        finally:
            _reading_replica.reset(token)


def reading_replica() -> bool:
    return _reading_replica.get()
