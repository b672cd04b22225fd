"""Atom feeds: valid Atom, the right entries, scraped text kept as text."""

import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime

import pytest
from django.urls import reverse

from articles.models import Article
from tests.factories import make_article, make_outlet, make_quote, make_speaker
from tests.views.html import alternate_feeds, soup

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def atom(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert_valid_atom(feed)
    return feed


def assert_valid_atom(feed):
    """What RFC 4287 requires of a feed and each entry: id, title, updated, a link, an author somewhere."""
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{name}") is not None, name
    assert feed.find(f"{ATOM}link[@rel='alternate']") is not None
    assert feed.find(f"{ATOM}link[@rel='self']") is not None
    feed_author = feed.find(f"{ATOM}author/{ATOM}name") is not None
    for entry in feed.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{name}") is not None, name
        assert entry.find(f"{ATOM}link").get("href")
        assert feed_author or entry.find(f"{ATOM}author/{ATOM}name") is not None
    ids = [entry.findtext(f"{ATOM}id") for entry in feed.findall(f"{ATOM}entry")]
    assert len(ids) == len(set(ids))


def titles(feed):
    return [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]


def test_the_latest_articles_feed_lists_visible_articles_newest_first(client):
    make_article(title="Older", published_on=date(2019, 1, 1))
    make_article(title="Newer", published_on=date(2019, 2, 1))
    make_article(title="Hidden", is_visible=False)

    feed = atom(client, reverse("articles:feed-articles"))

    assert titles(feed) == ["Newer", "Older"]


def test_entries_carry_the_publication_time_with_its_offset_and_link_to_the_page(client):
    article = make_article(
        title="Timed", published_at=datetime(2019, 3, 21, 10, 55, tzinfo=UTC), published_tz="+03:00"
    )

    entry = atom(client, reverse("articles:feed-articles")).find(f"{ATOM}entry")

    assert entry.findtext(f"{ATOM}published") == "2019-03-21T13:55:00+03:00"
    assert entry.find(f"{ATOM}link").get("href") == f"http://testserver{article.get_absolute_url()}"


def test_scraped_markup_stays_text_in_the_summary(client):
    make_article(title="<b>Bold</b> title", body="<script>alert(1)</script> first paragraph")

    entry = atom(client, reverse("articles:feed-articles")).find(f"{ATOM}entry")

    assert entry.findtext(f"{ATOM}title") == "<b>Bold</b> title"  # Atom titles are text by default
    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "html"
    assert summary.text == "&lt;script&gt;alert(1)&lt;/script&gt; first paragraph"


def test_an_outlets_feed_lists_only_its_articles(client):
    make_article(title="From RT", outlet=make_outlet("RT", slug="rt"))
    make_article(title="From DW", outlet=make_outlet("DW", slug="dw"))

    feed = atom(client, reverse("articles:feed-outlet", args=["rt"]))

    assert titles(feed) == ["From RT"]
    assert feed.findtext(f"{ATOM}title") == "Dispatches: RT"


def test_a_speakers_feed_lists_their_quotations_linked_to_the_marked_quote(client):
    speaker = make_speaker("Maria Zakharova", slug="maria-zakharova")
    article = make_article(body="She said we are ready to talk today.")
    quote = make_quote(article, speaker, text="we are ready to talk today")
    make_quote(
        make_article(title="Other", body="He said hello there."), make_speaker("Other"), text="hello there"
    )

    feed = atom(client, reverse("articles:feed-speaker", args=["maria-zakharova"]))

    assert titles(feed) == ["“we are ready to talk today”"]
    link = feed.find(f"{ATOM}entry/{ATOM}link").get("href")
    assert link == f"http://testserver{quote.get_absolute_url()}"


def test_unknown_outlets_and_speakers_have_no_feed(client):
    assert client.get(reverse("articles:feed-outlet", args=["nobody"])).status_code == 404
    assert client.get(reverse("articles:feed-speaker", args=["nobody"])).status_code == 404


@pytest.mark.usefixtures("ingested_seeds")
def test_a_search_feed_lists_the_articles_that_match(client):
    feed = atom(client, reverse("articles:feed-search"), q="Morgulov")

    morgulov = Article.objects.get(body__contains="Morgulov")
    assert titles(feed) == [morgulov.title]
    assert feed.find(f"{ATOM}link[@rel='alternate']").get("href") == "http://testserver/search/?q=Morgulov"


@pytest.mark.usefixtures("ingested_seeds")
def test_the_search_page_advertises_the_feed_of_its_query(client):
    page = soup(client.get(reverse("articles:search"), {"q": "peace treaty"}))

    assert "/feeds/search/?q=peace%20treaty" in alternate_feeds(page)


@pytest.mark.usefixtures("search_index")
def test_an_empty_search_feed_is_still_valid_atom(client):
    assert titles(atom(client, reverse("articles:feed-search"), q="")) == []


def test_a_merged_speakers_feed_redirects_to_the_feed_of_the_one_they_became(client):
    kept = make_speaker("Sergei Lavrov")
    merged = make_speaker("Sergey Lavrov", merged_into=kept)

    response = client.get(reverse("articles:feed-speaker", args=[merged.slug]))

    assert response.status_code == 301
    assert response["Location"] == reverse("articles:feed-speaker", args=[kept.slug])


def test_a_merged_outlets_feed_redirects_to_the_feed_of_the_outlet_it_became(client):
    kept = make_outlet("TASS", slug="tass")
    merged = make_outlet("ITAR-TASS", slug="itar-tass", merged_into=kept)

    response = client.get(reverse("articles:feed-outlet", args=[merged.slug]))

    assert response.status_code == 301
    assert response["Location"] == reverse("articles:feed-outlet", args=[kept.slug])
