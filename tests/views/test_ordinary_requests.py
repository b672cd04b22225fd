"""Ordinary requests that used to end in a server error: each answers a page, a 400 saying what is
wrong, or a 404, never a 500 (issue 14's reproductions)."""

import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from articles.search import reindex_articles
from tests.factories import make_article, make_outlet, make_quote, make_speaker

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client(raise_request_exception=False)


@pytest.fixture
def unattributed(search_index):
    """A quotation nobody is named as saying, beside one with a speaker."""
    article = make_article("Talks resume", "Talks resumed. “We will see,” a source said. “Yes,” he said.")
    make_quote(article, None, text="We will see", speaker_as_written="")
    make_quote(article, make_speaker("Sergei Lavrov", role="Foreign Minister"), text="Yes")
    reindex_articles([article.pk])


@pytest.mark.usefixtures("unattributed")
@pytest.mark.parametrize(
    "params", [{"q": "see", "mode": "quotes"}, {"q": "quote:see"}, {"q": "*", "mode": "quotes"}]
)
def test_quotation_search_shows_a_quotation_without_a_speaker(client, params):
    response = client.get(reverse("articles:search"), params)

    assert response.status_code == 200
    assert "We will" in response.content.decode()
    assert "Unattributed" in response.content.decode()


@pytest.mark.usefixtures("unattributed")
def test_a_quotation_with_a_speaker_still_shows_the_speakers_role(client):
    response = client.get(reverse("articles:search"), {"q": "*", "mode": "quotes"})

    assert "Sergei Lavrov</a>, Foreign Minister" in response.content.decode()


@pytest.fixture
def empty_index(search_index):
    """The index as a fresh install, an interrupted rebuild or a rebuild before its first commit leaves it."""
    make_article("Talks resume", "Talks resumed.")
    search_index.get_backend().clear()


@pytest.mark.usefixtures("empty_index")
@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("articles:search", {"q": "talks"}),
        ("articles:search", {"q": "*", "mode": "quotes"}),
        ("articles:search", {"q": "talsk"}),
        ("articles:search-csv", {"q": "talks"}),
        ("articles:search-json", {"q": "talks"}),
        ("articles:search-attention-csv", {"q": "talks"}),
        ("articles:api-search", {"q": "talks"}),
        ("articles:feed-search", {"q": "talks"}),
        ("articles:home", {}),
    ],
)
def test_every_search_answers_on_an_empty_index(client, name, params):
    response = client.get(reverse(name), params)

    assert response.status_code == 200
    if response.streaming:
        b"".join(response.streaming_content)


@pytest.mark.usefixtures("search_index")
@pytest.mark.parametrize(
    ("name", "value"), [("from", "0001-01-01T00:00+05:00"), ("to", "9999-12-31T23:59-05:00")]
)
def test_a_date_beyond_the_calendar_once_in_utc_is_reported_and_left_out(client, name, value):
    response = client.get(reverse("articles:search"), {"q": "a", name: value})

    assert response.status_code == 200
    assert "Give a date between 0001-01-01 and 9999-12-31." in response.content.decode()


@pytest.mark.usefixtures("search_index")
@pytest.mark.parametrize(
    "name", ["articles:search-csv", "articles:search-json", "articles:search-attention-csv"]
)
def test_a_download_with_a_date_beyond_the_calendar_is_refused_saying_why(client, name):
    response = client.get(reverse(name), {"q": "a", "to": "9999-12-31T23:59-05:00"})

    assert response.status_code == 400
    assert response.content.decode() == "To: Give a date between 0001-01-01 and 9999-12-31.\n"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"speaker": "99999999999999999999"}, "speaker must be from 0 to 9223372036854775807"),
        ({"article": "99999999999999999999"}, "article must be from 0 to 9223372036854775807"),
        ({"year": "0"}, "year must be from 1 to 9999"),
        ({"year": "10000"}, "year must be from 1 to 9999"),
        ({"year": "99999999999999999999"}, "year must be from 1 to 9999"),
        ({"after": "-99999999999999999999"}, "after must be from 0 to 9223372036854775807"),
        ({"outlet": "rt\x00"}, "outlet must not hold a NUL character"),
    ],
)
def test_api_numbers_out_of_range_are_refused_saying_which(client, params, message):
    response = client.get(reverse("articles:api-quotes"), params)

    assert response.status_code == 400
    assert response.json() == {"error": message}


@pytest.mark.usefixtures("search_index")
@pytest.mark.parametrize("query", ["\x00", "peace\x01talks", "\x1b[31m", "a\x0bb"])
def test_the_search_feed_of_a_query_with_control_characters_is_valid_atom(client, query):
    response = client.get(reverse("articles:feed-search"), {"q": query})

    assert response.status_code == 200
    assert ET.fromstring(response.content).tag == "{http://www.w3.org/2005/Atom}feed"


@pytest.mark.parametrize("day", ["0000/00/00", "2019/02/30", "2019/13/01"])
def test_an_article_address_with_an_impossible_day_is_not_found(client, day):
    outlet = make_outlet("RT", slug="rt")

    for suffix in ("", "original/"):
        assert client.get(f"/{outlet.slug}/{day}/some-story/{suffix}").status_code == 404


def test_an_admin_add_page_ignores_a_related_value_it_cannot_take(client):
    client.force_login(User.objects.create_superuser("curator", "c@example.org", "a-long-password"))
    make_outlet("RT", slug="rt")

    response = client.get(reverse("admin:articles_article_add"), {"outlet": "\x1b[31m"})

    assert response.status_code == 200
