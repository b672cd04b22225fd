"""Kill -9 at five points of ingest, admin save and rebuild, then ``ensure_search_index``: is anything lost?

    python -m benchmarks.reliability_crashes [--pages 300] [--kind text|html] [--keep DIR]

Copies ``--pages`` pages of ``../shared/corpus/extract-dev/*/<kind>/`` (both sets, in name order)
into a temporary folder and ingests them into a fresh archive of its own (SQLite and Whoosh in a
temporary data directory, development settings), killing a real process with SIGKILL at each point:

1. an ingest, while storing, a third of the way through (some articles indexed, the rest queued);
2. the ingest run again, inside its first index commit (segment written, table of contents not);
3. the ingest run again, after an index commit and before its queue rows are deleted;
4. curators' admin requests after their commit and before their index write: a title edited, an
   article deleted;
5. ``ensure_search_index --rebuild``, after its second batch.

Then ``manage.py ensure_search_index`` once after the fourth (it compares and repairs) and once after
the fifth (it rebuilds), each followed by a reader's view: public articles and quotations
stored, those a search for everything finds, and what is lost (stored but not found, or deleted
but still found); lost must be 0. Last, the pages are ingested to the end (the killed runs left
some unread), ``ensure_search_index`` then has nothing to repair (timed), and the reader's view
again. Times are wall and CPU (of the child processes) seconds.
"""

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

from tests.crashes.harness import KILLED, Archive, lost
from training.corpora import shared_dir

ROOT = Path(__file__).resolve().parents[1]

SETS = ("aeb", "wcxb")
SUFFIX = {"text": "*.txt", "html": "*.html.gz"}
BATCH = "articles.search.indexing.BATCH_SIZE=50"


def copy_pages(kind: str, count: int, folder: Path) -> Path:
    files = [
        path
        for name in SETS
        for path in sorted((shared_dir() / "corpus" / "extract-dev" / name / kind).glob(SUFFIX[kind]))
    ]
    folder.mkdir(parents=True)
    for path in files[:count]:
        shutil.copy(path, folder / path.name)
    return folder


class Clock:
    """Wall and child-process CPU seconds of a step."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), _children_cpu()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, _children_cpu() - self.cpu

    def __str__(self):
        return f"{self.wall:.1f} s wall, {self.cpu:.1f} s CPU"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def kill(archive: Archive, label: str, *args, **options):
    with Clock() as clock:
        done = archive.run(*args, **options)
    state = "killed" if done.returncode == KILLED else f"NOT killed (exit {done.returncode})"
    report = archive.probe()
    unsearchable = len(set(report["stored"]) - set(report["searchable"]))
    still_found = len(set(report["searchable"]) - set(report["stored"]))
    stale = len(report["differences"]["stale"])
    print(
        f"{label}: {state} ({clock}); stored {len(report['stored'])}, unsearchable {unsearchable}, "
        f"indexed as before a change {stale}, deleted but found {still_found}, queued {report['queued']}"
    )
    return report


def admin_kills(ids: list[int]) -> list[tuple]:
    """(label, command arguments, killer options) of each kill; ``ids`` are stored articles."""
    curate = {"tool": "curate", "kill_at": ["articles.search.indexing:reindex_articles"]}
    return [
        ("4a. admin title edit", ("save-title", ids[0], "Edited by a curator"), curate),
        ("4b. admin delete", ("delete", ids[1]), curate),
    ]


def ingest_kills(total: int) -> list[tuple]:
    return [
        ("1. ingest, while storing", f"articles.ingest.run:load_article@{total // 3}"),
        ("2. ingest, inside its first index commit", "whoosh.writing:SegmentWriter._commit_toc"),
        ("3. ingest, after an index commit", "articles.search.indexing:_forget"),
    ]


def run(pages: Path, workdir: Path):
    archive = Archive(workdir / "data")
    archive.manage("migrate", "--noinput", "-v0")
    total = len(list(pages.iterdir()))
    for label, point in ingest_kills(total):
        kill(archive, label, "ingest", pages, kill_at=[point])
    for label, args, options in admin_kills(archive.probe()["stored"]):
        kill(archive, label, *args, **options)
    ensure(archive)
    rebuild = {
        "kill_at": ["articles.search.indexing:write_batch@2+"],
        "settings": [BATCH, "articles.search.indexing.BUILD_BATCH_SIZE=50"],
    }
    kill(archive, "5. rebuild, after its second batch", "ensure_search_index", "--rebuild", **rebuild)
    ensure(archive)
    with Clock() as clock:
        again = archive.manage("ingest", pages, "-v1")
    print(f"ingest of all the pages, to the end ({clock}): {' '.join(again.split())}")
    with Clock() as clock:
        output = archive.manage("ensure_search_index", "-v2")
    print(f"ensure_search_index with nothing to repair ({clock}): {output.strip()}")
    summarise(archive.probe())


def ensure(archive: Archive):
    with Clock() as clock:
        report = archive.ensure_and_probe()
    print(f"ensure_search_index ({clock}): {' '.join(report['ensure'].split())}")
    summarise(report)


def summarise(report):
    missing = lost(report)
    articles_lost = len(missing["articles unsearchable"]) + len(missing["articles gone but found"])
    quotes_lost = len(missing["quotations unsearchable"]) + len(missing["quotations gone but found"])
    stored, searchable = len(report["stored"]), len(report["searchable"])
    quotes, quotes_found = len(report["quotes_stored"]), len(report["quotes_searchable"])
    print(
        f"articles stored {stored}, searchable {searchable}, lost {articles_lost}; "
        f"quotations stored {quotes}, searchable {quotes_found}, lost {quotes_lost}; "
        f"differences left {sum(map(len, missing['differences'].values()))}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--kind", choices=sorted(SUFFIX), default="text")
    parser.add_argument("--keep", type=Path, help="work here and keep the archive (a new folder)")
    args = parser.parse_args()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="dispatches-crashes-"))
    try:
        pages = copy_pages(args.kind, args.pages, workdir / "pages")
        print(f"{len(list(pages.iterdir()))} pages ({args.kind}) from extract-dev")
        run(pages, workdir)
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
