"""The outlet page: what it is, its articles over time, who it quotes most."""

from datetime import date

import pytest

from tests.factories import make_article, make_outlet, make_quote, make_speaker
from tests.views.html import alternate_feeds, hrefs, soup, text

pytestmark = pytest.mark.django_db


def test_what_the_outlet_is_is_shown(client):
    outlet = make_outlet(
        "Example Wave", home_domain="example.org", description="An international broadcaster."
    )

    page = soup(client.get(outlet.get_absolute_url()))

    assert text(page.h1) == "Example Wave"
    assert "example.org" in text(page) and "An international broadcaster." in text(page)


def test_its_articles_over_time_are_drawn_with_a_table_linking_to_the_archive(client):
    outlet = make_outlet("DW", slug="dw")
    for day in (date(2017, 1, 8), date(2019, 1, 20), date(2019, 1, 22), date(2019, 3, 2)):
        make_article(title=f"Story of {day}", outlet=outlet, published_on=day)
    make_article(title="Elsewhere", outlet=make_outlet("Other"), published_on=date(2018, 2, 1))

    chart = soup(client.get(outlet.get_absolute_url())).select_one(".time-chart")

    assert text(chart.select_one("svg title")) == "Articles per month, Jan 2017 to Mar 2019"
    assert [text(row) for row in chart.select("tbody tr")] == ["Jan 2017 1", "Jan 2019 2", "Mar 2019 1"]
    assert "/archive/2019/01/?outlet=dw" in hrefs(chart.select_one("table"))
    assert "/archive/2019/01/?outlet=dw" in hrefs(chart.select_one("svg"))


def test_only_its_own_articles_are_listed(client):
    outlet = make_outlet("DW", slug="dw")
    make_article(title="Story from DW", outlet=outlet)
    make_article(title="Story from elsewhere", outlet=make_outlet("Other"))

    page = text(soup(client.get(outlet.get_absolute_url())))

    assert "Story from DW" in page and "Story from elsewhere" not in page


def test_its_most_quoted_speakers_are_listed_with_counts(client):
    outlet = make_outlet("DW", slug="dw")
    often, once = make_speaker("Often Quoted", slug="often"), make_speaker("Once Quoted", slug="once")
    for n in range(3):
        make_quote(
            make_article(title=f"Story {n}", body=f"said words{n}", outlet=outlet), often, text=f"words{n}"
        )
    make_quote(make_article(title="Another", body="said other", outlet=outlet), once, text="other")
    make_quote(make_article(title="Elsewhere", body="said x1", outlet=make_outlet("Other")), once, text="x1")

    speakers = soup(client.get(outlet.get_absolute_url())).select_one(".speaker-list")

    assert [text(li) for li in speakers.select("li")] == ["Often Quoted 3", "Once Quoted 1"]


def test_the_page_offers_the_outlets_feed(client):
    outlet = make_outlet("DW", slug="dw")

    assert "/feeds/outlets/dw/" in alternate_feeds(soup(client.get(outlet.get_absolute_url())))
