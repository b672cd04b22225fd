"""Index writes wait for one another instead of being dropped, and never lose a change."""

import threading

import pytest
from haystack import connections

from articles.models import Article, PendingReindex
from articles.search.index_lock import index_write_lock
from articles.search.indexing import reindex_articles
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


def hold_until_someone_waits(acquire, released: threading.Event):
    """Run ``acquire`` (a context manager factory) in a thread and keep it until another writer waits."""

    def hold():
        with watching_writers() as someone_waiting, acquire():
            holding.set()
            someone_waiting.wait(timeout=10)
        released.set()

    holding = threading.Event()
    thread = threading.Thread(target=hold)
    thread.start()
    assert holding.wait(timeout=10)
    return thread


def test_a_write_waits_for_another_writer_instead_of_being_dropped(indexed_article):
    Article.objects.filter(pk=indexed_article.pk).update(is_visible=False)
    released = threading.Event()
    holder = hold_until_someone_waits(lambda: index_write_lock(index_path(), timeout=10), released)

    written = reindex_articles([indexed_article.pk])

    holder.join()
    assert released.is_set() and written
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
