"""The coverage page: the archive's shape in one picture, so readers see where the gaps are."""

import csv
from datetime import date

import pytest
from django.urls import reverse

from tests.factories import make_article, make_outlet
from tests.views.html import soup, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    rt, dw = make_outlet("RT", slug="rt"), make_outlet("DW", slug="dw")
    for day in (date(2019, 1, 8), date(2019, 1, 27), date(2019, 4, 2)):
        make_article(title=f"RT {day}", outlet=rt, published_on=day)
    make_article(title="DW jan", outlet=dw, published_on=date(2019, 1, 10))
    make_article(title="DW undated", outlet=dw, published_on=None)


def map_rows(page):
    """Each heat-map row: its label, then each month's cell title, then the undated count."""
    return {
        text(row.th): [cell.get("title", "") for cell in row.select("td:not(.undated)")]
        + [text(row.select_one(".undated"))]
        for row in page.select(".heatmap tbody tr")
    }


def coverage_page(client):
    return soup(client.get(reverse("articles:coverage")))


@pytest.mark.usefixtures("archive")
def test_each_month_from_first_to_last_is_a_cell_and_empty_months_show_as_gaps(client):
    rows = map_rows(coverage_page(client))

    assert rows["All outlets"] == [
        "All outlets, Jan 2019: 3",
        "All outlets, Feb 2019: none",
        "All outlets, Mar 2019: none",
        "All outlets, Apr 2019: 1",
        "1",
    ]
    assert rows["RT"][:4] == [
        "RT, Jan 2019: 2",
        "RT, Feb 2019: none",
        "RT, Mar 2019: none",
        "RT, Apr 2019: 1",
    ]
    assert rows["DW"][-1] == "1"


def test_a_long_empty_stretch_folds_into_one_column_that_says_how_long(client):
    rt = make_outlet("RT")
    make_article(title="Misdated", outlet=rt, published_on=date(2011, 5, 1))
    for month in (1, 2, 4):
        make_article(title=f"Story {month}", outlet=rt, published_on=date(2019, month, 3))

    page = coverage_page(client)

    assert len(page.select(".heatmap tr.row-all td:not(.undated)")) == 1 + 1 + 4  # May 2011, fold, 2019
    assert page.select_one(".heatmap td.fold")["title"] == "Jun 2011–Dec 2018 (91 months) without articles"
    assert "Jun 2011–Dec 2018 (91 months)" in text(page.select_one(".folds"))
    assert map_rows(page)["All outlets"][4] == "All outlets, Mar 2019: none"  # a short gap stays visible


def test_articles_of_unknown_outlet_have_their_own_row_and_count(client):
    make_article(title="Known", outlet=make_outlet("RT"), published_on=date(2019, 1, 8))
    article = make_article(title="Unknown", published_on=date(2019, 1, 9))
    article.outlet = None
    article.save()

    page = coverage_page(client)

    assert map_rows(page)["Unknown outlet"][0] == "Unknown outlet, Jan 2019: 1"
    assert "and 1 of unknown outlet" in text(page.select_one(".lede"))
    outlets = [[text(cell) for cell in row.select("th, td")] for row in page.select(".outlet-table tbody tr")]
    assert outlets[-1] == ["Unknown outlet", "1", "2019-01-09", "2019-01-09", "0"]


def test_the_busiest_outlets_have_a_row_each_and_the_others_share_one(client, monkeypatch):
    monkeypatch.setattr("articles.presentation.coverage_map.TOP_OUTLETS", 2)
    for name, articles in (("Busy", 3), ("Steady", 2), ("Rare", 1), ("Rarer", 1)):
        outlet = make_outlet(name)
        for n in range(articles):
            make_article(title=f"{name} {n}", outlet=outlet, published_on=date(2019, 1, 1 + n))

    rows = map_rows(coverage_page(client))

    assert list(rows) == ["All outlets", "Busy", "Steady", "2 other outlets"]
    assert rows["2 other outlets"][0] == "2 other outlets, Jan 2019: 2"


@pytest.mark.usefixtures("archive")
def test_each_outlets_earliest_and_latest_day_are_given_with_a_total(client):
    page = coverage_page(client)

    rows = [[text(cell) for cell in row.select("th, td")] for row in page.select(".outlet-table tr")]
    assert rows[1:] == [
        ["DW", "2", "2019-01-10", "2019-01-10", "1"],
        ["RT", "3", "2019-01-08", "2019-04-02", "0"],
        ["All outlets", "5", "2019-01-08", "2019-04-02", "1"],
    ]
    assert "8 January 2019 to 2 April 2019; 1 without a date" in text(page.select_one(".lede"))


@pytest.mark.usefixtures("archive")
def test_every_month_can_be_downloaded_as_csv_with_the_undated_in_a_row_of_their_own(client):
    response = client.get(reverse("articles:coverage"), {"format": "csv"})

    table = list(csv.reader(b"".join(response.streaming_content).decode().splitlines()))
    assert table[0] == ["month", "DW", "RT", "total"]
    assert table[-2:] == [["2019-01", "1", "2", "3"], ["undated", "1", "0", "1"]]
    assert ["2019-02", "0", "0", "0"] in table


def test_an_empty_archive_says_so(client):
    assert "The archive is empty." in text(coverage_page(client))
