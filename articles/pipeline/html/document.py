"""HTML bytes to text and to an lxml tree.

lxml is the document model here rather than BeautifulSoup: trafilatura works on
lxml trees, so one parse serves metadata and content extraction alike, and
BeautifulSoup's tree costs about 30 ms a page against lxml's 2 ms, more than a
whole trafilatura extraction.
"""

import codecs
import re

import lxml.html
from ftfy import fix_encoding
from lxml import etree

from ..decoding import BOMS, decode
from ..records import ParseError

DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Characters lxml keeps in a parsed tree but refuses in text set on it (ValueError), which
# extraction does when it marks quotations; no page shows them.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
SNIFF_BYTES = 4096
# UTF-8 read as Windows-1252 and saved again ("â€™" for "’", "Ã©" for "é"): a lead byte's character
# followed by a continuation byte's. Only pages with such pairs go through ftfy, which is slow.
MOJIBAKE = re.compile(
    "[\u00c2\u00c3\u00e2]"  # Â, Ã, â: how UTF-8 lead bytes read in Windows-1252
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)
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


def repair_mojibake(text: str) -> str:
    """Text a site encoded twice (UTF-8 bytes read as Windows-1252, then saved as UTF-8) set right."""
    return fix_encoding(text) if MOJIBAKE.search(text) else text


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse page text into an lxml tree; raise ParseError when there is no document in it."""
    text = NOT_XML.sub("", XML_DECLARATION.sub("", text, count=1))
    if not text.strip():
        raise ParseError("the page is empty")
    try:
        tree = lxml.html.document_fromstring(text, parser=PARSER)
    except (etree.ParserError, ValueError) as error:
        raise ParseError(f"the page is not readable HTML: {error}") from error
    if tree is None or tree.find("body") is None and not len(tree):
        raise ParseError("the page is not readable HTML")
    return tree
