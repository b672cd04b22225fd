import json
from datetime import UTC, date, datetime

from articles.pipeline import OutletSignature, ParsedArticle, ParseFailure, parse_file

from .html_pages import PARAGRAPHS, page

BODY = "\n\n".join(PARAGRAPHS)


def jsonl(*records) -> bytes:
    lines = (
        record if isinstance(record, str) else json.dumps(record, ensure_ascii=False) for record in records
    )
    return ("\n".join(lines) + "\n").encode()


def test_a_broken_line_is_reported_by_number_and_the_other_lines_still_go_in():
    data = jsonl(
        {"url": "https://example.org/1", "title": "First", "body": BODY},
        '{"url": "https://example.org/2", "title": "Second", "body": ',
        {"url": "https://example.org/3", "title": "Third", "body": BODY},
    )

    results = parse_file(data, "export.jsonl")

    assert [item.title for item in results if isinstance(item, ParsedArticle)] == ["First", "Third"]
    [failure] = [item for item in results if isinstance(item, ParseFailure)]
    assert failure.source == "export.jsonl"
    assert failure.record_id == "2"
    assert failure.reason.startswith("line 2: not valid JSON")


def test_a_clean_body_is_taken_as_is_with_the_stated_fields():
    line = {
        "url": "https://example.org/islands",
        "title": "Islands talks stall",
        "published": "2019-01-14T09:30:00Z",
        "outlet": "Deutsche Welle",
        "author": ["Julian Ryall"],
        "language": "en",
        "body": BODY,
    }

    [article] = parse_file(jsonl(line), "export.jsonl")

    assert article.body == BODY
    assert article.title == "Islands talks stall"
    assert article.published == datetime(2019, 1, 14, 9, 30, tzinfo=UTC)
    assert article.outlet == "Deutsche Welle"
    assert article.byline == "Julian Ryall"
    assert article.source_url == "https://example.org/islands"
    assert article.record_id == "1"
    assert article.raw == json.dumps(line)


def test_a_stated_outlet_wins_over_signatures_found_in_the_text():
    signatures = [OutletSignature(outlet="RT", pattern="Lavrov")]
    [article] = parse_file(jsonl({"source": {"id": "dw", "name": "DW"}, "body": BODY}), "x.jsonl", signatures)

    assert article.outlet == "DW"
    assert article.outlet_signature is None


def test_without_a_stated_outlet_the_record_url_names_the_site_and_the_text_does_not():
    signatures = [
        OutletSignature(outlet="RT", pattern="Lavrov"),
        OutletSignature("DW", "dw.com", "domain", 5),
    ]
    [from_text] = parse_file(jsonl({"body": BODY}), "x.jsonl", signatures)
    [from_url] = parse_file(
        jsonl({"body": BODY, "url": "https://www.dw.com/en/talks/a-1"}), "x.jsonl", signatures
    )

    assert from_text.outlet is None
    assert (from_url.outlet, from_url.outlet_domain) == ("DW", "dw.com")


def test_an_html_field_is_extracted_like_a_page_and_stated_fields_win():
    html = page(head='<meta property="og:title" content="Declared headline">')
    [article] = parse_file(jsonl({"html": html, "title": "Stated headline", "date": "2019-01-14"}), "x.jsonl")

    assert article.body == BODY
    assert article.title == "Stated headline"
    assert article.published == date(2019, 1, 14)


def test_a_text_field_is_read_by_the_text_dump_rules():
    dump = "Home\nWorld\nBusiness\n" + "\n".join(PARAGRAPHS) + "\nCopyright 2024\n"
    [article] = parse_file(jsonl({"text": dump, "title": "Islands"}), "x.jsonl")

    assert PARAGRAPHS[0] in article.body
    assert "Copyright" not in article.body


def test_a_record_without_content_fails_naming_the_fields_it_needs():
    [failure] = parse_file(jsonl({"url": "https://example.org/1", "title": "No text"}), "x.jsonl")

    assert isinstance(failure, ParseFailure)
    assert failure.reason.startswith("line 1: no article content")
    assert "body" in failure.reason and "html" in failure.reason


def test_a_date_that_is_not_a_date_fails_naming_the_field():
    [failure] = parse_file(jsonl({"body": BODY, "published": "last Tuesday-ish"}), "x.jsonl")

    assert isinstance(failure, ParseFailure)
    assert "'published'" in failure.reason


def test_a_line_that_is_not_an_object_fails_alone():
    results = parse_file(jsonl(["a", "list"], {"body": BODY}), "x.jsonl")

    assert isinstance(results[0], ParseFailure)
    assert "JSON object" in results[0].reason
    assert isinstance(results[1], ParsedArticle)
    assert results[1].record_id == "2"


def test_a_gzip_compressed_export_is_read():
    import gzip

    [article] = parse_file(gzip.compress(jsonl({"body": BODY})), "export.jsonl.gz")

    assert article.body == BODY
