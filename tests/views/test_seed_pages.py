"""The seeds, ingested as `make run` does, shown as the user's expected.json says."""

import html
from datetime import date, datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from articles.models import Article, Speaker
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


def normalised(text):
    return " ".join(text.replace("\u00a0", " ").split()).strip(" ,.")


def sidebar_speakers(page_html) -> dict[str, str | None]:
    """The speaker an article page's "Who is quoted" list shows for each quotation, by quotation id."""
    sidebar = BeautifulSoup(page_html, "html.parser").select_one("section.quoted")
    shown = {}
    for group in sidebar.select("ul.quoted-list > li"):
        link = group.select_one("p.speaker-name a")
        for said in group.select("ol.said li"):
            anchor = said.get("id") or said.a["href"].lstrip("#")
            shown[anchor] = link.get_text() if link else None
    return shown


def required_quotes(name):
    return [quote for quote in EXPECTED[name]["quotes"] if quote["required"]]


@pytest.mark.usefixtures("ingested_seeds")
@pytest.mark.parametrize("name", SEED_NAMES)
def test_each_required_quotation_is_shown_and_served_with_exactly_its_speaker(client, name):
    article = Article.objects.get(source_path__endswith=name)

    shown = sidebar_speakers(client.get(article.get_absolute_url()).content.decode())
    served = client.get(reverse("articles:api-article", args=[article.pk])).json()["quotes"]

    for wanted in required_quotes(name):
        found = [q for q in served if normalised(wanted["quote"]) in normalised(q["text"])]
        assert [q["speaker"] and q["speaker"]["name"] for q in found] == [wanted["speaker"]]
        assert shown[f"quote-{found[0]['id']}"] == wanted["speaker"]


@pytest.mark.usefixtures("ingested_seeds")
def test_no_speaker_of_the_seeds_is_a_head_noun_or_a_capital():
    names = set(Speaker.objects.values_list("name", flat=True))

    assert not names & {"Ministry", "Moscow", "Tokyo", "Kremlin spokesman"}
