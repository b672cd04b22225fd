"""Plain-text dumps of whole web pages."""

from ..article import build_article
from ..decoding import decode
from ..textdump import extract


def read(data, name, signatures):
    raw = decode(data)
    yield build_article(extract(raw), raw=raw, source=name, signatures=signatures)
