"""A process killed with SIGKILL anywhere loses nothing: one ``ensure_search_index`` brings the index
back equal to the database.

Each test copies a small archive (ten pages ingested and indexed), kills a real ingest, admin save or
rebuild at a chosen point (tests/crashes/killer.py), runs ``manage.py ensure_search_index`` and reads
the archive as a reader would: every stored public article and quotation found by search, nothing
deleted still found, no document older than its article.
"""

import signal
import time

import pytest
from whoosh.util.filelock import FileLock

from articles.search.whoosh.index_lock import lock_path
from tests.crashes.harness import KILLED, Archive, intact, lost
from tests.crashes.pages import write_pages

pytestmark = pytest.mark.crash

BATCHES = ["articles.ingest.run.INDEX_EVERY=6"]  # the ingest writes the index every 6 articles
NEW_TITLE = "Kuril breakthrough announced"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    archive = Archive(tmp_path_factory.mktemp("template") / "data")
    archive.manage("migrate", "--noinput", "-v0")
    archive.manage("ingest", write_pages(archive.folder.parent / "first", 10), "-v0")
    return archive


@pytest.fixture
def archive(template, tmp_path):
    return template.copy(tmp_path / "data")


@pytest.fixture
def more_pages(tmp_path):
    return write_pages(tmp_path / "more", 20, first=10)


def assert_killed(done):
    assert done.returncode == KILLED, f"the process was not killed:\n{done.stdout}\n{done.stderr}"


def assert_repaired(archive, *words):
    report = archive.ensure_and_probe(*words)
    assert intact(report), lost(report)
    return report


INGEST_KILLS = {
    "while storing, before its first index write": "articles.ingest.run:load_article@5",
    "inside its first index commit, before its table of contents": "whoosh.writing:SegmentWriter._commit_toc",
    "after its first index commit, before the queue is emptied": "articles.search.indexing:_forget",
}


@pytest.mark.parametrize("point", INGEST_KILLS.values(), ids=INGEST_KILLS.keys())
def test_an_ingest_killed_anywhere_loses_nothing_after_ensure_search_index(archive, more_pages, point):
    assert_killed(archive.run("ingest", more_pages, kill_at=[point], settings=BATCHES))

    report = assert_repaired(archive)

    assert len(report["stored"]) > 10


def test_a_long_ingest_indexes_as_it_goes_so_a_kill_leaves_one_batch_unindexed(archive, more_pages):
    assert_killed(
        archive.run("ingest", more_pages, kill_at=["articles.ingest.run:load_article@15"], settings=BATCHES)
    )

    before = archive.probe()
    unsearchable = set(before["stored"]) - set(before["searchable"])
    assert len(before["stored"]) == 10 + 14
    assert 0 < len(unsearchable) < 6
    assert before["queued"] == len(unsearchable)
    assert_repaired(archive)


def test_running_the_killed_ingest_again_makes_everything_searchable(archive, more_pages):
    assert_killed(
        archive.run("ingest", more_pages, kill_at=["articles.ingest.run:load_article@5"], settings=BATCHES)
    )

    archive.manage("ingest", more_pages)

    report = archive.probe()
    assert len(report["stored"]) == 30
    assert intact(report), lost(report)


def test_an_admin_save_killed_before_its_index_write_reaches_the_index(archive):
    done = archive.run(
        "save-title", 3, NEW_TITLE, tool="curate", kill_at=["articles.search.indexing:reindex_articles"]
    )
    assert_killed(done)
    assert archive.probe("breakthrough")["found"]["breakthrough"] == []

    report = assert_repaired(archive, "breakthrough")

    assert report["found"]["breakthrough"] == [3]


def test_an_admin_save_killed_while_waiting_for_a_busy_index_reaches_the_index(archive):
    waiting = Archive(archive.folder, DISPATCHES_INDEX_REQUEST_TIMEOUT=120, DJANGO_LOG_LEVEL="INFO")
    lock = FileLock(str(lock_path(archive.folder / "whoosh_index")))
    assert lock.acquire()  # an ingest writing its batch
    try:
        save = waiting.start("save-title", 3, NEW_TITLE, tool="curate")
        wait_for_line(save, "being written by another process")
        save.send_signal(signal.SIGKILL)
        assert save.wait(timeout=60) == KILLED
    finally:
        lock.release()

    report = assert_repaired(archive, "breakthrough")

    assert report["found"]["breakthrough"] == [3]


def test_an_article_deleted_by_a_killed_admin_request_is_no_longer_found(archive):
    done = archive.run("delete", 4, tool="curate", kill_at=["articles.search.indexing:reindex_articles"])
    assert_killed(done)
    assert 4 in archive.probe()["searchable"]

    report = assert_repaired(archive)

    assert 4 not in report["stored"] + report["searchable"]


def test_a_rebuild_killed_after_its_first_batch_is_redone(archive):
    done = archive.run(
        "ensure_search_index",
        "--rebuild",
        kill_at=["articles.search.indexing:write_batch@2+"],
        settings=["articles.search.indexing.BATCH_SIZE=3", "articles.search.indexing.BUILD_BATCH_SIZE=3"],
    )
    assert_killed(done)

    report = assert_repaired(archive)

    assert "cut short" in report["ensure"]


def test_a_rebuild_killed_between_emptying_the_index_and_marking_it_unfinished_is_repaired(archive):
    kill = ["articles.search.whoosh.adapter:forget_schema_version"]
    assert_killed(archive.run("ensure_search_index", "--rebuild", kill_at=kill))
    assert archive.probe()["searchable"] == []

    report = assert_repaired(archive)

    assert "10 articles missing from the index" in report["ensure"]


def wait_for_line(process, text, seconds=120):
    """Read the process's error output until a line holding ``text`` (its log)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if text in line:
            return
        if not line and process.poll() is not None:
            break
    raise AssertionError(f"the process never logged {text!r}")
