"""The postings of rare terms are kept in the term index (no block of their own in the postings
file), and such segments are searched and merged like any other."""

import pytest
from haystack import connections
from whoosh import index as whoosh_index

from articles.search.params import QUOTES, SearchParams
from articles.search.service import search
from tests.factories import make_article, make_quote, make_speaker
from tests.search.conftest import found

pytestmark = pytest.mark.whoosh_only  # the Whoosh engine's own plumbing


def test_a_term_of_one_document_keeps_its_postings_in_the_term_index(index):
    (article,) = index(make_article("Talks on Zanzibar", "The talks went on."))

    with whoosh_index.open_dir(connections["default"].get_backend().path).searcher() as searcher:
        info = searcher.reader().term_info("id", f"articles.article.{article.pk}")

    assert info.is_inlined()


def test_words_phrases_and_quotations_are_found_once_segments_are_merged(index):
    speaker = make_speaker()
    for n, place in enumerate(["Zanzibar", "Mombasa", "Lamu"]):
        article = make_article(
            f"Talks in {place}", f"The ministers met in {place} on day {n}. We are ready, {place}."
        )
        make_quote(article, speaker, text=f"We are ready, {place}")
        index(article)
    connections["default"].get_backend().index.optimize()

    assert found("mombasa") == ["Talks in Mombasa"]
    assert found('"met in lamu"') == ["Talks in Lamu"]
    quotes = search(SearchParams(q="ready", mode=QUOTES), per_page=10).hits
    assert sorted(hit.quote.article.title for hit in quotes) == [
        "Talks in Lamu",
        "Talks in Mombasa",
        "Talks in Zanzibar",
    ]
