"""Articles like a text: other outlets' coverage of a date window, the most alike first."""

from datetime import date

import pytest

from articles.search import similar_article_ids
from tests.factories import make_article, make_outlet

STORY = "Kuril islands peace treaty talks between Tokyo and Moscow resumed over the fisheries dispute."
WINDOW = {"start": date(2019, 1, 1), "end": date(2019, 3, 31), "limit": 10}


@pytest.fixture
def coverage(index):
    tass, kyodo, rt = make_outlet("TASS"), make_outlet("Kyodo News"), make_outlet("RT")
    articles = {
        "kyodo, in the window": make_article(
            "Kuril talks", STORY, outlet=kyodo, published_on=date(2019, 2, 1)
        ),
        "rt, in the window, less alike": make_article(
            "Fisheries", "The fisheries dispute goes on.", outlet=rt, published_on=date(2019, 3, 30)
        ),
        "kyodo, a year later": make_article(
            "Kuril talks", STORY, outlet=kyodo, published_on=date(2020, 2, 1)
        ),
        "kyodo, the day before the window": make_article(
            "Kuril talks", STORY, outlet=kyodo, published_on=date(2018, 12, 31)
        ),
        "tass, the outlet asking": make_article(
            "Kuril talks", STORY, outlet=tass, published_on=date(2019, 2, 1)
        ),
        "kyodo, undated": make_article("Kuril talks", STORY, outlet=kyodo, published_on=None),
        "rt, another story": make_article(
            "Weather", "Snow fell overnight.", outlet=rt, published_on=date(2019, 2, 2)
        ),
    }
    index(*articles.values())
    return {name: article.pk for name, article in articles.items()}


def names(coverage, ids):
    by_pk = {pk: name for name, pk in coverage.items()}
    return [by_pk[pk] for pk in ids]


def test_only_other_outlets_articles_dated_inside_the_window_are_found_most_alike_first(coverage):
    ids = similar_article_ids(STORY, outlet="TASS", **WINDOW)

    assert names(coverage, ids) == ["kyodo, in the window", "rt, in the window, less alike"]


def test_the_window_includes_its_first_and_last_days(coverage):
    ids = similar_article_ids(STORY, outlet="TASS", start=date(2018, 12, 31), end=date(2019, 3, 30), limit=10)

    assert set(names(coverage, ids)) == {
        "kyodo, in the window",
        "rt, in the window, less alike",
        "kyodo, the day before the window",
    }
