"""The home page: recent articles, who is quoted most lately, the outlets, a search box."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import make_article, make_outlet, make_quote, make_speaker
from tests.views.html import alternate_feeds, soup, text

pytestmark = pytest.mark.django_db


def home(client):
    return soup(client.get(reverse("articles:home")))


def quote_on(day, speaker, n):
    article = make_article(title=f"Story {speaker.slug} {n}", body=f"said words{n}", published_on=day)
    make_quote(article, speaker, text=f"words{n}")


def test_recent_articles_are_listed_newest_first_with_their_outlet(client):
    make_article(title="Older talks", outlet=make_outlet("RT"), published_on=date(2019, 1, 1))
    make_article(title="Peace talks resume", outlet=make_outlet("DW"), published_on=date(2019, 2, 1))

    items = [text(item) for item in home(client).select("#recent-heading ~ .item")]

    assert items[0].startswith("Peace talks resume DW") and items[1].startswith("Older talks RT")


def test_the_most_quoted_speakers_of_this_month_are_listed(client):
    today = timezone.localdate()
    busy, quiet = make_speaker("Busy Speaker", slug="busy"), make_speaker("Quiet Speaker", slug="quiet")
    for n in range(2):
        quote_on(today, busy, n)
    quote_on(today, quiet, 9)
    quote_on(today - timedelta(days=400), quiet, 10)

    page = home(client)

    assert text(page.select_one("#speakers-heading")) == f"Most quoted in {today:%B %Y}"
    assert [text(li) for li in page.select(".speaker-list li")] == ["Busy Speaker 2", "Quiet Speaker 1"]


def test_an_archive_without_quotes_this_month_shows_its_latest_month_and_says_which(client):
    speaker = make_speaker("Maria Zakharova")
    quote_on(date(2019, 1, 8), speaker, 1)
    quote_on(date(2019, 3, 21), speaker, 2)

    page = home(client)

    assert text(page.select_one("#speakers-heading")) == "Most quoted in March 2019"
    assert [text(li) for li in page.select(".speaker-list li")] == ["Maria Zakharova 1"]


def test_outlets_with_articles_are_listed_with_counts(client):
    make_article(outlet=make_outlet("RT"))
    make_outlet("Empty Outlet")

    outlets = [text(li) for li in home(client).select("#outlets-heading ~ ul li")]

    assert outlets == ["RT 1"]


def test_the_search_boxes_are_labelled(client):
    page = home(client)

    for box in page.select("input[type=search]"):
        assert page.select_one(f"label[for={box['id']}]")


def test_every_page_advertises_the_latest_articles_feed_and_the_search_engine(client):
    page = home(client)

    assert "/feeds/articles/" in alternate_feeds(page)
    assert page.select_one('link[rel="search"]')["href"] == "/opensearch.xml"


def test_hidden_articles_are_not_listed(client):
    make_article(title="Withdrawn story", is_visible=False)

    assert "Withdrawn story" not in text(home(client))
