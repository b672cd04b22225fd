"""Choose a reader by file name and run it."""

from collections.abc import Sequence
from pathlib import PurePath

from ..records import OutletSignature, ParsedArticle, ParseError, ParseFailure
from . import text

READERS = {
    ".txt": text.read,
}


def supported_suffixes() -> tuple[str, ...]:
    return tuple(READERS)


def reader_for(name: str):
    suffix = PurePath(name).suffix.lower()
    return READERS.get(suffix)


def parse_file(
    data: bytes, name: str, signatures: Sequence[OutletSignature] = ()
) -> list[ParsedArticle | ParseFailure]:
    """Parse one file into articles; every problem comes back as a ParseFailure naming it.

    A file may hold several articles (JSON Lines, WARC); a bad record fails
    alone and the others are still returned.
    """
    reader = reader_for(name)
    if reader is None:
        return [ParseFailure(source=name, reason=f"unsupported file type {PurePath(name).suffix!r}")]
    try:
        return list(reader(data, name, signatures))
    except ParseError as error:
        return [ParseFailure(source=name, reason=str(error))]
