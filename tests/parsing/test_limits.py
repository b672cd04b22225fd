"""No file can exhaust the machine: past a limit it is refused as too large, and never read whole."""

import gzip
import io
import json

from articles.pipeline import Limits, ParsedArticle, ParseFailure, parse_file

from .html_pages import PARAGRAPHS, page
from .test_warc import html_response, warc

SMALL = Limits(file_bytes=200_000, page_bytes=20_000, text_chars=5_000, elements=200)


class Tracked(io.BytesIO):
    """A file whose reader's furthest position is known: how much of it parsing read."""

    furthest = 0

    def read(self, size=-1):
        data = super().read(size)
        self.furthest = max(self.furthest, self.tell())
        return data


def _record(number: int) -> dict:
    return {
        "url": f"https://example.org/{number}",
        "title": f"Story {number}",
        "body": "\n\n".join(PARAGRAPHS),
    }


def test_a_gzip_bomb_is_refused_as_too_large_after_reading_little_of_it():
    bomb = Tracked(gzip.compress(b"<p>" + b"x" * 30_000_000, compresslevel=9))

    [failure] = parse_file(bomb, "page.html.gz", limits=Limits(page_bytes=1_000_000))

    assert isinstance(failure, ParseFailure)
    assert failure.source == "page.html.gz"
    assert failure.reason.startswith("too large: the page holds more than")
    assert bomb.furthest < len(bomb.getvalue()) / 2


def test_a_text_dump_over_the_text_limit_is_refused():
    dump = ("A line of a very long text dump about diplomacy.\n" * 200).encode()

    [failure] = parse_file(dump, "huge.txt", limits=SMALL)

    assert isinstance(failure, ParseFailure)
    assert failure.reason == "too large: the text dump holds more than 5,000 bytes"


def test_a_page_of_too_many_elements_is_refused_before_extraction():
    html = page(article="".join(f"<p><span>{index}</span></p>" for index in range(300)))

    [failure] = parse_file(html.encode(), "deep.html", limits=SMALL)

    assert isinstance(failure, ParseFailure)
    assert "HTML elements, more than 200" in failure.reason


def test_a_page_with_more_text_than_the_limit_is_refused():
    html = page(article="".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS * 20))

    [failure] = parse_file(html.encode(), "long.html", limits=SMALL)

    assert "too large: the page's text holds" in failure.reason


def test_pages_under_the_limits_are_read():
    [article] = parse_file(page().encode(), "page.html", limits=SMALL)

    assert isinstance(article, ParsedArticle)


def test_a_json_line_over_the_page_limit_fails_alone():
    huge = {"url": "https://example.org/huge", "title": "Huge", "html": page() + "<p>x</p>" * 5_000}
    data = "\n".join(json.dumps(record) for record in (_record(1), huge, _record(3))).encode()

    first, failure, third = parse_file(data, "export.jsonl", limits=SMALL)

    assert [first.title, third.title] == ["Story 1", "Story 3"]
    assert failure.record_id == "2"
    assert failure.reason == "line 2: too large: the line holds more than 20,000 bytes"


def test_a_compressed_export_of_one_endless_line_is_one_failure_read_in_bounded_memory():
    zeros = Tracked(gzip.compress(b"0" * 5_000_000))

    [failure] = parse_file(zeros, "export.jsonl.gz", limits=Limits(page_bytes=100_000))

    assert failure.reason.startswith("line 1: too large")


def test_an_export_over_the_file_limit_keeps_what_was_read_and_says_why_it_stopped():
    data = "\n".join(json.dumps(_record(number)) for number in range(1, 400)).encode()

    results = parse_file(data, "export.jsonl", limits=SMALL)

    articles = [item for item in results if isinstance(item, ParsedArticle)]
    assert 100 < len(articles) < 399
    assert results[-1].reason == "too large: the file holds more than 200,000 bytes"


def test_a_warc_record_over_the_page_limit_fails_alone():
    big = html_response("https://example.org/big", page() + "<!-- padding -->" * 2_000)
    good = html_response("https://example.org/good", page())

    failure, article = parse_file(warc(big, good), "crawl.warc", limits=SMALL)

    assert failure.reason.endswith("too large: the record's page holds more than 20,000 bytes")
    assert article.source_url == "https://example.org/good"


def test_a_warc_over_the_file_limit_is_refused():
    records = [html_response(f"https://example.org/{number}", page()) for number in range(200)]

    results = parse_file(warc(*records, compress=True), "crawl.warc.gz", limits=SMALL)

    assert results[-1].reason == "too large: the archive holds more than 200,000 bytes once decompressed"


def test_a_page_over_the_file_limit_is_refused_not_cut_short():
    [failure] = parse_file(page().encode(), "page.html", limits=Limits(file_bytes=1_000))

    assert failure.reason == "too large: the file holds more than 1,000 bytes"


def test_a_body_quoting_without_end_has_its_first_thousand_quotations_attributed():
    said = '"We will meet again in {} days," said Sergei Lavrov, adding that the talks were frank. '
    body = "\n\n".join("".join(said.format(day * 10 + n) for n in range(10)) for day in range(120))
    record = json.dumps({"url": "https://example.org/transcript", "title": "Transcript", "body": body})

    [article] = parse_file(record.encode(), "export.jsonl")

    assert len(article.quotes) == 1_000
    assert article.quotes[-1].speaker == "Sergei Lavrov"
