"""When nothing matches: a spelling from the archive's own words, and the search with each filter removed."""

from datetime import date

import pytest

from articles.search import SearchParams, search
from tests.factories import make_article, make_outlet


@pytest.fixture
def archive(index):
    index(
        make_article("Negotiations in Geneva", "Negotiations continued.", outlet=make_outlet("RT")),
        make_article("Sanctions", "Sanctions announced.", outlet=make_outlet("DW")),
    )


pytestmark = pytest.mark.usefixtures("archive")


def test_a_misspelled_word_gets_a_suggestion_that_finds_something():
    results = search(SearchParams(q="negotiatons"))

    assert results.count == 0
    assert results.suggestion.label == "negotiations"
    assert results.suggestion.count == 1
    assert results.suggestion.query_string == "?q=negotiations"


def test_the_suggestion_keeps_the_other_words_and_the_syntax():
    results = search(SearchParams(q='"negotiatons continued" -sanctions'))

    assert results.suggestion.label == '"negotiations continued" -sanctions'


def test_no_suggestion_when_words_are_known_or_nothing_is_close():
    assert search(SearchParams(q="zzzzqqqq")).suggestion is None
    assert search(SearchParams(q="negotiations sanctions")).suggestion is None


def test_each_filter_can_be_removed_with_the_count_it_would_give():
    results = search(SearchParams(q="sanctions", outlets=("RT",), date_from=date(2030, 1, 1)))

    assert results.count == 0
    assert [(alt.label, alt.count) for alt in results.relaxations] == [
        ("outlet: RT", 0),
        ("dates: 2030-01-01 to …", 0),
    ]
    assert "outlet" not in results.relaxations[0].query_string
    assert "from=2030-01-01" in results.relaxations[0].query_string


def test_removing_the_one_filter_that_excludes_everything_shows_its_count():
    results = search(SearchParams(q="sanctions", outlets=("RT",)))

    assert [(alt.label, alt.count) for alt in results.relaxations] == [("outlet: RT", 1)]
