"""The coverage page: articles per outlet per month, so readers see where the gaps are."""

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


def rows(page, selector):
    return [[text(cell) for cell in row.select("th, td")] for row in page.select(f"{selector} tbody tr")]


@pytest.mark.usefixtures("archive")
def test_each_month_from_first_to_last_has_a_row_and_empty_months_show_as_gaps(client):
    page = soup(client.get(reverse("articles:coverage")))

    assert rows(page, ".coverage-table") == [
        ["Apr 2019", "·", "1", "1", ""],
        ["Mar 2019", "·", "·", "gap", ""],
        ["Feb 2019", "·", "·", "gap", ""],
        ["Jan 2019", "1", "2", "3", ""],
    ]
    assert [text(th) for th in page.select(".coverage-table thead th")][1:3] == ["DW", "RT"]


@pytest.mark.usefixtures("archive")
def test_each_outlets_earliest_and_latest_day_are_given(client):
    page = soup(client.get(reverse("articles:coverage")))

    assert rows(page, "table.data:not(.coverage-table)") == [
        ["DW", "2", "2019-01-10", "2019-01-10", "1"],
        ["RT", "3", "2019-01-08", "2019-04-02", "0"],
    ]
    assert "8 January 2019 to 2 April 2019" in text(page.select_one(".lede"))


@pytest.mark.usefixtures("archive")
def test_the_chart_draws_each_month_in_proportion_to_the_busiest(client):
    page = soup(client.get(reverse("articles:coverage")))

    bars = page.select(".coverage-table .bar")
    assert [(seg["x"], seg["width"]) for seg in bars[-1].select(".seg")] == [
        ("0", "33.33"),
        ("33.33", "66.67"),
    ]
    assert bars[1].select(".seg") == []


@pytest.mark.usefixtures("archive")
def test_the_table_can_be_downloaded_as_csv(client):
    response = client.get(reverse("articles:coverage"), {"format": "csv"})

    table = list(csv.reader(b"".join(response.streaming_content).decode().splitlines()))
    assert table[0] == ["month", "DW", "RT", "total"]
    assert table[-1] == ["2019-01", "1", "2", "3"]


def test_an_empty_archive_says_so(client):
    assert "The archive is empty." in text(soup(client.get(reverse("articles:coverage"))))
