"""A curator's save never waits long for a busy index: it answers, and its change stays queued."""

import threading

import pytest
from django.core.management import call_command
from haystack import connections

from articles.models import PendingReindex
from articles.search import reindex_articles
from articles.search.whoosh.index_lock import index_write_lock
from tests.admin.forms import article_form
from tests.factories import make_article
from tests.index_probe import indexed_articles

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]

HELD_AT_MOST = 20  # seconds: a waiting save would get the index then, and the test would see it


class BusyIndex(threading.Thread):
    """Another writer (an ingest's batch) holding the index until released."""

    def __init__(self):
        super().__init__()
        self.holding, self.release = threading.Event(), threading.Event()

    def __enter__(self):
        self.start()
        assert self.holding.wait(timeout=10)
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.join()

    def run(self):
        with index_write_lock(connections["default"].get_backend().path, timeout=10):
            self.holding.set()
            self.release.wait(timeout=HELD_AT_MOST)


def test_a_save_that_finds_the_index_busy_answers_and_leaves_its_change_queued(save, settings):
    settings.SEARCH_INDEX_WRITE_TIMEOUT = 600  # what an ingest would wait: never for a request
    settings.SEARCH_INDEX_REQUEST_TIMEOUT = 0.2
    article = make_article(title="Wrong headline")
    reindex_articles([article.pk])

    with BusyIndex():
        response = save(article, article_form(article, title="Kono and Lavrov meet"))
        assert response.status_code == 302
        assert indexed_articles()[article.pk]["title"] == "Wrong headline"
        assert PendingReindex.objects.filter(article_id=article.pk).exists()

    call_command("reindex_pending", verbosity=0)
    assert indexed_articles()[article.pk]["title"] == "Kono and Lavrov meet"
    assert not PendingReindex.objects.exists()
