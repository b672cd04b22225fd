"""Where the engine reads: the read replica during public requests, when there is one (archive/routers.py)."""

from django.db import connections, router

from articles.models.search_data import SearchDocument


def reader():
    """The connection searches read from; writes always go to the primary (``django.db.connection``)."""
    return connections[router.db_for_read(SearchDocument)]
