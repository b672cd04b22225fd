"""The seeds, ingested as `make run` does, shown as the user's expected.json says."""

import html
from datetime import date, datetime

import pytest
from django.urls import reverse

from articles.models import Article
from tests.conftest import EXPECTED, SEED_NAMES

pytestmark = pytest.mark.django_db


def shown_date(published: str) -> str:
    """The day as article pages print it ("8 January 2019")."""
    moment = datetime.fromisoformat(published) if "T" in published else date.fromisoformat(published)
    return f"{moment.day} {moment:%B %Y}"


@pytest.mark.usefixtures("ingested_seeds")
@pytest.mark.parametrize("name", SEED_NAMES)
def test_each_seed_page_shows_its_outlet_date_and_title(client, name):
    expected = EXPECTED[name]
    article = Article.objects.get(source_path__endswith=name)

    page = html.unescape(client.get(article.get_absolute_url()).content.decode())

    assert expected["title"] in page
    assert expected["outlet"] in page
    assert shown_date(expected["published"]) in page
    assert article.get_absolute_url().startswith(f"/{article.outlet.slug}/")


@pytest.mark.usefixtures("ingested_seeds")
@pytest.mark.parametrize(
    ("query", "outlets"), [("Kuril", {"DW", "RT", "Sputnik"}), ("Morgulov", {"Sputnik"})]
)
def test_searching_the_seeds_finds_the_articles_that_mention_a_word(client, query, outlets):
    page = client.get(reverse("articles:search"), {"q": query})

    found = {hit.article.outlet.name for hit in page.context["results"].hits}
    assert found == outlets
