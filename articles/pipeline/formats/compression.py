"""Gzip-compressed input: recognised by its magic bytes, whatever the file is called."""

import gzip
import zlib
from pathlib import PurePath

from ..records import ParseError

GZIP_MAGIC = b"\x1f\x8b"
COMPRESSED_SUFFIXES = (".gz", ".gzip")


def inner_name(name: str) -> str:
    """The file name without a compression suffix: ``page.html.gz`` -> ``page.html``."""
    path = PurePath(name)
    if path.suffix.lower() in COMPRESSED_SUFFIXES:
        return str(path.with_suffix(""))
    return name


def is_gzip(data: bytes) -> bool:
    return data[:2] == GZIP_MAGIC


def gunzip(data: bytes) -> bytes:
    """Decompress every gzip member of ``data``; raise ParseError naming the problem."""
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as error:
        raise ParseError(f"the file is not valid gzip: {error}") from error
