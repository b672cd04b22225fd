"""Every address the site answers, with hostile path and query values: never a server error.

The addresses come from the URLconf and from crawling the site's own links (tests/hostile.py), so a
new endpoint is covered without being listed here. ``benchmarks/reliability_requests.py`` runs
thousands of the same requests against a larger archive and times them.
"""

import shutil

import pytest
from django.contrib.auth.models import User
from django.test import Client

from articles.models import Quote
from tests import hostile
from tests.factories import make_small_archive

pytestmark = pytest.mark.django_db

REQUESTS_PER_ADDRESS = 6


@pytest.fixture
def archive(search_index, migration_data):
    make_small_archive()


@pytest.fixture
def curator():
    user = User.objects.create_superuser("curator", "curator@example.org", "a-long-password")
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


@pytest.fixture
def anonymous():
    return Client(raise_request_exception=False)


def server_errors(client, paths) -> list[str]:
    """The paths answered with a 5xx, each with its status (streamed bodies are read to the end)."""
    failures = []
    for path in paths:
        response = client.get(path)
        if response.streaming:
            b"".join(response.streaming_content)
        if response.status_code >= 500:
            failures.append(f"{response.status_code} {path[:300]!r}")
    return failures


def public_endpoints():
    return [endpoint for endpoint in hostile.endpoints() if not endpoint.is_admin]


def test_the_generator_finds_every_endpoint_of_the_urlconf():
    names = {endpoint.name for endpoint in hostile.endpoints()}

    assert {"articles:search", "articles:api-quotes", "articles:feed-speaker", "admin:index"} <= names
    assert "admin:articles_article_change" in names


def test_the_crawl_reaches_a_real_address_of_every_public_endpoint(archive, anonymous):
    examples = hostile.crawl(anonymous)

    unreached = {endpoint.route for endpoint in public_endpoints()} - set(examples)
    assert unreached == set()


@pytest.mark.slow  # hundreds of requests
def test_hostile_path_values_on_every_endpoint_get_no_server_error(archive, anonymous, curator):
    paths = [path for endpoint in hostile.endpoints() for path in hostile.hostile_paths(endpoint)]

    assert len(paths) > 200
    assert server_errors(anonymous, paths) == []
    assert server_errors(curator, [path for path in paths if path.startswith("/admin/")]) == []


@pytest.mark.slow  # hundreds of requests
def test_hostile_query_parameters_on_every_public_address_get_no_server_error(archive, anonymous):
    examples = hostile.crawl(anonymous)
    count = REQUESTS_PER_ADDRESS * sum(map(len, examples.values()))

    assert server_errors(anonymous, hostile.hostile_requests(examples, count)) == []


@pytest.mark.slow  # hundreds of requests
def test_hostile_query_parameters_on_every_admin_page_get_no_server_error(archive, curator):
    examples = hostile.crawl(curator, start=("/admin/",), per_endpoint=1, limit=200)
    admin_pages = {route: paths for route, paths in examples.items() if route.startswith("admin/")}

    assert len(admin_pages) > 20
    assert server_errors(curator, hostile.hostile_requests(admin_pages, 2 * len(admin_pages))) == []


@pytest.mark.slow  # hundreds of requests
@pytest.mark.parametrize("state", ["no index", "an empty index"])
def test_every_public_endpoint_answers_without_a_search_index(db, search_index, anonymous, state):
    make_small_archive()
    backend = search_index.get_backend()
    backend.clear()  # what a rebuild does first: the index stays empty until its first batch commits
    if state == "no index":
        shutil.rmtree(backend.path)
    examples = hostile.crawl(anonymous)
    plain = [path for paths in examples.values() for path in paths]
    searches = ["/search/?q=talks", "/search/?q=*&mode=quotes", "/api/search/?q=talks", "/feeds/search/?q=a"]

    assert server_errors(anonymous, plain + searches + list(hostile.hostile_requests(examples, 100))) == []
    assert Quote.objects.exists()
