"""Quotations from sources an article leaves unnamed are found by the description it gives."""

from articles.search import QUOTES, SearchParams, search
from tests.factories import make_article, make_quote


def test_a_quotation_is_found_by_its_unnamed_source(index):
    article = make_article("Talks stall", "“The talks are stuck,” a senior official said.")
    make_quote(article, None, "The talks are stuck,", unnamed_source="a senior official")
    index(article)

    results = search(SearchParams(q="senior official", mode=QUOTES))

    assert [(hit.quote.text, hit.quote.unnamed_source) for hit in results.hits] == [
        ("The talks are stuck,", "a senior official")
    ]
