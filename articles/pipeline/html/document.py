"""HTML bytes to text and to an lxml tree.

lxml is the document model here rather than BeautifulSoup: trafilatura works on
lxml trees, so one parse serves metadata and content extraction alike, and
BeautifulSoup's tree costs about 30 ms a page against lxml's 2 ms, more than a
whole trafilatura extraction.
"""

import codecs
import re

import lxml.html
from lxml import etree

from ..decoding import BOMS, decode
from ..records import ParseError

DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
SNIFF_BYTES = 4096
# Comments go at parse time: left in, they split text nodes and trafilatura loses paragraphs.
PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False)


def decode_html(data: bytes, charset: str | None = None) -> str:
    """Return the text of a page: byte-order mark, then ``charset`` (from HTTP), then ``<meta charset>``.

    A declared charset that does not decode the bytes is ignored (pages often
    declare one encoding and are saved in another) and detection takes over.
    """
    if any(data.startswith(bom) for bom, _ in BOMS):
        return decode(data)
    for declared in (charset, _declared_charset(data)):
        text = _decode_as(data, declared)
        if text is not None:
            return text
    return decode(data)


def _declared_charset(data: bytes) -> str | None:
    match = DECLARED_CHARSET.search(data[:SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def _decode_as(data: bytes, charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        return None
    # Browsers read pages labelled Latin-1 as Windows-1252 (WHATWG encoding standard).
    if codec in ("latin-1", "iso8859-1", "ascii"):
        codec = "cp1252"
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse page text into an lxml tree; raise ParseError when there is no document in it."""
    text = XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        raise ParseError("the page is empty")
    try:
        tree = lxml.html.document_fromstring(text, parser=PARSER)
    except (etree.ParserError, ValueError) as error:
        raise ParseError(f"the page is not readable HTML: {error}") from error
    if tree is None or tree.find("body") is None and not len(tree):
        raise ParseError("the page is not readable HTML")
    return tree
