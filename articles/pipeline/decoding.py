"""Bytes to text: byte-order marks first, then UTF-8, then detection."""

import codecs

from charset_normalizer import from_bytes

from .records import ParseError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> str:
    """Return the text of ``data``; raise ParseError when it is empty, binary or undecodable."""
    if not data.strip():
        raise ParseError("the file is empty")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return _reject_binary(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ParseError("the file is not text in any encoding we can detect")
    return _reject_binary(str(best))


def _reject_binary(text: str) -> str:
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 8:
        raise ParseError("the file looks binary, not text")
    return text
