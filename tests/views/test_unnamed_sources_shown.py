"""An article page says who a quotation comes from even when the article leaves the source unnamed."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import make_article, make_quote

pytestmark = pytest.mark.django_db


def shown_sources(client, article):
    page = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    return [" ".join(p.get_text().split()) for p in page.select("section.quoted p.speaker-name")]


def test_an_unnamed_source_is_shown_as_the_article_describes_it(client):
    article = make_article(body="“The talks are stuck,” a senior official said.")
    make_quote(article, None, "The talks are stuck,", unnamed_source="a senior official")

    assert shown_sources(client, article) == ["a senior official (not named)"]


def test_a_bare_surname_no_speaker_is_filed_under_is_shown_as_written(client):
    article = make_article(body="“We are ready,” Lavrov said.")
    make_quote(article, None, "We are ready,", speaker_as_written="Lavrov")

    assert shown_sources(client, article) == ["Lavrov"]


def test_quotation_search_shows_a_quotation_from_an_unnamed_source(client, search_index):
    from articles.search import reindex_articles

    article = make_article(body="“The talks are stuck,” a senior official said.")
    make_quote(article, None, "The talks are stuck,", unnamed_source="a senior official")
    reindex_articles([article.pk])

    page = BeautifulSoup(client.get("/search/", {"q": "stuck", "mode": "quotes"}).content, "html.parser")

    assert [" ".join(p.get_text().split()) for p in page.select("p.speaker")] == [
        "— a senior official (not named)"
    ]
