"""How much one file may make the pipeline read and work, so that no input can exhaust the machine.

Input is read as a stream and counted as it is read, decompressed: a file or a
record is refused ("too large: …") as soon as it passes its limit, never read
whole first. The defaults are far above what news pages hold (the largest of
783 development pages: 1.8 MB of HTML, 5,100 elements, 100 kB of text dump)
and keep one file's parse under about 300 MB and 10 s of CPU; the ingest
command reads them from the environment (``DISPATCHES_MAX_*``, see the README).
"""

from dataclasses import dataclass

from .records import ParseError

MB = 1024 * 1024
CHUNK = 1024 * 1024  # bytes read at a time


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 4096 * MB  # everything a file holds once decompressed (JSON Lines and WARC stream)
    page_bytes: int = 5 * MB  # one HTML page: an .html file, a JSON Lines line, a WARC record's payload
    text_chars: int = 1 * MB  # one text dump (a .txt file, a JSON line's text or body), a page's visible text
    elements: int = 20_000  # elements of one HTML page


DEFAULT_LIMITS = Limits()


class TooLarge(ParseError):
    """Input over one of the limits; the message says which and how to raise it."""


def size_of(count: int) -> str:
    return f"{count / MB:g} MB" if count >= MB else f"{count:,} bytes"


def read_at_most(stream, limit: int, what: str) -> bytes:
    """All of ``stream``, refused with TooLarge as soon as it passes ``limit`` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit or stream.read(1):  # read(1): a CountingStream under a smaller limit says so
        raise TooLarge(f"too large: {what} holds more than {size_of(limit)}")
    return data


def check_text(text: str, limits: Limits, what: str) -> str:
    if len(text) > limits.text_chars:
        raise TooLarge(f"too large: {what} holds {len(text):,} characters, more than {limits.text_chars:,}")
    return text


class CountingStream:
    """A binary stream that yields up to ``limit`` bytes, then raises TooLarge if there are more."""

    def __init__(self, stream, limit: int, what: str):
        self.stream, self.limit, self.what, self.count = stream, limit, what, 0

    def read(self, size: int = -1) -> bytes:
        budget = self.limit - self.count
        wanted = budget if size is None or size < 0 else min(size, budget)
        data = self.stream.read(wanted) if wanted > 0 else b""
        self.count += len(data)
        if not data and size != 0 and self.stream.read(1):
            raise TooLarge(f"too large: {self.what} holds more than {size_of(self.limit)}")
        return data
