"""The query language researchers know, and ordinary text that must never turn into syntax."""

import pytest

from articles.search import SearchParams, search
from tests.factories import make_article, make_outlet, make_quote, make_speaker
from tests.search.conftest import found


@pytest.fixture
def archive(index):
    rt, dw = make_outlet("RT"), make_outlet("DW")
    lavrov = make_speaker("Sergei Lavrov")
    talks = make_article(
        "Peace talks resume", "Diplomats met in Geneva for peace talks on the treaty.", outlet=rt
    )
    treaty = make_article("Treaty signed", "The peace treaty was signed; the talks had ended.", outlet=dw)
    sanctions = make_article("New sanctions", "Oil sanctions were announced in Brussels.", outlet=dw)
    quoted = make_article(
        "Minister speaks", "Lavrov said: we want negotiations without preconditions.", outlet=rt
    )
    make_quote(quoted, lavrov, "we want negotiations without preconditions")
    index(talks, treaty, sanctions, quoted)


pytestmark = pytest.mark.usefixtures("archive")


def test_every_word_must_appear():
    assert sorted(found("peace treaty")) == ["Peace talks resume", "Treaty signed"]
    assert found("peace sanctions") == []


def test_an_exact_phrase_needs_the_words_together_and_in_order():
    assert found('"peace treaty"') == ["Treaty signed"]


def test_curly_quotes_typed_on_a_phone_make_a_phrase():
    assert found("“peace treaty”") == ["Treaty signed"]


def test_or_finds_either_word():
    assert sorted(found("Geneva OR Brussels")) == ["New sanctions", "Peace talks resume"]


@pytest.mark.parametrize("query", ["peace NOT Geneva", "peace -Geneva", "peace AND NOT Geneva"])
def test_not_and_minus_leave_a_word_out(query):
    assert found(query) == ["Treaty signed"]


def test_parentheses_group_alternatives():
    assert sorted(found("(Geneva OR Brussels) AND (sanctions OR diplomats)")) == [
        "New sanctions",
        "Peace talks resume",
    ]


def test_a_trailing_star_finds_words_that_start_that_way():
    assert sorted(found("negotiat*")) == ["Minister speaks"]
    assert sorted(found("sanct*")) == ["New sanctions"]


def test_title_prefix_searches_headlines_only():
    assert found("title:treaty") == ["Treaty signed"]
    assert sorted(found("treaty")) == ["Peace talks resume", "Treaty signed"]


def test_outlet_prefix_searches_the_outlet_name():
    assert sorted(found("outlet:dw")) == ["New sanctions", "Treaty signed"]


def test_speaker_prefix_finds_articles_quoting_the_speaker():
    assert found("speaker:lavrov") == ["Minister speaks"]


def test_quote_prefix_switches_to_quotation_search():
    results = search(SearchParams(q="quote:preconditions", mode="quotes"))

    assert [hit.quote.text for hit in results.hits] == ["we want negotiations without preconditions"]


def test_a_lone_exclusion_finds_everything_without_the_word():
    assert sorted(found("-peace")) == ["Minister speaks", "New sanctions"]


def test_a_star_alone_finds_everything():
    assert len(found("*")) == 4


@pytest.mark.parametrize(
    "query",
    ["Geneva:", "peace/talks", "talks.", "treaty;", "peace-talks", "(peace", 'peace"', "peace)"],
)
def test_punctuation_in_ordinary_text_is_searched_as_words(query):
    assert "Peace talks resume" in found(query)


def test_lowercase_operator_words_are_ordinary_words():
    assert found("oil AND sanctions") == ["New sanctions"]
    assert found("oil and sanctions") == []  # the article has no "and"


def test_syntax_the_parser_cannot_read_is_searched_as_plain_words():
    results = search(SearchParams(q="NOT NOT peace"))

    assert results.plain_words


def test_a_query_of_punctuation_finds_nothing_and_does_not_fail():
    assert search(SearchParams(q='"(-:*)"')).count == 0


def test_unknown_field_names_are_ordinary_text():
    assert found("django_ct:article") == []
    assert found("published:2019") == []
