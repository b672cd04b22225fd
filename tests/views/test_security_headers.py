"""Every response the site gives carries its Content-Security-Policy."""

import pytest
from django.test import Client

from tests import hostile
from tests.factories import make_small_archive

pytestmark = pytest.mark.django_db


def test_every_address_the_site_links_to_carries_the_policy(search_index, migration_data):
    make_small_archive()
    client = Client()
    addresses = [path for paths in hostile.crawl(client).values() for path in paths] + ["/no-such-page/"]

    missing = [
        path
        for path in addresses
        if "default-src 'self'" not in client.get(path).get("Content-Security-Policy", "")
    ]

    assert missing == []
    assert len(addresses) > 30
