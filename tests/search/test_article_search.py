"""Searching the seed pages through the search service, against a throwaway index."""

import re

import pytest

from articles.search import SearchParams, search

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index", "ingested_seeds")]


def outlets_found(query):
    return sorted(hit.article.outlet.name for hit in search(SearchParams(q=query)).hits)


def test_a_word_every_seed_uses_finds_all_three():
    assert outlets_found("Kuril") == ["DW", "RT", "Sputnik"]


def test_a_name_only_one_seed_mentions_finds_only_that_one():
    assert outlets_found("Morgulov") == ["Sputnik"]


def test_a_word_no_article_contains_finds_nothing():
    assert search(SearchParams(q="zeppelin")).count == 0


def test_accents_are_folded():
    assert outlets_found("Kúril") == ["DW", "RT", "Sputnik"]


@pytest.mark.parametrize(
    "query",
    ['"unbalanced', "(((", "title:foo:bar", "*", "a/b.c-d", "AND OR NOT", "-", '"', "))((", "x" * 10_000],
)
def test_malformed_queries_never_raise(query):
    assert search(SearchParams(q=query)).count >= 0


def test_matches_are_marked_on_whole_words_only():
    for hit in search(SearchParams(q="US")).hits:
        marked = re.findall(r"(\w?)<mark>(.*?)</mark>(\w?)", hit.snippet)

        assert all(word.lower() == "us" and not before and not after for before, word, after in marked)
