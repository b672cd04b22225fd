"""Web archives (``.warc``, ``.warc.gz``): every HTML response record becomes an article.

Read with warcio, record by record from the stream, so an archive of any size
costs the memory of one record. Records that are not successful HTML responses
(warcinfo, requests, metadata, images, redirects) are skipped and counted by
kind. A response record is reported rather than read when it has no
``WARC-Target-URI``, when its payload passes the page limit, when it holds fewer
bytes than its ``Content-Length`` says (a truncated archive), or when a
``WARC-Block-Digest`` or ``WARC-Payload-Digest`` it carries does not match. The
record's target URI is the article's source URL; its capture date
(``WARC-Date``) stands in for the publication date only when the page itself
yields none, because a capture happens after, often long after, publication.
"""

import logging

from warcio.exceptions import ArchiveLoadFailed

from ..dates import parse_date
from ..html.document import decode_html
from ..limits import CHUNK, read_at_most
from ..records import ParseError, ParseFailure, Skipped, internal_error
from .html import page_article
from .warc_stream import bounded_iterator

HTML_TYPES = ("text/html", "application/xhtml+xml")

log = logging.getLogger(__name__)


def read(stream, name, signatures, limits):
    records = 0
    try:
        for record in bounded_iterator(stream, limits):
            # warcio also reads the older ARC format, and takes any text for it.
            if not record.format.startswith("warc"):
                raise ParseError("not a WARC file: its records have no WARC headers")
            records += 1
            yield _record_item(record, name, signatures, limits)
    except (ArchiveLoadFailed, ValueError, OSError, EOFError) as error:
        raise ParseError(f"not a readable WARC file: {error}") from error
    if not records:
        raise ParseError("the WARC file holds no records")


def _record_item(record, name, signatures, limits):
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    skip = _skip_reason(record)
    if skip:
        return Skipped(reason=skip, record_id=record_id)
    try:
        return _record_article(record, record_id, name, signatures, limits)
    except ParseError as error:
        return ParseFailure(source=name, record_id=record_id, reason=f"record {record_id}: {error}")
    except Exception as error:  # a pipeline bug on one record must not lose the archive's others
        log.exception("Parsing record %s of %s failed", record_id, name)
        reason = f"record {record_id}: {internal_error(error)}"
        return ParseFailure(source=name, record_id=record_id, reason=reason)


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


def _record_article(record, record_id, name, signatures, limits):
    url = record.rec_headers.get_header("WARC-Target-URI")
    if not url:
        raise ParseError("a response record without WARC-Target-URI")
    if record.length is None:
        raise ParseError("a record without a Content-Length")
    try:
        payload = read_at_most(record.content_stream(), limits.page_bytes, "the record's page")
        _check_complete(record)
    except ValueError as error:  # warcio decoding a digest, a chunked or compressed body
        raise ParseError(f"damaged: {error}") from error
    raw = decode_html(payload, _charset(record))
    article = page_article(
        raw, source=name, signatures=signatures, record_id=record_id, url=url, limits=limits
    )
    if article.published is None:
        article.published = parse_date(record.rec_headers.get_header("WARC-Date") or "")
    return article


def _check_complete(record) -> None:
    """A record cut short, or whose digest does not match, is damaged: reported, never stored as whole."""
    while record.raw_stream.read(CHUNK):
        pass  # what the payload's reader left (a chunked body's trailer) counts towards the length
    missing = getattr(record.raw_stream, "limit", 0)
    if missing > 0:
        raise ParseError(
            f"truncated: the record holds {record.length - missing:,} of the {record.length:,} bytes"
            " its Content-Length gives"
        )
    if record.digest_checker.passed is False:
        raise ParseError(f"damaged: {'; '.join(record.digest_checker.problems)}")


def _charset(record) -> str | None:
    content_type = record.http_headers.get_header("Content-Type") or ""
    for parameter in content_type.split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'")
    return None
