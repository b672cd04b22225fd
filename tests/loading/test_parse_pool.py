"""Files parsed in worker processes come back as the in-process parse returns them, whatever a worker does."""

import multiprocessing
import time

import pytest

from articles.ingest.files import iter_source_files
from articles.ingest.parallel import AHEAD, BUFFERED, ParsePool
from articles.ingest.run import parse_paths
from articles.pipeline import DEFAULT_LIMITS, ParsedArticle, ParseFailure
from tests.loading import crashing_worker
from tests.parsing.html_pages import page

pytestmark = pytest.mark.slow  # each pool starts interpreters


def write_pages(folder, count, *, names=None):
    names = names or [f"page-{number:02}.html" for number in range(count)]
    for number, name in enumerate(names):
        url = f'<link rel="canonical" href="https://example.org/news/{number}">'
        (folder / name).write_text(page(head=url + f"<title>Story number {number}</title>"), encoding="utf-8")
    return folder


def pool_records(folder, workers=2, serve=None):
    files = list(iter_source_files([folder]))
    extra = {"serve": serve} if serve else {}
    with ParsePool(workers, (), DEFAULT_LIMITS, **extra) as pool:
        return list(pool.records(files, iter))


def test_workers_return_the_records_of_the_in_process_parse_in_the_same_order(seed_dir):
    write_pages(seed_dir, 7)
    (seed_dir / "empty.txt").write_bytes(b"")

    in_process = list(parse_paths([seed_dir], (), workers=1))
    in_workers = list(parse_paths([seed_dir], (), workers=2))

    assert in_workers == in_process
    failures = [item.source for item in in_process if isinstance(item, ParseFailure)]
    assert len(in_process) == 11 and len(failures) == 1 and failures[0].endswith("empty.txt")


def test_a_worker_killed_by_a_crash_fails_its_file_and_the_other_files_go_on(tmp_path):
    write_pages(tmp_path, 6, names=["a.html", "b.html", "crash.html", "d.html", "e.html", "f.html"])

    records = pool_records(tmp_path, serve=crashing_worker.serve)

    failures = [record for record in records if isinstance(record, ParseFailure)]
    assert [failure.source.rsplit("/", 1)[-1] for failure in failures] == ["crash.html"]
    assert "the parsing process stopped on this file (killed by SIGSEGV)" in failures[0].reason
    assert [r.source.rsplit("/", 1)[-1] for r in records if isinstance(r, ParsedArticle)] == [
        "a.html", "b.html", "d.html", "e.html", "f.html",
    ]  # fmt: skip


def test_a_worker_that_raises_fails_its_file_and_every_worker_may_die_in_turn(tmp_path):
    names = ["crash-1.html", "raise-2.html", "crash-3.html", "ok-4.html", "raise-5.html", "ok-6.html"]
    write_pages(tmp_path, 6, names=names)

    records = pool_records(tmp_path, serve=crashing_worker.serve)

    outcome = {r.source.rsplit("/", 1)[-1]: isinstance(r, ParsedArticle) for r in records}
    assert outcome == {name: name.startswith("ok") for name in names}
    assert multiprocessing.active_children() == []


def test_workers_killed_while_idle_are_replaced_and_no_file_is_blamed(tmp_path):
    write_pages(tmp_path, 6)
    files = list(iter_source_files([tmp_path]))

    with ParsePool(2, (), DEFAULT_LIMITS) as pool:
        for worker in pool.workers:
            worker.process.kill()
            worker.process.join()
        records = list(pool.records(files, iter))

    assert len(records) == 6 and all(isinstance(record, ParsedArticle) for record in records)


def test_a_slow_consumer_holds_the_workers_back_instead_of_buffering_the_folder(tmp_path):
    write_pages(tmp_path, 40)
    files = list(iter_source_files([tmp_path]))

    with ParsePool(2, (), DEFAULT_LIMITS) as pool:
        records = pool.records(files, iter)
        next(records)
        time.sleep(3)  # long enough for the workers to parse the whole folder, were they let
        held = sum(len(file.records) for file in pool.in_flight)
        assert len(pool.in_flight) <= AHEAD * 2 and held <= BUFFERED
        assert len(list(records)) == 39


def test_stopping_early_stops_the_workers(tmp_path):
    write_pages(tmp_path, 20)

    items = parse_paths([tmp_path], (), workers=2)
    next(items)
    items.close()

    assert multiprocessing.active_children() == []
