"""The archive by date: years, months and their articles, with counts."""

from datetime import date

import pytest
from django.urls import reverse

from tests.factories import make_article, make_outlet
from tests.views.html import soup, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    rt, dw = make_outlet("RT", slug="rt"), make_outlet("DW", slug="dw")
    make_article(title="January RT one", outlet=rt, published_on=date(2019, 1, 8))
    make_article(title="January RT two", outlet=rt, published_on=date(2019, 1, 27))
    make_article(title="January DW", outlet=dw, published_on=date(2019, 1, 10))
    make_article(title="March DW", outlet=dw, published_on=date(2019, 3, 21))
    make_article(title="Old DW", outlet=dw, published_on=date(2017, 6, 1))
    make_article(title="Hidden", outlet=dw, published_on=date(2019, 1, 9), is_visible=False)


def items(page):
    return [text(node.h3) for node in page.select(".item")]


@pytest.mark.usefixtures("archive")
def test_the_archive_lists_its_years_with_counts(client):
    page = soup(client.get(reverse("articles:archive")))

    assert [text(li) for li in page.select(".month-list li")] == ["2019 4 articles", "2017 1 article"]


@pytest.mark.usefixtures("archive")
def test_a_year_lists_its_months_with_counts(client):
    page = soup(client.get(reverse("articles:archive-year", args=[2019])))

    assert text(page.h1) == "2019"
    assert [text(li) for li in page.select(".month-list li")] == ["January 3 articles", "March 1 article"]


@pytest.mark.usefixtures("archive")
def test_a_month_lists_its_articles_by_day_and_nothing_else(client):
    page = soup(client.get(reverse("articles:archive-month", args=[2019, 1])))

    assert text(page.h1) == "January 2019"
    assert items(page) == ["January RT one", "January DW", "January RT two"]
    assert [text(h) for h in page.select("h2.day")] == [
        "Tuesday 8 January",
        "Thursday 10 January",
        "Sunday 27 January",
    ]


@pytest.mark.usefixtures("archive")
def test_a_month_links_to_the_neighbouring_months_that_have_articles(client):
    page = soup(client.get(reverse("articles:archive-month", args=[2019, 1])))

    assert page.select_one('nav[aria-label="Months"] a[rel="next"]')["href"] == "/archive/2019/03/"


@pytest.mark.usefixtures("archive")
def test_the_archive_can_be_narrowed_to_one_outlet(client):
    month = soup(client.get(reverse("articles:archive-month", args=[2019, 1]), {"outlet": "rt"}))
    year = soup(client.get(reverse("articles:archive-year", args=[2019]), {"outlet": "dw"}))

    assert text(month.h1) == "January 2019: RT"
    assert items(month) == ["January RT one", "January RT two"]
    assert [text(li) for li in year.select(".month-list li")] == ["January 1 article", "March 1 article"]


@pytest.mark.usefixtures("archive")
def test_a_month_without_articles_is_not_found(client):
    assert client.get(reverse("articles:archive-month", args=[2019, 2])).status_code == 404


@pytest.mark.usefixtures("archive")
def test_a_months_list_can_be_downloaded_as_csv(client):
    page = soup(client.get(reverse("articles:archive-month", args=[2019, 1]), {"outlet": "rt"}))
    link = page.find("a", string="Download as CSV")["href"]

    lines = b"".join(client.get(link).streaming_content).decode().splitlines()

    assert len(lines) == 3 and "January RT one" in lines[1] + lines[2]
