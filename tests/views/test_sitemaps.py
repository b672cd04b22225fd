"""The sitemap index and its sections, as a search engine reads them."""

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from articles.models import Article
from tests.factories import make_article, make_outlet, make_quote, make_speaker

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def xml(client, url):
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def locations(root):
    return [node.text for node in root.iter(f"{SITEMAP}loc")]


def section(client, name):
    root = xml(client, f"/sitemap-{name}.xml")
    assert root.tag == f"{SITEMAP}urlset"
    for url in root.findall(f"{SITEMAP}url"):
        assert url.findtext(f"{SITEMAP}loc").startswith("http://testserver/")
    return root


def test_the_index_points_to_articles_speakers_and_outlets(client):
    root = xml(client, "/sitemap.xml")

    assert root.tag == f"{SITEMAP}sitemapindex"
    assert sorted(locations(root)) == [
        "http://testserver/sitemap-articles.xml",
        "http://testserver/sitemap-outlets.xml",
        "http://testserver/sitemap-speakers.xml",
    ]


def test_visible_articles_are_listed_with_their_last_change(client):
    shown = make_article(title="Shown")
    make_article(title="Hidden", is_visible=False)

    root = section(client, "articles")

    assert locations(root) == [f"http://testserver{shown.get_absolute_url()}"]
    assert root.find(f"{SITEMAP}url/{SITEMAP}lastmod").text.startswith(f"{shown.updated_at:%Y-%m-%d}")


def test_quoted_speakers_are_listed_and_merged_or_unquoted_ones_are_not(client):
    quoted = make_speaker("Quoted", slug="quoted")
    make_quote(make_article(body="said something"), quoted, text="something")
    make_speaker("Never Quoted", slug="never")
    make_speaker("Merged", slug="merged", merged_into=quoted)

    assert locations(section(client, "speakers")) == ["http://testserver/speakers/quoted/"]


def test_outlets_with_articles_are_listed(client):
    make_article(outlet=make_outlet("RT", slug="rt"))

    assert locations(section(client, "outlets")) == ["http://testserver/outlets/rt/"]


def test_an_unknown_section_is_not_found(client):
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_an_archive_of_more_than_two_thousand_articles_is_listed_over_several_pages(client):
    outlet = make_outlet("RT", slug="rt")
    Article.objects.bulk_create(
        Article(
            outlet=outlet,
            title=f"Story {n}",
            slug=f"story-{n}",
            body="Talks.",
            published_on=date(2019, 1, 27),
            source_key=f"bulk-{n}",
            fingerprint=f"{n:064d}",
        )
        for n in range(2_001)
    )

    index = client.get("/sitemap.xml").content.decode()
    second = client.get("/sitemap-articles.xml", {"p": 2}).content.decode()

    assert "sitemap-articles.xml?p=2" in index
    assert second.count("<url>") == 1
