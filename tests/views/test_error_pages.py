"""Friendly pages when something is missing or broken."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from tests.views.html import text

pytestmark = pytest.mark.django_db


def test_unknown_addresses_get_a_friendly_404_with_ways_on(client):
    response = client.get("/no/such/page/")

    assert response.status_code == 404
    assert b"searching the archive" in response.content and b'href="/archive/"' in response.content


@pytest.mark.urls("tests.views.failing_urls")
def test_a_server_error_gets_a_friendly_500():
    response = Client(raise_request_exception=False).get("/broken/")

    assert response.status_code == 500
    page = BeautifulSoup(response.content, "lxml")
    assert text(page.h1) == "Something went wrong" and page.select_one('a[href="/"]')
