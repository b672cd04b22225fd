"""Reads reuse one open searcher until the index changes, and never write to the index."""

from pathlib import Path

import pytest
from haystack import connections

from articles.search.indexing import rebuild_index
from articles.search.params import SearchParams
from articles.search.service import search
from articles.search.snapshot import current_snapshot
from tests.factories import make_article


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
