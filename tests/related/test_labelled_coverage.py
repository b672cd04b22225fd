"""Other coverage on articles written for the purpose: the same story from other outlets, not the same topic.

The whole labelled set is scored by benchmarks/other_coverage.py; these are its cases a reader
would check first.
"""

import json
from datetime import date

import pytest

from articles.related import other_coverage
from articles.related.names import article_names
from articles.related.story import same_story
from tests.conftest import ROOT
from tests.factories import make_article, make_outlet

pytestmark = pytest.mark.django_db

LABELLED = {
    item["id"]: item
    for item in json.loads((ROOT / "tests" / "fixtures" / "other_coverage.json").read_text(encoding="utf-8"))[
        "articles"
    ]
}


@pytest.fixture
def stored():
    """The whole labelled set in the archive: each case is read among the others, as in a real one."""
    outlets = {name: make_outlet(name) for name in {item["outlet"] for item in LABELLED.values()}}
    return {
        key: make_article(
            title=item["title"],
            body=item["body"],
            outlet=outlets[item["outlet"]],
            published_on=date.fromisoformat(item["published_on"]),
        )
        for key, item in LABELLED.items()
    }


def listed(stored, key):
    reverse = {article.pk: name for name, article in stored.items()}
    return sorted(reverse[article.pk] for article in other_coverage(stored[key]))


def test_a_moon_mapped_and_another_moons_plumes_the_same_days_are_two_stories(stored):
    assert listed(stored, "titan-map-1") == ["titan-map-2"]
    assert listed(stored, "europa-plumes-2") == ["europa-plumes-1"]


def test_one_listing_does_not_show_another_listing(stored):
    assert listed(stored, "alibaba-listing") == []
    assert listed(stored, "aramco-ipo-1") == ["aramco-ipo-2"]


def test_three_outlets_on_one_earthquake_find_each_other_and_not_another_quake(stored):
    assert listed(stored, "albania-quake-1") == ["albania-quake-2", "albania-quake-3"]
    assert listed(stored, "greece-quake") == []


def test_an_earlier_turn_of_the_same_topic_weeks_before_is_not_this_story(stored):
    assert listed(stored, "osaka-truce-1") == ["osaka-truce-2", "osaka-truce-3"]
    assert listed(stored, "tariff-hike-2") == ["tariff-hike-1"]


def test_the_farther_apart_in_time_the_more_alike_two_reports_must_be():
    assert same_story(0.15, names=3, days_apart=1)
    assert not same_story(0.15, names=3, days_apart=40)
    assert same_story(0.26, names=18, days_apart=60)
    assert not same_story(0.26, names=4, days_apart=60)
    assert not same_story(0.15, names=3, days_apart=None)  # undated: the far bar


def test_names_are_people_places_and_bodies_not_sentence_openers_or_months():
    names = article_names(
        "Global map of Saturn's moon Titan",
        "A team led by Rosaly Lopes at NASA's Jet Propulsion Laboratory mapped Titan in November, "
        "using Cassini's radar.\n\nPlains dominate the mid-latitudes, Lopes said.",
    )

    assert {"cassini", "saturn", "titan", "rosaly", "lopes", "nasa", "jet", "propulsion"} <= names
    assert not {"a", "plains", "november", "team"} & names
