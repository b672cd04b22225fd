"""The Whoosh index read directly: tests check what was written, not what search makes of it."""

import logging
import threading
from contextlib import contextmanager

from haystack import connections
from whoosh.index import exists_in, open_dir

from articles.search.whoosh.backend import LIST_SEPARATOR


def indexed_articles() -> dict[int, dict]:
    """Stored fields of every article document in the index, by article id."""
    path = connections["default"].get_backend().path
    if not exists_in(path):
        return {}
    with open_dir(path).searcher() as searcher:
        return {
            int(fields["django_id"]): fields
            for fields in searcher.all_stored_fields()
            if fields["django_ct"] == "articles.article"
        }


def indexed_speakers(article_id: int) -> set[str]:
    value = indexed_articles()[article_id].get("speakers") or ""
    names = value if isinstance(value, list) else value.split(LIST_SEPARATOR)
    return {name.strip() for name in names if name.strip()}


class WriterWaiting(logging.Handler):
    """Sets ``event`` when some index writer logs that it is waiting for another to finish."""

    def __init__(self):
        super().__init__(level=logging.INFO)
        self.event = threading.Event()

    def emit(self, record):
        if "waiting" in record.getMessage():
            self.event.set()


@contextmanager
def watching_writers():
    handler = WriterWaiting()
    logger = logging.getLogger("articles.search.whoosh.index_lock")
    previous = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        yield handler.event
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)
