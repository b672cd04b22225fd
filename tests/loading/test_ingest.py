"""Loading parsed pages into the archive: idempotent, and safe against bad input."""

import pytest
from django.db import connection

from articles.ingest.outcomes import Outcome
from articles.ingest.run import ingest
from articles.models import Article, Quote, Speaker
from tests.crashes.pages import write_pages as write_dispatches

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]


def test_ingesting_the_seeds_creates_one_article_each(seed_dir):
    report = ingest([seed_dir])

    assert report.counts[Outcome.CREATED] == 3
    assert Article.objects.count() == 3


def test_re_ingesting_unchanged_files_changes_nothing(seed_dir):
    ingest([seed_dir])
    before = list(Article.objects.order_by("pk").values_list("pk", "updated_at", "slug"))
    quotes_before = list(Quote.objects.order_by("pk").values_list("pk", flat=True))

    report = ingest([seed_dir])

    assert report.counts[Outcome.UNCHANGED] == 3
    assert report.nothing_changed
    assert list(Article.objects.order_by("pk").values_list("pk", "updated_at", "slug")) == before
    assert list(Quote.objects.order_by("pk").values_list("pk", flat=True)) == quotes_before


def test_an_edited_file_updates_its_article_in_place(seed_dir):
    ingest([seed_dir])
    page = next(seed_dir.glob("003_*.txt"))
    article = Article.objects.get(source_path__endswith=page.name)
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("simmering territorial dispute", "long-running territorial dispute"))

    report = ingest([seed_dir])

    assert report.counts[Outcome.UPDATED] == 1
    assert report.counts[Outcome.UNCHANGED] == 2
    updated = Article.objects.get(pk=article.pk)
    assert "long-running territorial dispute" in updated.body
    assert updated.get_absolute_url() == article.get_absolute_url()


def test_a_bad_file_among_good_ones_is_reported_and_the_rest_go_in(seed_dir):
    (seed_dir / "empty.txt").write_bytes(b"")
    (seed_dir / "binary.txt").write_bytes(bytes(range(256)) * 20)

    report = ingest([seed_dir])

    assert report.counts[Outcome.CREATED] == 3
    assert report.counts[Outcome.FAILED] == 2
    failed = sorted(failure.source.rsplit("/", 1)[-1] for failure in report.failures)
    assert failed == ["binary.txt", "empty.txt"]
    assert all(failure.reason for failure in report.failures)


def test_a_source_that_turns_bad_leaves_its_stored_article_unharmed(seed_dir):
    ingest([seed_dir])
    page = next(seed_dir.glob("004_*.txt"))
    stored = Article.objects.get(source_path__endswith=page.name)
    page.write_bytes(b"")

    report = ingest([seed_dir])

    assert report.counts[Outcome.FAILED] == 1
    assert Article.objects.get(pk=stored.pk).body == stored.body


def test_speakers_are_shared_across_articles_and_runs(seed_dir):
    ingest([seed_dir])
    speakers = Speaker.objects.count()

    ingest([seed_dir])

    assert Speaker.objects.count() == speakers


def test_a_long_ingest_under_debug_does_not_keep_every_query_it_ran(tmp_path, settings):
    settings.DEBUG = True

    ingest([write_dispatches(tmp_path, 12)])

    assert Article.objects.count() == 12
    assert len(connection.queries) < 100  # the last article's and the index write's, not all 12 articles'
