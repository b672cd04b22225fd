"""The API's OpenAPI schema is generated from the code that serves it: every endpoint is in it, with
the fields it serves and the parameters it takes."""

import pytest
from django.urls import reverse

from tests.factories import make_article, make_outlet, make_quote, make_speaker

pytestmark = pytest.mark.django_db

LISTS = {
    "/api/articles/": "articles:api-articles",
    "/api/speakers/": "articles:api-speakers",
    "/api/quotes/": "articles:api-quotes",
}
DETAILS = {
    "/api/articles/{id}/": "articles:api-article",
    "/api/speakers/{id}/": "articles:api-speaker",
    "/api/quotes/{id}/": "articles:api-quote",
}


@pytest.fixture
def schema(client):
    response = client.get(reverse("articles:api-schema"))
    assert response.status_code == 200
    return response.json()


@pytest.fixture
def quoted(db):
    """One article of a known outlet with one attributed quotation."""
    speaker = make_speaker("Maria Zakharova")
    article = make_article(body="She said we are ready.", outlet=make_outlet("RT", slug="rt"))
    return make_quote(article, speaker, text="we are ready")


def component(schema, ref: str) -> dict:
    return schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]


def served_schema(schema, path: str) -> dict:
    """The JSON object an endpoint is documented to answer (a list: the objects of its results)."""
    body = schema["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    answered = component(schema, body["$ref"])
    if "results" in answered["properties"]:
        return component(schema, answered["properties"]["results"]["items"]["$ref"])
    return answered


def test_every_endpoint_of_the_api_is_in_the_schema(schema):
    assert set(LISTS) | set(DETAILS) | {"/api/search/"} <= set(schema["paths"])


def test_the_api_index_links_to_the_schema(client):
    index = client.get(reverse("articles:api")).json()

    assert index["schema"] == "http://testserver/api/schema/"


@pytest.mark.usefixtures("quoted")
@pytest.mark.parametrize("path", sorted(LISTS))
def test_each_list_serves_exactly_the_fields_its_schema_lists(client, schema, path):
    [served] = client.get(reverse(LISTS[path])).json()["results"]

    assert set(served) == set(served_schema(schema, path)["properties"])


@pytest.mark.parametrize("path", sorted(DETAILS))
def test_each_detail_serves_exactly_the_fields_its_schema_lists(client, schema, quoted, path):
    pk = {"articles": quoted.article_id, "speakers": quoted.speaker_id, "quotes": quoted.pk}[
        path.split("/")[2]
    ]

    served = client.get(reverse(DETAILS[path], args=[pk])).json()

    assert set(served) == set(served_schema(schema, path)["properties"])


def test_every_field_of_the_schema_says_what_it_holds(schema):
    for name in ("ArticleSummary", "Article", "Speaker", "Quote", "SearchHit"):
        undocumented = [
            field
            for field, about in component(schema, name)["properties"].items()
            if not about.get("description")
        ]
        assert undocumented == [], name


@pytest.mark.parametrize(
    ("path", "filters"),
    [
        ("/api/articles/", {"outlet", "credit", "since", "until", "language"}),
        ("/api/speakers/", {"kind"}),
        ("/api/quotes/", {"speaker", "article", "outlet", "year"}),
        ("/api/search/", {"q", "page"}),
    ],
)
def test_the_schema_lists_the_parameters_each_list_takes(schema, path, filters):
    documented = {parameter["name"] for parameter in schema["paths"][path]["get"]["parameters"]}

    assert filters | {"format"} <= documented
    if path != "/api/search/":
        assert {"cursor", "limit", "after"} <= documented


def test_the_schema_also_comes_as_yaml(client):
    response = client.get(reverse("articles:api-schema"), {"format": "yaml"})

    assert response.status_code == 200 and b"/api/articles/:" in response.content
