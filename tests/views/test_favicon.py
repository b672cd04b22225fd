"""Browsers find the site's icon: no 404 on every first visit."""

import pytest
from django.urls import reverse

from tests.views.html import soup

pytestmark = pytest.mark.django_db


def test_the_icon_is_served_where_browsers_look_for_it(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO file


def test_pages_and_the_admin_name_their_icon(client, admin_client):
    for page in (soup(client.get(reverse("articles:home"))), soup(admin_client.get("/admin/"))):
        icon = page.select_one('link[rel="icon"]')
        assert icon["href"].endswith("favicon.svg")
        assert client.get(icon["href"]).status_code == 200
