"""warcio's archive iterator, made safe for any input: bounded lines, a bounded archive, no crash.

warcio (1.7 and 1.8) offers no hooks for these, so its record loader and
buffered reader are replaced on a new iterator before it reads its first record.
"""

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.recordloader import ArcWarcRecordLoader
from warcio.utils import BUFF_SIZE

from ..limits import TooLarge, size_of
from ..records import ParseError

MAX_LINE = 64 * 1024  # a WARC or HTTP header line; warcio reads lines whole, however long


def bounded_iterator(stream, limits) -> ArchiveIterator:
    """The records of a WARC stream; reading past ``limits.file_bytes`` decompressed raises TooLarge."""
    iterator = ArchiveIterator(stream, check_digests=True)
    iterator.loader = _Loader(verify_http=False, arc2warc=False)  # as ArchiveIterator makes its own
    iterator.reader = _BoundedReader(iterator.fh, limits.file_bytes, block_size=BUFF_SIZE)
    return iterator


class _Loader(ArcWarcRecordLoader):
    def load_http_headers(self, rec_type, uri, stream, length):
        # warcio calls uri.startswith() and fails with AttributeError on a record without a
        # WARC-Target-URI; such a record is read as HTTP, so the reader can report it and go on.
        return super().load_http_headers(rec_type, uri or "http:", stream, length)


class _BoundedReader(DecompressingBufferedReader):
    def __init__(self, stream, limit: int, **options):
        super().__init__(stream, **options)
        self.limit, self.total = limit, 0

    def _process_read(self, data):
        super()._process_read(data)
        self.total += self.buff_size if self.buff is not None else 0
        if self.total > self.limit:
            raise TooLarge(f"too large: the archive holds more than {size_of(self.limit)} once decompressed")

    def readline(self, length=None):
        line = super().readline(MAX_LINE + 1 if length is None else min(length, MAX_LINE + 1))
        if len(line) > MAX_LINE:
            raise ParseError(f"not a readable WARC file: a header line longer than {size_of(MAX_LINE)}")
        return line
