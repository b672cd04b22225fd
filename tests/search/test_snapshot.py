"""Reads reuse one open searcher until the index changes, and never write to the index."""

import threading
from pathlib import Path

import pytest
from haystack import connections

from articles.search import SearchParams, rebuild_index, search
from articles.search.whoosh.snapshot import current_snapshot, open_searcher
from tests.factories import make_article

pytestmark = pytest.mark.whoosh_only  # the Whoosh engine's own plumbing


def test_the_searcher_is_reused_until_the_index_changes(index):
    index(make_article("First story", "Talks."))
    before = current_snapshot()

    assert current_snapshot() is before
    index(make_article("Second story", "Talks."))
    after = current_snapshot()

    assert after is not before
    assert search(SearchParams(q="talks")).count == 2


def test_a_rebuilt_index_is_searched_even_when_it_reaches_the_old_generation_number(index):
    index(make_article("First story", "Talks."))
    before = current_snapshot()
    rebuilt_article = make_article("Rebuilt story", "Talks.")

    rebuild_index()
    # The new index was filled in one commit, as the old one was: the same generation number.
    assert current_snapshot().generation == before.generation

    assert {hit.article.title for hit in search(SearchParams(q="talks")).hits} == {
        "First story",
        rebuilt_article.title,
    }


def test_a_search_before_any_index_exists_says_so_and_creates_nothing(db, search_index):
    path = Path(connections["default"].options["PATH"])

    results = search(SearchParams(q="talks"))

    assert results.unavailable and results.count == 0
    assert not path.exists()


def test_hidden_articles_leave_the_index_when_reindexed(index):
    (article,) = index(make_article("Soon hidden", "Talks."))
    article.is_visible = False
    article.save()
    index(article)

    assert search(SearchParams(q="talks")).count == 0


@pytest.mark.parametrize("page", [1, 2, 99])
def test_pages_past_the_end_show_the_last_page(index, page):
    index(*[make_article(f"Story {n}", "Talks.") for n in range(3)])

    results = search(SearchParams(q="talks", page=page), per_page=2)

    assert results.page.number == min(page, 2)
    assert len(results.hits) == (2 if page == 1 else 1)


def test_an_outdated_snapshot_whose_files_a_merge_removed_shares_the_searcher_it_has(index):
    """Opening another searcher of a generation fails once a writer has merged its segments away;
    a second thread then waits for the snapshot's own searcher instead of failing."""
    index(make_article("First story", "Talks."))
    old = current_snapshot()
    index(make_article("Second story", "Talks."))
    connections["default"].get_backend().index.optimize()
    with pytest.raises(OSError):
        open_searcher(old.ix, old.toc)
    lent, give_back, counted = threading.Event(), threading.Event(), []

    def hold_the_searcher():
        with old.searching():
            lent.set()
            give_back.wait(timeout=20)

    holder = threading.Thread(target=hold_the_searcher)
    holder.start()
    lent.wait(timeout=20)
    waiter = threading.Thread(target=lambda: counted.append(_count(old)))
    waiter.start()
    waiter.join(timeout=0.5)
    assert counted == []
    give_back.set()
    waiter.join(timeout=20)
    holder.join(timeout=20)

    assert counted == [1]


def _count(snapshot):
    with snapshot.searching() as searcher:
        return searcher.doc_count()
