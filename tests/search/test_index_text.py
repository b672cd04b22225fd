"""The index holds articles' text as written, not escaped for HTML: no "x27" or "quot" to find, and
words with apostrophes or quotation marks found as they are written."""

import pytest

from articles.search import SearchParams, search
from tests.factories import make_article


def outlets_found(q: str) -> list[str]:
    return [hit.article.outlet.name for hit in search(SearchParams(q=q), per_page=100).hits]


@pytest.mark.parametrize("escape", ["x27", "quot"])
def test_html_escapes_are_not_words_of_the_seeds(ingested_seeds, escape):
    assert outlets_found(escape) == []


def test_a_phrase_with_an_apostrophe_finds_the_seed_that_says_it(ingested_seeds):
    assert outlets_found('"ministry\'s statement"') == ["DW"]


def test_quotation_marks_and_ampersands_in_an_article_are_not_indexed_as_entities(index):
    index(make_article('Peace & "quiet" talks', 'The minister\'s reply: "no comment" & more.'))

    assert search(SearchParams(q='"minister\'s reply"')).count == 1
    assert search(SearchParams(q="quot OR amp OR x27 OR 39")).count == 0
