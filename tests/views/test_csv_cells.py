"""Every CSV the site writes shows scraped text that looks like a spreadsheet formula as text."""

import csv

import pytest
from django.urls import reverse

from articles.search import reindex_articles
from tests.factories import make_article, make_outlet, make_quote, make_speaker

pytestmark = pytest.mark.django_db

FORMULAS = ['=HYPERLINK("http://example.com/x","click")', "+1+2", "-2+3", "@SUM(A1:A9)", "\t=1+1"]
CSV_ADDRESSES = [
    ("articles:search-csv", {"q": "talks"}),
    ("articles:search-csv", {"q": "*", "mode": "quotes"}),
    ("articles:api-articles", {"format": "csv"}),
    ("articles:api-speakers", {"format": "csv"}),
    ("articles:api-quotes", {"format": "csv"}),
    ("articles:api-search", {"q": "talks", "format": "csv"}),
    ("articles:coverage", {"format": "csv"}),
]


@pytest.fixture
def formula_archive(search_index):
    """Every scraped field an export shows starts like a formula."""
    outlet = make_outlet(FORMULAS[3], slug="at-sum")
    article = make_article(FORMULAS[0], "Talks went on. +1+2 was said.", outlet=outlet, byline=FORMULAS[2])
    speaker = make_speaker(FORMULAS[2], slug="minus", role=FORMULAS[4])
    make_quote(article, speaker, text="+1+2", role=FORMULAS[1])
    reindex_articles([article.pk])


def cells(client, name, params) -> list[str]:
    response = client.get(reverse(f"articles:{name.split(':')[1]}"), params)
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    return [cell for row in csv.reader(text.splitlines()) for cell in row]


@pytest.mark.usefixtures("formula_archive")
@pytest.mark.parametrize(("name", "params"), CSV_ADDRESSES)
def test_no_cell_of_an_export_starts_like_a_formula(client, name, params):
    found = cells(client, name, params)

    assert not [cell for cell in found if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert any(cell.startswith("'") and cell[1:] in FORMULAS for cell in found)


@pytest.mark.usefixtures("formula_archive")
def test_a_neutralised_cell_keeps_its_text_after_the_apostrophe(client):
    found = cells(client, "articles:api-articles", {"format": "csv"})

    assert "'" + FORMULAS[0] in found
    assert "'-2+3" in found
