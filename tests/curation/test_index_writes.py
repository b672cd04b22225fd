"""Index writes wait for one another instead of being dropped, and never lose a change."""

import threading

import pytest
from django.core.management import call_command
from haystack import connections

from articles.models import Article, PendingReindex
from articles.search import reindex_articles
from articles.search.whoosh.index_lock import index_write_lock
from tests.factories import make_article
from tests.index_probe import indexed_articles, watching_writers

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]


def index_path():
    return connections["default"].get_backend().path


@pytest.fixture
def indexed_article():
    article = make_article(title="Talks on the islands")
    reindex_articles([article.pk])
    assert article.pk in indexed_articles()
    return article


class BusyWriter(threading.Thread):
    """A writer mid-batch: holds the index write lock and an open Whoosh writer until another
    writer is seen waiting for it (or ten seconds pass)."""

    def __init__(self):
        super().__init__()
        self.holding = threading.Event()
        self.met_a_waiter = False

    def __enter__(self):
        self.start()
        assert self.holding.wait(timeout=10)
        return self

    def __exit__(self, *exc):
        self.join()

    def run(self):
        backend = connections["default"].get_backend()
        with watching_writers() as someone_waiting, index_write_lock(index_path(), timeout=10):
            backend.setup()
            writer = backend.index.refresh().writer()
            self.holding.set()
            self.met_a_waiter = someone_waiting.wait(timeout=10)
            writer.cancel()


def test_a_write_waits_for_another_writer_instead_of_being_dropped(indexed_article):
    Article.objects.filter(pk=indexed_article.pk).update(is_visible=False)

    with BusyWriter() as busy:
        written = reindex_articles([indexed_article.pk])

    assert busy.met_a_waiter and written
    assert indexed_article.pk not in indexed_articles()


def test_a_write_waits_for_a_whoosh_writer_opened_outside_our_lock(indexed_article):
    Article.objects.filter(pk=indexed_article.pk).update(is_visible=False)
    backend = connections["default"].get_backend()
    backend.setup()
    outsider = backend.index.writer()  # as haystack's update_index would hold it
    timer = threading.Timer(0.3, outsider.cancel)
    timer.start()

    written = reindex_articles([indexed_article.pk])

    timer.join()
    assert written
    assert indexed_article.pk not in indexed_articles()


def test_a_write_that_cannot_wait_long_enough_is_queued_and_the_next_write_makes_it(
    indexed_article, settings
):
    settings.SEARCH_INDEX_WRITE_TIMEOUT = 0.2
    Article.objects.filter(pk=indexed_article.pk).update(is_visible=False)
    with index_write_lock(index_path(), timeout=1):
        written = reindex_articles([indexed_article.pk])

    assert not written
    assert list(PendingReindex.objects.values_list("article_id", flat=True)) == [indexed_article.pk]
    assert indexed_article.pk in indexed_articles()

    other = make_article(title="Another story")
    assert reindex_articles([other.pk])

    assert not PendingReindex.objects.exists()
    assert set(indexed_articles()) == {other.pk}


def test_a_deleted_articles_document_is_removed(indexed_article):
    article_id = indexed_article.pk
    indexed_article.delete()

    reindex_articles([article_id])

    assert article_id not in indexed_articles()


def test_haystacks_own_remove_waits_for_a_running_writer_instead_of_dropping_the_delete(indexed_article):
    with BusyWriter() as busy:
        connections["default"].get_backend().remove(f"articles.article.{indexed_article.pk}")

    assert busy.met_a_waiter
    assert indexed_article.pk not in indexed_articles()


def test_update_index_waits_for_a_running_writer(indexed_article):
    Article.objects.filter(pk=indexed_article.pk).update(title="Retitled by a curator")

    with BusyWriter() as busy:
        call_command("update_index", verbosity=0)

    assert busy.met_a_waiter
    assert indexed_articles()[indexed_article.pk]["title"] == "Retitled by a curator"
