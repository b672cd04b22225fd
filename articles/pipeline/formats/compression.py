"""Gzip-compressed input: recognised by its magic bytes, whatever the file is called, read as a stream."""

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


class Gunzipped:
    """Every gzip member of a binary stream, decompressed as it is read; ParseError names a problem.

    Reading decompresses only what is asked for, so a small file that would
    decompress to gigabytes costs no more memory than the reads made of it.
    """

    def __init__(self, stream):
        self.file = gzip.GzipFile(fileobj=stream, mode="rb")

    def read(self, size: int = -1) -> bytes:
        try:
            return self.file.read(size)
        except (OSError, EOFError, zlib.error) as error:
            raise ParseError(f"the file is not valid gzip: {error}") from error
