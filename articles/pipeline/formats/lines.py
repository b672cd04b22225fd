"""A stream's lines, one at a time, each bounded: what the JSON Lines reader reads.

A file is read a chunk at a time and never held whole; a line longer than the
limit comes out as TOO_LONG (its text dropped as it is read) and the lines after
it still come. UTF-8 files (most, and JSON's own encoding) are split as bytes
and each line decoded on its own, so one undecodable line fails alone; files
with a UTF-16 or UTF-32 byte-order mark, or UTF-16 without one, are decoded
as they are read.
"""

import codecs

from ..decoding import BOMS, utf16_without_bom
from ..limits import CHUNK
from ..records import ParseError

TOO_LONG = object()


def lines_of(stream, limit: int):
    """Yield each line of ``stream`` (bytes for UTF-8 input, else text) or TOO_LONG; no line ends."""
    head = stream.read(CHUNK)
    encoding = _wide_encoding(head)
    chunks = _chunks(head, stream)
    if encoding is None:
        yield from _bounded(chunks, limit, b"\n")
    else:
        yield from _bounded(_decoded(chunks, encoding), limit, "\n")


def _wide_encoding(head: bytes) -> str | None:
    for bom, encoding in BOMS:
        if head.startswith(bom) and encoding != "utf-8-sig":
            return encoding
    return utf16_without_bom(head)


def _chunks(head: bytes, stream):
    yield head
    yield from iter(lambda: stream.read(CHUNK), b"")


def _decoded(chunks, encoding: str):
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        for chunk in chunks:
            yield decoder.decode(chunk)
        yield decoder.decode(b"", final=True)
    except UnicodeDecodeError as error:
        raise ParseError(f"the file is not valid {encoding.upper()}: {error.reason}") from error


def _bounded(chunks, limit: int, newline):
    empty, cr = newline[:0], ("\r" if isinstance(newline, str) else b"\r")
    pending, too_long = empty, False
    for chunk in chunks:
        *complete, rest = chunk.split(newline)
        for part in complete:
            too_long = too_long or len(pending) + len(part) > limit
            yield TOO_LONG if too_long else (pending + part).removesuffix(cr)
            pending, too_long = empty, False
        pending += rest
        if len(pending) > limit:
            pending, too_long = empty, True
    if too_long:
        yield TOO_LONG
    elif pending:
        yield pending.removesuffix(cr)
