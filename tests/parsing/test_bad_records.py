"""One bad record fails alone, with its reason; a damaged record is reported, never stored as whole."""

import codecs
import json
from io import BytesIO

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from articles.pipeline import ParsedArticle, ParseFailure, parse_file
from articles.pipeline.formats import jsonl

from .html_pages import PARAGRAPHS, page
from .test_warc import html_response, warc

BODY = "\n\n".join(PARAGRAPHS)
GOOD = json.dumps({"url": "https://example.org/good", "title": "Good", "body": BODY})


def _lines(*lines: str) -> bytes:
    return "\n".join(lines).encode()


def test_a_deeply_nested_json_line_fails_alone():
    nested = '{"body": ' + "[" * 100_000 + "]" * 100_000 + "}"

    first, failure, last = parse_file(_lines(GOOD, nested, GOOD), "export.jsonl")

    assert isinstance(first, ParsedArticle) and isinstance(last, ParsedArticle)
    assert failure.reason == "line 2: not readable JSON: nested too deeply"


def test_an_unexpected_error_on_one_line_fails_that_line_as_an_internal_error(monkeypatch):
    real = jsonl.record_article

    def breaks_on_line_two(line, number, *args, **kwargs):
        if number == 2:
            raise KeyError("a bug")
        return real(line, number, *args, **kwargs)

    monkeypatch.setattr(jsonl, "record_article", breaks_on_line_two)

    first, failure, last = parse_file(_lines(GOOD, GOOD, GOOD), "export.jsonl")

    assert isinstance(first, ParsedArticle) and isinstance(last, ParsedArticle)
    assert failure.reason == "line 2: internal error while parsing: KeyError: 'a bug'"


def _response_without_target_uri() -> bytes:
    out = BytesIO()
    writer = WARCWriter(out, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        "https://example.org/x", "response", payload=BytesIO(page().encode()), http_headers=headers
    )
    record.rec_headers.remove_header("WARC-Target-URI")
    writer.write_record(record)
    return out.getvalue()


def test_a_warc_response_without_a_target_uri_fails_alone():
    good = warc(html_response("https://example.org/islands", page()))
    data = good + _response_without_target_uri() + good

    results = parse_file(data, "crawl.warc")

    assert [type(item) for item in results] == [ParsedArticle, ParseFailure, ParsedArticle]
    assert results[1].reason.endswith("a response record without WARC-Target-URI")


def test_a_control_character_in_a_quotation_does_not_lose_the_page():
    quoted = page(
        article=f"<p>{PARAGRAPHS[0]}</p><p>Lavrov said <q>we will\x01 meet again</q> on Monday.</p>"
    )

    [article] = parse_file(quoted.encode(), "page.html")

    assert isinstance(article, ParsedArticle)
    assert "we will meet again" in article.body


def test_a_malformed_canonical_link_is_ignored():
    broken = page(head='<link rel="canonical" href="http://[broken/x">')

    [article] = parse_file(broken.encode(), "page.html")

    assert isinstance(article, ParsedArticle)
    assert article.source_url is None


@pytest.mark.parametrize("name", ["dump.txt", "page.html"])
def test_a_byte_order_mark_followed_by_invalid_bytes_is_refused_with_a_reason(name):
    [failure] = parse_file(codecs.BOM_UTF8 + b"<p>Lavrov \xff\xfe said</p>", name)

    assert failure.reason == "the file starts with a UTF-8 byte-order mark but is not valid UTF-8 (byte 10)"


def _cut(data: bytes, missing: int) -> bytes:
    return data[:-missing]


def test_a_truncated_warc_record_is_reported_not_stored_as_complete():
    complete = warc(html_response("https://example.org/islands", page()))
    cut = warc(
        html_response("https://example.org/cut", page(article="".join(f"<p>{p}</p>" for p in PARAGRAPHS * 3)))
    )

    article, failure = parse_file(complete + _cut(cut, 300), "crawl.warc")

    assert article.source_url == "https://example.org/islands"
    assert isinstance(failure, ParseFailure)
    assert "truncated: the record holds" in failure.reason
    assert "its Content-Length gives" in failure.reason


def test_a_warc_record_whose_digest_does_not_match_is_reported_as_damaged():
    data = warc(html_response("https://example.org/islands", page()))
    damaged = data.replace(b"Sergei Lavrov", b"Sergei Lavrof")

    [failure] = parse_file(damaged, "crawl.warc")

    assert "damaged:" in failure.reason and "digest" in failure.reason
