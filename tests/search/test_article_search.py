"""Searching articles through the search service, against a throwaway index."""

import re

import pytest

from articles.search.service import search_articles

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]


def outlets_found(query):
    return sorted(hit.article.outlet.name for hit in search_articles(query).hits)


@pytest.mark.usefixtures("ingested_seeds")
class TestSeedSearch:
    def test_a_word_every_seed_uses_finds_all_three(self):
        assert outlets_found("Kuril") == ["DW", "RT", "Sputnik"]

    def test_a_name_only_one_seed_mentions_finds_only_that_one(self):
        assert outlets_found("Morgulov") == ["Sputnik"]

    def test_a_word_no_article_contains_finds_nothing(self):
        assert search_articles("zeppelin").count == 0

    def test_accents_are_folded(self):
        assert outlets_found("Kúril") == ["DW", "RT", "Sputnik"]

    @pytest.mark.parametrize(
        "query",
        ['"unbalanced', "(((", "title:foo:bar", "*", "a/b.c-d", "AND OR NOT", "-", '"', "))((", "x" * 10_000],
    )
    def test_malformed_queries_never_raise(self, query):
        results = search_articles(query)

        assert results.count >= 0

    def test_matches_are_marked_on_whole_words_only(self):
        for hit in search_articles("US").hits:
            marked = re.findall(r"(\w?)<mark>(.*?)</mark>(\w?)", hit.snippet)

            assert marked
            assert all(word.lower() == "us" and not before and not after for before, word, after in marked)
