"""The OpenSearch description: a browser can add the archive as a search engine."""

import xml.etree.ElementTree as ET

import pytest

from tests.views.html import soup

pytestmark = pytest.mark.django_db

OPENSEARCH = "{http://a9.com/-/spec/opensearch/1.1/}"


def test_the_description_says_where_to_send_search_terms(client):
    response = client.get("/opensearch.xml")

    assert response["Content-Type"].startswith("application/opensearchdescription+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{OPENSEARCH}OpenSearchDescription"
    assert root.findtext(f"{OPENSEARCH}ShortName") == "Dispatches"
    templates = {url.get("type"): url.get("template") for url in root.findall(f"{OPENSEARCH}Url")}
    assert templates["text/html"] == "http://testserver/search/?q={searchTerms}"
    assert templates["application/atom+xml"] == "http://testserver/feeds/search/?q={searchTerms}"


def test_pages_point_browsers_to_the_description(client):
    link = soup(client.get("/")).select_one('link[rel="search"]')

    assert link["type"] == "application/opensearchdescription+xml" and link["href"] == "/opensearch.xml"
