"""Choose a reader by file name and run it.

A reader is ``read(data: bytes, name: str, signatures) -> Iterable[ParsedArticle |
ParseFailure | Skipped]``. It yields a ParseFailure for a bad record and goes on
with the others, a Skipped for a record that is deliberately not an article
(counted, not reported as an error), and may raise ParseError for a problem
with the whole file.
"""

from collections import Counter
from collections.abc import Sequence
from pathlib import PurePath

from ..records import OutletSignature, ParseError, ParseFailure, Skipped
from . import html, jsonl, text, warc
from .compression import gunzip, inner_name, is_gzip

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


def parse_file(data: bytes, name: str, signatures: Sequence[OutletSignature] = ()) -> ParseResult:
    """Parse one file into articles; every problem comes back as a ParseFailure naming it.

    The reader is chosen by the suffix under any ``.gz`` (``page.html.gz`` is
    read as HTML); gzip data is decompressed whatever the file is called,
    except for WARC, whose reader handles per-record compression itself. A file
    may hold several articles (JSON Lines, WARC); a bad record fails alone and
    the others are still returned. Records skipped on purpose (a WARC request
    record, say) are counted in the result's ``skipped``.
    """
    reader = reader_for(name)
    if reader is None:
        suffix = "".join(PurePath(name).suffixes) or name
        return ParseResult([ParseFailure(source=name, reason=f"unsupported file type {suffix!r}")])
    result = ParseResult()
    try:
        if is_gzip(data) and reader is not warc.read:
            data = gunzip(data)
        for item in reader(data, name, signatures):
            if isinstance(item, Skipped):
                result.skipped[item.reason] += 1
            else:
                result.append(item)
    except ParseError as error:
        result.append(ParseFailure(source=name, reason=str(error)))
    return result
