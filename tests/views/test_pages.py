"""What the public pages show."""

import pytest
from django.urls import reverse

from tests.factories import make_article, make_outlet, make_quote, make_speaker

pytestmark = pytest.mark.django_db


def test_home_lists_recent_articles_with_their_outlet(client):
    make_article(title="Peace talks resume", outlet=make_outlet("RT"))

    page = client.get(reverse("articles:home"))

    assert page.status_code == 200
    assert b"Peace talks resume" in page.content
    assert b"RT" in page.content


def test_hidden_articles_are_not_listed_or_served(client):
    hidden = make_article(title="Withdrawn story", is_visible=False)

    assert b"Withdrawn story" not in client.get(reverse("articles:home")).content
    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_article_page_shows_title_outlet_date_body_and_quotes(client):
    article = make_article(
        title="Kremlin on the treaty",
        body="Opening paragraph.\n\nWe are ready to talk, the spokesman said.",
        outlet=make_outlet("RT"),
    )
    make_quote(article, make_speaker("Dmitry Peskov"), role="Kremlin spokesman")

    page = client.get(article.get_absolute_url())

    html = page.content.decode()
    assert page.status_code == 200
    assert "<h1>Kremlin on the treaty</h1>" in html
    assert "27 January 2019" in html
    assert html.count("<p>") >= 2
    assert "Dmitry Peskov" in html and "Kremlin spokesman" in html


def test_article_address_carries_outlet_and_date():
    article = make_article(title="Kremlin on the treaty", outlet=make_outlet("RT", slug="rt"))

    assert article.get_absolute_url() == "/rt/2019/01/27/kremlin-on-the-treaty/"


def test_an_article_without_a_date_still_has_a_page(client):
    article = make_article(title="Undated story", published_on=None)

    assert client.get(article.get_absolute_url()).status_code == 200


def test_scraped_markup_is_shown_as_text_never_run(client):
    article = make_article(
        title="<script>alert(1)</script> headline", body="<img src=x onerror=alert(2)> text"
    )

    html = client.get(article.get_absolute_url()).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html


def test_speaker_page_lists_their_quotations(client):
    speaker = make_speaker("Maria Zakharova")
    article = make_article(body="She said we are ready to talk today.")
    make_quote(article, speaker, text="we are ready to talk today")

    html = client.get(speaker.get_absolute_url()).content.decode()

    assert "Maria Zakharova" in html and "we are ready to talk today" in html


def test_outlet_page_lists_its_articles(client):
    outlet = make_outlet("DW", slug="dw")
    make_article(title="Story from DW", outlet=outlet)
    make_article(title="Story from elsewhere", outlet=make_outlet("Other"))

    html = client.get(outlet.get_absolute_url()).content.decode()

    assert "Story from DW" in html and "Story from elsewhere" not in html


def test_unknown_addresses_get_a_friendly_404(client):
    page = client.get("/no/such/page/")

    assert page.status_code == 404
    assert b"searching the archive" in page.content
