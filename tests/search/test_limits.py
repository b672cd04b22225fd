"""One query asks for bounded work (limits.py), says on its page what the limits left out, and finds
with many-word prefixes the same documents as before."""

import threading

import pytest
from django.db import connection
from whoosh.searching import Searcher

from articles.search import SearchParams, limits, search
from articles.search.whoosh import engine
from articles.search.whoosh.snapshot import current_snapshot
from tests.factories import make_article

LONG_WORD = "x" * (limits.MAX_SUGGESTION_WORD_LENGTH - 1) + "yz"  # one character past the limit
FITTING_WORD = LONG_WORD[1:]


def titles(q: str, **params) -> set[str]:
    return {hit.article.title for hit in search(SearchParams(q=q, **params), per_page=1000).hits}


def test_a_word_longer_than_the_limit_gets_no_spelling_suggestion(index):
    index(make_article("Long word", f"The word {LONG_WORD} and the word {FITTING_WORD}."))

    assert search(SearchParams(q=LONG_WORD[:-1] + "q")).suggestion is None
    assert search(SearchParams(q=FITTING_WORD[:-1] + "q")).suggestion.label == FITTING_WORD


def test_only_the_first_unknown_words_get_spelling_suggestions(index):
    index(make_article("Talks", "negotiations sanctions"))
    typed = " ".join(["zzzzqq"] * limits.MAX_CORRECTED_WORDS + ["negotiatons"])

    assert search(SearchParams(q=typed)).suggestion is None
    assert search(SearchParams(q="negotiatons")).suggestion.label == "negotiations"


def test_words_past_the_limit_are_left_out_and_the_page_says_so(index):
    index(make_article("Talks", "peace talks"), make_article("Other", "other words"))
    padding = " OR ".join(["peace"] * limits.MAX_QUERY_WORDS)

    results = search(SearchParams(q=f"{padding} OR other"))

    assert {hit.article.title for hit in results.hits} == {"Talks"}
    assert results.notices == [f"Only the first {limits.MAX_QUERY_WORDS} words of the query were searched."]


def test_prefixes_past_the_limit_are_searched_as_words_and_the_page_says_so(index):
    index(make_article("Talks", "peace talks"), make_article("Pea", "a pea and peaches"))
    prefixes = " OR ".join(["zz*"] * limits.MAX_PREFIXES)

    results = search(SearchParams(q=f"{prefixes} OR pea*"))

    assert {hit.article.title for hit in results.hits} == {"Pea"}
    assert "prefixes (word*) were expanded" in results.notices[0]
    assert titles("pea*") == {"Talks", "Pea"}


def stems(count: int) -> list[str]:
    return [f"sam{chr(97 + n // 26)}{chr(97 + n % 26)}" for n in range(count)]


@pytest.fixture
def many_words(index):
    """Forty words starting "sam", more than a prefix scores word by word, spread over articles."""
    words = stems(40)
    index(
        *[make_article(f"Story {n}", f"{' '.join(words[n::5])} and talks {n}") for n in range(5)],
        make_article("Unrelated", "nothing of the kind"),
    )
    return words


def test_a_prefix_of_many_words_finds_every_document_holding_one(many_words):
    assert titles("sam*") == {f"Story {n}" for n in range(5)}
    assert titles("sam* -talks") == set()
    assert titles("sam* NOT samaa") == {f"Story {n}" for n in range(1, 5)}
    assert titles('sam* AND "talks 3"') == {"Story 3"}
    assert titles("samaa* OR samab*") == {"Story 0", "Story 1"}
    assert titles("sam* sam*", sort="newest") == {f"Story {n}" for n in range(5)}


@pytest.mark.whoosh_only
def test_a_prefix_standing_for_more_words_than_allowed_says_so(many_words, monkeypatch):
    monkeypatch.setattr(engine, "MAX_PREFIX_WORDS", 8)

    results = search(SearchParams(q="sam*"))

    assert results.count == 5
    assert results.notices == [
        "sam*: more words start with this than one search looks at; the first ones in alphabetical "
        "order were searched."
    ]


def in_own_connection(work):
    """``work`` for a thread of its own, closing the database connection Django opened for it."""

    def run():
        try:
            work()
        finally:
            connection.close()

    return run


@pytest.mark.whoosh_only
def test_a_search_answers_while_another_thread_is_in_the_middle_of_one(index, monkeypatch):
    """No lock shared by all requests is held while a query runs: a slow search holds up no other."""
    index(make_article("Slow", "slowword"), make_article("Fast", "fastword"))
    current_snapshot()
    inside, release = threading.Event(), threading.Event()
    search_with_collector = Searcher.search_with_collector

    def slow_for_slowword(self, q, collector, context=None):
        if "slowword" in repr(q):
            inside.set()
            release.wait(timeout=20)
        return search_with_collector(self, q, collector, context)

    monkeypatch.setattr(Searcher, "search_with_collector", slow_for_slowword)
    slow = threading.Thread(target=in_own_connection(lambda: search(SearchParams(q="slowword"))))
    slow.start()
    try:
        assert inside.wait(timeout=20)
        answered = []
        fast = threading.Thread(
            target=in_own_connection(lambda: answered.append(search(SearchParams(q="fastword")).count))
        )
        fast.start()
        fast.join(timeout=10)
        assert answered == [1]
    finally:
        release.set()
        slow.join()
