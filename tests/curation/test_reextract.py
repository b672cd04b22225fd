"""Re-running extraction on an article from the raw input stored with it."""

import json

import pytest

from articles.curation.reextract import ReextractError, reextract_article, reextract_articles
from articles.ingest.outcomes import Outcome
from articles.ingest.run import ingest
from articles.models import Article
from tests.curation.sources import write_dump
from tests.parsing.html_pages import page
from tests.parsing.test_warc import html_response, warc

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]


@pytest.fixture
def article(tmp_path):
    path = write_dump(tmp_path, "talks.txt", "Ministers met in Tokyo to discuss the islands.")
    ingest([path])
    path.unlink()  # re-extraction works from the stored raw input alone
    return Article.objects.get()


def spoil(article, **fields):
    """What a bad extraction might have stored."""
    Article.objects.filter(pk=article.pk).update(**fields)
    article.refresh_from_db()


def test_re_extraction_restores_fields_from_the_stored_raw_input(article):
    body = article.body
    spoil(article, body="garbled", fingerprint="stale")

    outcome = reextract_article(article)

    assert outcome == Outcome.UPDATED
    assert Article.objects.get(pk=article.pk).body == body


def test_re_extracting_an_article_whose_extraction_has_not_changed_changes_nothing(article):
    updated_at = article.updated_at

    assert reextract_article(article) == Outcome.UNCHANGED
    assert Article.objects.get(pk=article.pk).updated_at == updated_at


def test_re_extraction_keeps_curated_fields(article):
    spoil(article, title="Kono and Lavrov meet", curated_fields=["title"], fingerprint="stale")

    reextract_article(article)

    assert Article.objects.get(pk=article.pk).title == "Kono and Lavrov meet"


def test_re_extraction_can_overwrite_curated_fields_and_stop_protecting_them(article):
    extracted_title = article.title
    spoil(article, title="Kono and Lavrov meet", curated_fields=["title"])

    outcome = reextract_article(article, keep_curated=False)

    article.refresh_from_db()
    assert outcome == Outcome.UPDATED
    assert (article.title, article.curated_fields) == (extracted_title, [])


def test_an_article_without_stored_raw_input_cannot_be_re_extracted(article):
    spoil(article, raw_input="")

    with pytest.raises(ReextractError, match="no raw input"):
        reextract_article(article)


def test_raw_input_that_no_longer_parses_is_reported_not_raised_as_a_crash(article):
    spoil(article, raw_input="   ")

    with pytest.raises(ReextractError, match="extraction failed"):
        reextract_article(article)


def test_re_extracting_several_articles_reports_the_one_that_failed_and_does_the_others(article, tmp_path):
    ingest([write_dump(tmp_path, "visit.txt", "The minister visited Hanoi to sign a trade agreement.")])
    other = Article.objects.exclude(pk=article.pk).get()
    spoil(other, body="garbled", fingerprint="stale")
    spoil(article, raw_input="")

    result = reextract_articles(Article.objects.order_by("pk"))

    assert result.updated == [other] and result.unchanged == []
    assert len(result.failures) == 1 and "no raw input" in result.failures[0]


def test_a_web_archive_record_is_re_extracted_from_its_stored_page(tmp_path):
    crawl = tmp_path / "crawl.warc"
    crawl.write_bytes(warc(html_response("https://example.org/islands", page())))
    ingest([crawl])
    crawl.unlink()
    article = Article.objects.get()
    stored = (article.body, article.published_on, article.outlet_id, article.source_url)
    spoil(article, body="garbled", fingerprint="stale")

    assert reextract_article(article) == Outcome.UPDATED
    article.refresh_from_db()
    assert (article.body, article.published_on, article.outlet_id, article.source_url) == stored


def test_a_json_lines_record_is_re_extracted_from_its_stored_line(tmp_path):
    line = {
        "url": "https://example.org/a",
        "title": "Talks",
        "body": "Envoys met in Tokyo.",
        "outlet": "Example",
    }
    export = tmp_path / "export.jsonl"
    other = {**line, "url": "https://example.org/z", "title": "Other talks", "body": "Envoys met in Kyoto."}
    export.write_text("\n".join([json.dumps(other), json.dumps(line)]))
    ingest([export])
    export.unlink()
    article = Article.objects.get(source_url="https://example.org/a")
    spoil(article, title="garbled", fingerprint="stale")

    reextract_article(article)

    article.refresh_from_db()
    assert (article.title, article.outlet.name, article.source_record) == ("Talks", "Example", "2")
