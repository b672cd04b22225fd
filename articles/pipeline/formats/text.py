"""Plain-text dumps of whole web pages."""

from ..article import build_article
from ..decoding import decode
from ..sites import site_of_dump
from ..textdump import extract


def read(data, name, signatures):
    raw = decode(data)
    extraction = extract(raw)
    site = site_of_dump(raw, extraction.body, signatures)
    yield build_article(extraction, raw=raw, source=name, signatures=signatures, site=site)
