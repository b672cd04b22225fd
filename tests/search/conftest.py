"""Search tests run against a throwaway Whoosh index holding only the articles each test makes."""

import pytest

from articles.search import SearchParams, reindex_articles, search


@pytest.fixture
def index(db, search_index):
    """Call with articles to put them (and their quotations) in the test's own index."""

    def put(*articles):
        reindex_articles([article.pk for article in articles])
        return articles

    return put


def found(q="", **params):
    """Titles of the articles a search finds, in the order shown (all of them, not one page)."""
    results = search(SearchParams(q=q, **params), per_page=1000)
    return [hit.article.title for hit in results.hits]
