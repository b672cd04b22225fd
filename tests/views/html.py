"""Reading a response the way a reader (or a screen reader) would: parsed HTML, collapsed text."""

from bs4 import BeautifulSoup


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "lxml")


def text(node) -> str:
    return " ".join(node.get_text(" ").split()) if node is not None else ""


def hrefs(node) -> list[str]:
    return [link["href"] for link in node.select("a[href]")] if node is not None else []


def alternate_feeds(page) -> list[str]:
    return [link["href"] for link in page.select('link[rel="alternate"][type="application/atom+xml"]')]
