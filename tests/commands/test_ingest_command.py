"""The ingest command as a user runs it."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]

DRY_RUN_KEYS = {"source", "id", "outlet", "published", "title", "body", "language", "quotes", "error"}
QUOTE_KEYS = {"quote", "speaker", "speaker_kind", "role", "start", "end", "unnamed_source"}


def run_ingest(*args):
    out, err = StringIO(), StringIO()
    call_command("ingest", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_ingest_prints_a_summary_of_what_it_did(seed_dir):
    out, _ = run_ingest(seed_dir)

    assert "3 created, 0 updated, 0 unchanged, 0 failed" in out


def test_a_second_ingest_says_nothing_changed(seed_dir):
    run_ingest(seed_dir)

    out, _ = run_ingest(seed_dir)

    assert "0 created, 0 updated, 3 unchanged, 0 failed" in out
    assert "Nothing changed" in out


def test_failures_are_listed_with_the_file_and_the_reason(seed_dir):
    (seed_dir / "empty.txt").write_bytes(b"   \n")

    out, err = run_ingest(seed_dir)

    assert "3 created" in out and "1 failed" in out
    assert "empty.txt" in err and "empty" in err.split("empty.txt", 1)[1]


def test_progress_is_reported_as_plain_lines_when_not_on_a_terminal(seed_dir):
    _, err = run_ingest(seed_dir)

    assert "Ingested 3 of 3 files" in err


def test_a_missing_path_is_a_clear_command_error(tmp_path):
    with pytest.raises(CommandError, match="No such file or folder"):
        run_ingest(tmp_path / "nowhere")


def test_dry_run_prints_one_json_object_per_article_and_stores_nothing(seed_dir):
    out, _ = run_ingest("--dry-run", "--format", "jsonl", seed_dir)

    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 3
    for record in records:
        assert set(record) == DRY_RUN_KEYS
        assert record["error"] is None
        assert record["body"] and record["title"]
        assert all(set(quote) == QUOTE_KEYS for quote in record["quotes"])
    assert Article.objects.count() == 0


def test_dry_run_reports_a_bad_file_as_a_record_with_its_error(tmp_path):
    (tmp_path / "broken.txt").write_bytes(b"")

    out, _ = run_ingest("--dry-run", tmp_path / "broken.txt")

    record = json.loads(out)
    assert record["source"].endswith("broken.txt")
    assert record["error"]
    assert set(record) == DRY_RUN_KEYS
