"""Whatever is typed into the box or the URL, the answer is a page, never a server error."""

import random
import string

import pytest
from django.urls import reverse

from articles.search import reindex_articles
from tests.factories import make_article, make_outlet

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("archive")]

PUNCTUATION = string.punctuation + "“”„«»‘’‚–—…·•§¶°´`¨~\\ \t"
OPERATORS = [
    "AND",
    "OR",
    "NOT",
    "TO",
    "title:",
    "quote:",
    "speaker:",
    "outlet:",
    "*",
    "-",
    "+",
    "(",
    ")",
    '"',
]


@pytest.fixture
def archive(search_index):
    articles = [
        make_article(f"Report {n}", "Talks (again): “peace” - U.S./EU.", outlet=make_outlet("RT"))
        for n in range(3)
    ]
    reindex_articles([article.pk for article in articles])


def random_queries(count, seed=20190127):
    rng = random.Random(seed)
    for _ in range(count):
        pieces = [rng.choice(PUNCTUATION) for _ in range(rng.randint(1, 30))]
        if rng.random() < 0.5:
            pieces += rng.choices(OPERATORS + ["talks", "peace", "U.S."], k=rng.randint(1, 5))
            rng.shuffle(pieces)
        yield "".join(pieces)


def status(client, **params):
    return client.get(reverse("articles:search"), params).status_code


@pytest.mark.slow  # a thousand searches
def test_a_thousand_random_punctuation_queries_all_get_a_page(client):
    failures = [query for query in random_queries(1000) if status(client, q=query) != 200]

    assert failures == []


def test_the_same_queries_in_quotation_search_all_get_a_page(client):
    failures = [
        query for query in random_queries(200, seed=7) if status(client, q=query, mode="quotes") != 200
    ]

    assert failures == []


@pytest.mark.parametrize(
    "query",
    [
        "*",
        "**",
        '"',
        '"""',
        '"peace',
        'peace"',
        "((((",
        "))))",
        "(peace",
        "NOT",
        "-",
        "- -",
        "+",
        "title:",
        "quote:",
        "title:*",
        "AND OR NOT",
        "NOT NOT NOT peace",
        "peace^3",
        "[a TO z]",
        "{a TO z}",
        "peace~2",
        "pea?e",
        "\\",
        "%",
        "%00",
        "\x00",
        "ÿ" * 50,
        "🙂",
        "*:*",
        "<script>",
        "' OR 1=1 --",
        "a" * 300,
    ],
)
def test_known_troublemakers_get_a_page(client, query):
    assert status(client, q=query) == 200


def test_a_ten_kilobyte_query_gets_a_page(client):
    assert status(client, q="peace " * 1800) == 200
    assert status(client, q="(" * 10_240) == 200


@pytest.mark.parametrize(
    "params",
    [
        {"page": "-1"},
        {"page": "abc"},
        {"page": "99999999999999999999"},
        {"from": "2019-02-30"},
        {"from": "yesterday", "to": "9999-99-99"},
        {"to": "2019-01-01T25:00"},
        {"sort": "random"},
        {"mode": "everything"},
        {"lang": "x" * 500},
        {"outlet": ["RT"] * 100},
        {"speaker": "\x00"},
    ],
)
def test_bad_parameters_get_a_page(client, params):
    assert status(client, q="talks", **params) == 200


@pytest.mark.parametrize(
    "name", ["articles:search-csv", "articles:search-json", "articles:search-attention-csv"]
)
@pytest.mark.parametrize("query", ['"', "((", "*", "NOT NOT a", "-"])
def test_downloads_of_odd_queries_still_answer(client, name, query):
    response = client.get(reverse(name), {"q": query})

    assert response.status_code == 200
    b"".join(response.streaming_content)
