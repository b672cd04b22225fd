"""Times are served in the outlet's zone, and a time of unknown zone is never passed off as UTC."""

import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, time

import pytest
from django.urls import reverse

from articles.models import Article
from tests.factories import make_article, make_outlet

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def feed_entry_time(client, title):
    feed = ET.fromstring(client.get(reverse("articles:feed-articles")).content)
    [entry] = [e for e in feed.findall(f"{ATOM}entry") if e.findtext(f"{ATOM}title") == title]
    return entry.findtext(f"{ATOM}published") or entry.findtext(f"{ATOM}updated")


def api_article(client, article):
    return client.get(reverse("articles:api-article", args=[article.pk])).json()


@pytest.mark.usefixtures("ingested_seeds")
def test_rt_s_1311_is_moscow_time_on_the_page_in_the_feed_and_in_the_api(client):
    article = Article.objects.get(outlet__name="RT")

    assert article.published_at == datetime(2019, 1, 27, 10, 11, tzinfo=UTC)
    assert "27 January 2019, 13:11 (UTC+03:00)" in client.get(article.get_absolute_url()).content.decode()
    assert datetime.fromisoformat(feed_entry_time(client, article.title)) == datetime(
        2019, 1, 27, 10, 11, tzinfo=UTC
    )
    assert api_article(client, article)["published_at"] == "2019-01-27T13:11:00+03:00"


def test_a_local_time_of_unknown_zone_is_shown_as_local_and_never_served_as_utc(client):
    outlet = make_outlet("Example Gazette", slug="example-gazette")
    article = make_article(
        title="Local", outlet=outlet, published_on=date(2019, 1, 27), published_local_time=time(13, 11)
    )

    page = client.get(article.get_absolute_url()).content.decode()
    served = api_article(client, article)

    assert "13:11 (local time; time zone unknown)" in page
    assert served["published_at"] is None and served["published_local"] == "2019-01-27T13:11:00"
    assert "13:11" not in feed_entry_time(client, "Local")


def test_wire_credits_are_shown_and_filter_the_api(client):
    outlet = make_outlet("Houston Chronicle", slug="houston-chronicle")
    make_article(title="Wire story", outlet=outlet, credit="AP")
    make_article(title="Staff story", outlet=outlet)

    listed = client.get(reverse("articles:api-articles"), {"credit": "AP"}).json()["results"]

    assert [(row["title"], row["outlet"]["name"], row["credit"]) for row in listed] == [
        ("Wire story", "Houston Chronicle", "AP")
    ]
