import gzip
from datetime import UTC, date, datetime
from io import BytesIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from articles.pipeline import ParsedArticle, ParseFailure, parse_file

from .html_pages import PARAGRAPHS, page

CAPTURED = "2024-05-06T07:08:09Z"


def warc(*records, compress: bool = False) -> bytes:
    """A WARC file: a warcinfo record, then one request and one response per (uri, status, type, body)."""
    out = BytesIO()
    writer = WARCWriter(out, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    for uri, status, content_type, body in records:
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record(uri, "request", payload=BytesIO(b""), http_headers=request)
        )
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                uri,
                "response",
                payload=BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": CAPTURED},
            )
        )
    return out.getvalue()


def html_response(uri: str, html: str, charset: str = "utf-8"):
    return (uri, "200 OK", f"text/html; charset={charset}", html.encode(charset))


def test_every_html_response_becomes_an_article_and_other_records_are_counted():
    data = warc(
        html_response("https://example.org/islands", page()),
        ("https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
        ("https://example.org/old", "301 Moved Permanently", "text/html", b""),
        html_response("https://example.org/talks", page(head='<meta name="date" content="2019-01-14">')),
    )

    result = parse_file(data, "crawl.warc")

    assert [article.source_url for article in result] == [
        "https://example.org/islands",
        "https://example.org/talks",
    ]
    assert all(isinstance(article, ParsedArticle) for article in result)
    assert result.skipped == {
        "warcinfo record": 1,
        "request record": 4,
        "image/png response": 1,
        "HTTP 301 response": 1,
    }


def test_each_article_keeps_its_record_id_and_the_page_as_raw():
    html = page()
    [article] = parse_file(warc(html_response("https://example.org/islands", html)), "crawl.warc")

    assert article.record_id.startswith("<urn:uuid:")
    assert article.source == "crawl.warc"
    assert article.raw == html
    assert article.body.split("\n\n") == list(PARAGRAPHS)


def test_the_capture_date_stands_in_only_when_the_page_gives_no_date():
    undated = html_response("https://example.org/undated", page())
    dated = html_response("https://example.org/dated", page(head='<meta name="date" content="2019-01-14">'))

    first, second = parse_file(warc(undated, dated), "crawl.warc")

    assert first.published == datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert second.published == date(2019, 1, 14)


def test_a_compressed_warc_is_read_record_by_record():
    data = warc(html_response("https://example.org/islands", page()), compress=True)

    [article] = parse_file(data, "crawl.warc.gz")

    assert isinstance(article, ParsedArticle)
    assert article.source_url == "https://example.org/islands"


def test_the_charset_of_the_http_header_decodes_the_page():
    html = page(
        article="<p>Les négociations sur les îles reprendront au printemps, a déclaré le ministère.</p>"
        "<p>Le ministre Sergueï Lavrov a rencontré son homologue japonais lundi à Moscou.</p>"
    ).replace('<meta charset="utf-8">', "")

    [article] = parse_file(warc(html_response("https://example.org/fr", html, "iso-8859-1")), "crawl.warc")

    assert "négociations sur les îles" in article.body


def test_a_response_without_article_text_fails_alone():
    empty = html_response("https://example.org/empty", "<html><body><nav>Home</nav></body></html>")
    good = html_response("https://example.org/islands", page())

    failure, article = parse_file(warc(empty, good), "crawl.warc")

    assert isinstance(failure, ParseFailure)
    assert failure.record_id.startswith("<urn:uuid:")
    assert "no article text" in failure.reason
    assert isinstance(article, ParsedArticle)


def test_a_file_that_is_not_a_warc_fails_with_a_reason():
    [failure] = parse_file(gzip.compress(b"this is not an archive"), "crawl.warc.gz")

    assert isinstance(failure, ParseFailure)
    assert "WARC" in failure.reason
