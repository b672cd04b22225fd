"""Plain-text dumps of whole web pages."""

from ..article import build_article
from ..decoding import decode
from ..limits import read_at_most
from ..sites import site_of_dump
from ..textdump import extract


def read(stream, name, signatures, limits):
    raw = decode(read_at_most(stream, limits.text_chars, "the text dump"))
    extraction = extract(raw)
    site = site_of_dump(raw, extraction.body, signatures)
    yield build_article(extraction, raw=raw, source=name, signatures=signatures, site=site)
