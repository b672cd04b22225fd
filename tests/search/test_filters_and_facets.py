"""Filters narrow a search; facets count the whole result set by exact names and link to narrower searches."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from articles.search import NEWEST, OLDEST, SearchParams, search
from tests.factories import make_article, make_outlet, make_quote, make_speaker
from tests.search.conftest import found


@pytest.fixture
def archive(index):
    xinhua, rt, dw = make_outlet("Xinhua News Agency"), make_outlet("RT"), make_outlet("DW")
    lavrov, wang = make_speaker("Sergei Lavrov"), make_speaker("Wang Yi")
    first = make_article("Summit one", "Summit talks.", outlet=xinhua, published_on=date(2019, 1, 31))
    second = make_article(
        "Summit two", "Summit talks.", outlet=rt, published_on=date(2019, 2, 1), language="en"
    )
    third = make_article(
        "Summit three", "Summit talks.", outlet=dw, published_on=date(2020, 6, 1), language="de"
    )
    undated = make_article("Summit undated", "Summit talks.", outlet=dw, published_on=None)
    make_quote(first, wang, "Summit talks")
    make_quote(second, lavrov, "Summit talks")
    index(first, second, third, undated)


pytestmark = pytest.mark.usefixtures("archive")


def facet(results, title):
    return {entry.label: entry.count for entry in next(f for f in results.facets if f.title == title).entries}


def test_several_outlets_can_be_chosen_at_once():
    assert sorted(found("summit", outlets=("RT", "DW"))) == ["Summit three", "Summit two", "Summit undated"]


def test_speaker_and_language_filters():
    assert found("summit", speaker="Wang Yi") == ["Summit one"]
    assert found("summit", language="de") == ["Summit three"]


def test_date_range_is_inclusive_at_both_ends():
    assert sorted(found("summit", date_from=date(2019, 1, 31), date_to=date(2019, 2, 1))) == [
        "Summit one",
        "Summit two",
    ]


def test_dates_are_compared_in_utc(index):
    late_evening_in_new_york = datetime(2019, 3, 1, 21, 30, tzinfo=timezone(timedelta(hours=-5)))
    index(
        make_article(
            "Summit late", "Summit.", published_on=date(2019, 3, 1), published_at=late_evening_in_new_york
        )
    )

    assert found("summit late", date_from=date(2019, 3, 2), date_to=date(2019, 3, 2)) == ["Summit late"]
    assert found("summit late", date_from=date(2019, 3, 1), date_to=date(2019, 3, 1)) == []


def test_newest_and_oldest_order_put_undated_articles_last():
    assert found("summit", sort=NEWEST) == ["Summit three", "Summit two", "Summit one", "Summit undated"]
    assert found("summit", sort=OLDEST) == ["Summit one", "Summit two", "Summit three", "Summit undated"]


def test_outlet_facet_uses_whole_names():
    results = search(SearchParams(q="summit"))

    assert facet(results, "Outlet") == {"Xinhua News Agency": 1, "RT": 1, "DW": 2}


def test_speaker_facet_uses_whole_names():
    assert facet(search(SearchParams(q="summit")), "Speaker") == {"Sergei Lavrov": 1, "Wang Yi": 1}


def test_facets_count_every_match_not_just_the_page_shown():
    results = search(SearchParams(q="summit"), per_page=1)

    assert len(results.hits) == 1
    assert sum(facet(results, "Outlet").values()) == 4


def test_date_facet_counts_years_and_links_to_a_date_range():
    results = search(SearchParams(q="summit"))
    years = next(f for f in results.facets if f.title == "Date").entries

    assert {entry.label: entry.count for entry in years} == {"2019": 2, "2020": 1}
    assert "from=2019-01-01&to=2019-12-31" in years[1].query_string


def test_within_one_year_the_date_facet_counts_months():
    results = search(SearchParams(q="summit", date_from=date(2019, 1, 1), date_to=date(2019, 12, 31)))

    assert facet(results, "Date") == {"2019-01": 1, "2019-02": 1}


def test_a_facet_link_narrows_the_search_and_keeps_the_query():
    results = search(SearchParams(q="summit", outlets=("RT",)))
    links = {entry.label: entry.query_string for entry in results.facets[0].entries}

    assert links["RT"] == "?q=summit"  # choosing it again removes it
    results = search(SearchParams(q="summit"))
    links = {entry.label: entry.query_string for entry in results.facets[0].entries}
    assert links["Xinhua News Agency"] == "?q=summit&outlet=Xinhua+News+Agency"


def test_the_outlet_facet_still_lists_the_outlets_not_chosen_with_what_they_would_add():
    results = search(SearchParams(q="summit", outlets=("RT",)))

    assert facet(results, "Outlet") == {"RT": 1, "DW": 2, "Xinhua News Agency": 1}
    assert [entry.label for entry in results.facets[0].entries if entry.selected] == ["RT"]
    assert results.count == 1


def test_a_chosen_speaker_is_listed_beside_the_others_one_click_switches():
    results = search(SearchParams(q="summit", speaker="Wang Yi"))
    speakers = next(f for f in results.facets if f.title == "Speaker")
    entries = {entry.label: entry for entry in speakers.entries}

    assert set(entries) == {"Wang Yi", "Sergei Lavrov"} and entries["Wang Yi"].selected
    assert entries["Sergei Lavrov"].query_string == "?q=summit&speaker=Sergei+Lavrov"


def test_a_chosen_outlet_outside_the_most_common_is_still_listed(index, monkeypatch):
    monkeypatch.setattr("articles.search.facets.FACET_SIZE", 1)

    results = search(SearchParams(q="summit", outlets=("RT",)))

    assert "RT" in facet(results, "Outlet")


def test_attention_is_counted_per_day_too_when_the_matches_span_a_few_months():
    results = search(SearchParams(q="summit", date_from=date(2019, 1, 1), date_to=date(2019, 3, 31)))

    assert results.attention_days == [("2019-01-31", 1), ("2019-02-01", 1)]
    assert search(SearchParams(q="summit")).attention_days == []


def test_attention_counts_matches_per_month():
    assert search(SearchParams(q="summit")).attention == [("2019-01", 1), ("2019-02", 1), ("2020-06", 1)]


def test_filters_alone_browse_the_archive():
    assert sorted(found(outlets=("DW",))) == ["Summit three", "Summit undated"]


def test_an_article_published_at_midnight_utc_is_in_that_day(index):
    index(make_article("Summit midnight", "Summit.", published_at=datetime(2021, 5, 5, tzinfo=UTC)))

    assert found("summit", date_from=date(2021, 5, 5), date_to=date(2021, 5, 5)) == ["Summit midnight"]
