"""Fixes to Whoosh 2.7.4 (the release haystack tests against, no longer maintained).

``W3PerDocReader._cached_reader`` caches a segment's column readers but not the
answer "this field has no lengths column", so while a segment is written every
posting of an unscored field (our exact filter and facet fields) asks the file
system whether the column file exists: one ``stat`` per posting, about half the
time of indexing an article. A segment's files never change once written, so
the negative answer is cached like the positive one.

``BufferFile`` reads a file inside a compound segment from the segment's memory map, but wraps
it in ``BytesIO``, which copies it: opening a searcher copied the whole term index and postings
into the process's own memory (177 MB of a 2,000-article index, once per searcher and again for
every index generation), where the memory map shares the file with the page cache. Here it reads
the map in place; searches cost the same CPU time (benchmarks/reliability_requests.py, issue 14).
"""

import io

from whoosh.codec import whoosh3
from whoosh.filedb import structfile

from . import codec


def _cached_reader(self, fieldname, column):
    try:
        return self._readers[fieldname]
    except KeyError:
        reader = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
        self._readers[fieldname] = reader
        return reader


class MappedFile(io.RawIOBase):
    """A read-only file over a buffer (a slice of a memory map), reading it in place."""

    def __init__(self, buffer):
        self._buffer = memoryview(buffer)
        self._position = 0

    def readable(self):
        return True

    def seekable(self):
        return True

    def tell(self):
        return self._position

    def seek(self, offset, whence=io.SEEK_SET):
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: len(self._buffer)}[whence]
        self._position = base + offset
        return self._position

    def read(self, size=-1):
        start = self._position
        end = len(self._buffer) if size is None or size < 0 else min(len(self._buffer), start + size)
        self._position = max(start, end)
        return self._buffer[start:end].tobytes()

    def readinto(self, target):
        data = self.read(len(target))
        target[: len(data)] = data
        return len(data)


def _buffer_file_init(self, buf, name=None, onclose=None):
    self._buf = buf
    self._name = name
    self.file = MappedFile(buf)
    self.onclose = onclose
    self.is_real = False
    self.is_closed = False


def apply():
    whoosh3.W3PerDocReader._cached_reader = _cached_reader
    structfile.BufferFile.__init__ = _buffer_file_init
    codec.apply()  # short posting lists kept in the term index
