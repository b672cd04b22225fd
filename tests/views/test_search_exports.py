"""Whole result sets as CSV and JSON, and attention over time as CSV."""

import csv
import io
import json
from datetime import date

import pytest
from django.urls import reverse

from articles.search import reindex_articles
from tests.factories import make_article, make_outlet, make_quote, make_speaker

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("archive")]


@pytest.fixture
def archive(search_index):
    rt = make_outlet("RT")
    articles = [
        make_article(f"Summit {n}", "Summit talks.", outlet=rt, published_on=date(2019, 1 + n % 3 * 2, 1))
        for n in range(45)
    ]
    make_quote(articles[0], make_speaker("Wang Yi"), "Summit talks", role="Foreign Minister")
    reindex_articles([article.pk for article in articles])


def download(client, name, **params):
    response = client.get(reverse(f"articles:{name}"), params)
    assert response.status_code == 200
    return response, b"".join(response.streaming_content).decode()


def test_csv_has_every_result_not_one_page(client):
    response, text = download(client, "search-csv", q="summit", sort="oldest")
    rows = list(csv.DictReader(io.StringIO(text)))

    assert response["Content-Type"].startswith("text/csv")
    assert len(rows) == 45
    assert rows[0]["published"] == "2019-01-01"
    assert rows[0]["url"].startswith("http://testserver/rt/2019/01/01/summit-")


def test_json_has_every_result_with_the_query(client):
    _response, text = download(client, "search-json", q="summit", outlet="RT")
    document = json.loads(text)

    assert document["query"] == "summit"
    assert len(document["results"]) == 45
    assert set(document["results"][0]) == {"id", "title", "outlet", "published", "language", "url"}


def test_quotation_exports_carry_speaker_and_role(client):
    _response, text = download(client, "search-json", q="summit", mode="quotes")

    (row,) = json.loads(text)["results"]
    assert (row["quote"], row["speaker"], row["role"]) == ("Summit talks", "Wang Yi", "Foreign Minister")
    assert "#quote-" in row["url"]


def test_attention_csv_counts_every_month_in_the_span_including_empty_ones(client):
    _response, text = download(client, "search-attention-csv", q="summit")

    assert text.splitlines() == ["month,count"] + [
        "2019-01,15",
        "2019-02,0",
        "2019-03,15",
        "2019-04,0",
        "2019-05,15",
    ]


def test_an_empty_search_downloads_no_rows(client):
    _response, text = download(client, "search-csv")

    assert text.splitlines() == ["id,title,outlet,published,language,url"]
