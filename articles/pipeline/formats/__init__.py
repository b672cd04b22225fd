"""Choose a reader by file name and run it on the file's bytes, read as a stream.

A reader is ``read(stream, name: str, signatures, limits) -> Iterable[ParsedArticle |
ParseFailure | Skipped]``, where ``stream`` is a binary stream (decompressed, and
counted against ``limits.file_bytes``, except for WARC, whose reader does both
itself). It reads no more than its limits allow before refusing (TooLarge), yields
a ParseFailure for a bad record and goes on with the others, a Skipped for a
record that is deliberately not an article (counted, not reported as an error),
and may raise ParseError for a problem with the whole file.
"""

import io
import logging
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import PurePath
from typing import BinaryIO

from ..limits import DEFAULT_LIMITS, CountingStream, Limits
from ..records import OutletSignature, ParsedArticle, ParseError, ParseFailure, Skipped, internal_error
from . import html, jsonl, text, warc
from .compression import Gunzipped, inner_name, is_gzip

log = logging.getLogger(__name__)

READERS = {
    ".txt": text.read,
    ".html": html.read,
    ".htm": html.read,
    ".xhtml": html.read,
    ".jsonl": jsonl.read,
    ".warc": warc.read,
}


class ParseResult(list):
    """The articles and failures of one file; ``skipped`` counts records left out on purpose, by reason."""

    def __init__(self, items=(), skipped=None):
        super().__init__(items)
        self.skipped: Counter[str] = skipped if skipped is not None else Counter()


def supported_suffixes() -> tuple[str, ...]:
    return (*READERS, *(suffix + ".gz" for suffix in READERS))


def reader_for(name: str):
    return READERS.get(PurePath(inner_name(name)).suffix.lower())


def parse_file(
    data: bytes | BinaryIO,
    name: str,
    signatures: Sequence[OutletSignature] = (),
    limits: Limits = DEFAULT_LIMITS,
) -> ParseResult:
    """Parse one file into articles; every problem comes back as a ParseFailure naming it.

    ``data`` is the file's bytes or a binary stream open on it (read as far as
    the limits allow, never whole first). The reader is chosen by the suffix
    under any ``.gz`` (``page.html.gz`` is read as HTML); gzip data is
    decompressed whatever the file is called, except for WARC, whose reader
    handles per-record compression itself. A file may hold several articles
    (JSON Lines, WARC); a bad record fails alone and the others are still
    returned. Records skipped on purpose (a WARC request record, say) are
    counted in the result's ``skipped``. ``iter_file`` yields the same one at
    a time, for files too large to hold all their articles at once.
    """
    result = ParseResult()
    for item in iter_file(data, name, signatures, limits):
        if isinstance(item, Skipped):
            result.skipped[item.reason] += 1
        else:
            result.append(item)
    return result


def iter_file(
    data: bytes | BinaryIO,
    name: str,
    signatures: Sequence[OutletSignature] = (),
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[ParsedArticle | ParseFailure | Skipped]:
    """What ``parse_file`` returns, one article, failure or skipped record at a time, as read."""
    reader = reader_for(name)
    if reader is None:
        suffix = "".join(PurePath(name).suffixes) or name
        yield ParseFailure(source=name, reason=f"unsupported file type {suffix!r}")
        return
    stream = io.BytesIO(data) if isinstance(data, (bytes, bytearray)) else data
    try:
        yield from reader(_opened(stream, reader, limits), name, signatures, limits)
    except ParseError as error:
        yield ParseFailure(source=name, reason=str(error))
    except OSError as error:  # the disk, not the input
        yield ParseFailure(source=name, reason=f"cannot read the file: {error.strerror or error}")
    except Exception as error:  # a pipeline bug on one file must not stop an ingest of thousands
        log.exception("Parsing %s failed", name)
        yield ParseFailure(source=name, reason=internal_error(error))


def _opened(stream, reader, limits: Limits):
    start = stream.tell()
    magic = stream.read(2)
    stream.seek(start)
    if reader is warc.read:
        return stream
    if is_gzip(magic):
        stream = Gunzipped(stream)
    return CountingStream(stream, limits.file_bytes, "the file")
