"""Ingesting the other formats end to end: what the summary says and what gets stored."""

import json

import pytest

from articles.models import Article
from tests.commands.test_ingest_command import run_ingest
from tests.parsing.html_pages import page
from tests.parsing.test_warc import html_response, warc

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]

BODY = "Negotiators met again in Moscow on Thursday to discuss the disputed islands and a peace treaty."


def test_a_json_lines_file_with_a_broken_line_stores_the_good_lines_and_names_the_bad_one(tmp_path):
    lines = [
        json.dumps({"url": "https://example.org/a", "title": "First", "body": BODY, "outlet": "Example"}),
        '{"url": "https://example.org/b", "title": ',
        json.dumps({"url": "https://example.org/c", "title": "Third", "body": BODY, "outlet": "Example"}),
    ]
    (tmp_path / "export.jsonl").write_text("\n".join(lines), encoding="utf-8")

    out, err = run_ingest(tmp_path)

    assert "2 created" in out and "1 failed" in out
    assert "export.jsonl" in err and "line 2" in err
    assert sorted(Article.objects.values_list("title", flat=True)) == ["First", "Third"]
    assert Article.objects.get(title="First").source_record == "1"


def test_a_warc_file_stores_its_html_responses_and_counts_what_it_skipped(tmp_path):
    (tmp_path / "crawl.warc").write_bytes(warc(html_response("https://example.org/islands", page())))

    out, _ = run_ingest(tmp_path)

    assert "1 created" in out
    assert "Skipped" in out and "request record: 1" in out
    article = Article.objects.get()
    assert article.source_url == "https://example.org/islands"
    assert "<html" in article.raw_input


def test_re_ingesting_a_warc_changes_nothing(tmp_path):
    (tmp_path / "crawl.warc.gz").write_bytes(
        warc(html_response("https://example.org/x", page()), compress=True)
    )
    run_ingest(tmp_path)

    out, _ = run_ingest(tmp_path)

    assert "0 created, 0 updated, 1 unchanged" in out
