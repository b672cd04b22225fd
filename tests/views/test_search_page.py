"""The search page as a user sees it."""

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]


def search(client, **params):
    return client.get(reverse("articles:search"), params)


@pytest.mark.usefixtures("ingested_seeds")
def test_search_page_shows_count_and_marked_snippets(client):
    page = search(client, q="Morgulov")

    html = page.content.decode()
    assert page.status_code == 200
    assert "1 article match" in html
    assert "<mark>Morgulov</mark>" in html


@pytest.mark.usefixtures("ingested_seeds")
@pytest.mark.parametrize("query", ['"', "((", "title:", "*", "NOT", "a-b/c.d:e", "x" * 10_000])
def test_malformed_queries_get_a_page_not_an_error(client, query):
    assert search(client, q=query).status_code == 200


def test_an_empty_query_shows_help_not_results(client):
    page = search(client, q="")

    assert page.status_code == 200
    assert b"exact phrase" in page.content


@pytest.mark.usefixtures("ingested_seeds")
def test_the_query_lives_in_the_url_so_result_pages_can_be_shared(client):
    page = search(client, q="peace treaty", page=1)

    assert page.status_code == 200
    assert b'value="peace treaty"' in page.content
