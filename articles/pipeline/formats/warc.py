"""Web archives (``.warc``, ``.warc.gz``): every HTML response record becomes an article.

Read with warcio. Records that are not successful HTML responses (warcinfo,
requests, metadata, images, redirects) are skipped and counted by kind. The
record's target URI is the article's source URL; its capture date
(``WARC-Date``) stands in for the publication date only when the page itself
yields none, because a capture happens after, often long after, publication.
"""

from io import BytesIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..dates import parse_date
from ..html.document import decode_html
from ..records import ParseError, ParseFailure, Skipped
from .html import page_article

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read(data, name, signatures):
    records = 0
    try:
        for record in ArchiveIterator(BytesIO(data)):
            # warcio also reads the older ARC format, and takes any text for it.
            if not record.format.startswith("warc"):
                raise ParseError("not a WARC file: its records have no WARC headers")
            records += 1
            yield _record_item(record, name, signatures)
    except (ArchiveLoadFailed, ValueError, OSError, EOFError) as error:
        raise ParseError(f"not a readable WARC file: {error}") from error
    if not records:
        raise ParseError("the WARC file holds no records")


def _record_item(record, name, signatures):
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    skip = _skip_reason(record)
    if skip:
        return Skipped(reason=skip, record_id=record_id)
    try:
        return _record_article(record, record_id, name, signatures)
    except ParseError as error:
        return ParseFailure(source=name, record_id=record_id, reason=f"record {record_id}: {error}")


def _skip_reason(record) -> str | None:
    if record.rec_type != "response":
        return f"{record.rec_type} record"
    if record.http_headers is None:
        return "response without HTTP headers"
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return f"HTTP {status or 'unknown'} response"
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(HTML_TYPES):
        return f"{content_type.split(';')[0] or 'untyped'} response"
    return None


def _record_article(record, record_id, name, signatures):
    raw = decode_html(record.content_stream().read(), _charset(record))
    url = record.rec_headers.get_header("WARC-Target-URI")
    article = page_article(raw, source=name, signatures=signatures, record_id=record_id, url=url)
    if article.published is None:
        article.published = parse_date(record.rec_headers.get_header("WARC-Date") or "")
    return article


def _charset(record) -> str | None:
    content_type = record.http_headers.get_header("Content-Type") or ""
    for parameter in content_type.split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'")
    return None
