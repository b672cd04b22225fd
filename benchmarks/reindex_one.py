"""What writing one article to a large index costs (an admin save, the smallest ingest batch).

    python -m benchmarks.reindex_one --workdir DIR [--saves 6]

Copies the index of an archive built by benchmarks/search.py in DIR into a temporary directory,
then calls ``reindex_articles([pk])`` for ``--saves`` articles spread over the archive, one
commit each, as an admin save does. For each it prints the CPU and wall milliseconds and the
process's peak resident memory during the write (Linux's high-water mark, reset before each write),
beside the resident memory before it; the first write also opens the index, later ones reuse nothing
but the imports. Then the median of the later writes.
"""

import argparse
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.load_server import parse_kb_fields
from benchmarks.search import configure


def memory_mb(field: str) -> float:
    """``VmRSS`` or ``VmHWM`` (peak) of this process, in MB."""
    return parse_kb_fields(Path("/proc/self/status").read_text(), (field,))[field]


def reset_peak_memory():
    # Writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0+).
    Path("/proc/self/clear_refs").write_text("5")


def use_index(folder: Path):
    from haystack import connections

    connections.connections_info["default"]["PATH"] = str(folder)
    connections.thread_local = threading.local()  # haystack keeps one backend per thread


def timed_write(pk: int) -> tuple[float, float, float, float]:
    """(CPU ms, wall ms, RSS before MB, peak RSS MB) of writing one article."""
    from articles.search.indexing import reindex_articles

    before = memory_mb("VmRSS")
    reset_peak_memory()
    wall, cpu = time.perf_counter(), time.process_time()
    assert reindex_articles([pk])
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return cpu * 1000, wall * 1000, before, memory_mb("VmHWM")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, required=True, help="an archive built by search.py")
    parser.add_argument("--saves", type=int, default=6)
    args = parser.parse_args()
    configure(args.workdir)
    from articles.models import Article
    from articles.search.indexing import reindex_articles  # noqa: F401  (imported before measuring)

    ids = list(Article.objects.published().order_by("pk").values_list("pk", flat=True))
    picks = [ids[(len(ids) * n) // args.saves] for n in range(args.saves)]
    with tempfile.TemporaryDirectory(prefix="dispatches-reindex-one-") as scratch:
        folder = Path(scratch) / "whoosh_index"
        shutil.copytree(args.workdir / "whoosh_index", folder)
        size = sum(path.stat().st_size for path in folder.iterdir()) / 1e6
        use_index(folder)
        print(f"One-article writes into a copy of {args.workdir}: {len(ids):,} articles, index {size:.0f} MB")
        rows = [timed_write(pk) for pk in picks]
    for number, (cpu, wall, before, peak) in enumerate(rows, 1):
        memory = f"RSS {before:.0f} MB -> peak {peak:.0f} MB"
        print(f"  write {number}: CPU {cpu:.0f} ms, wall {wall:.0f} ms, {memory}")
    later = rows[1:] or rows
    print(
        f"later writes, median: CPU {statistics.median(r[0] for r in later):.0f} ms, "
        f"wall {statistics.median(r[1] for r in later):.0f} ms, "
        f"peak RSS {statistics.median(r[3] for r in later):.0f} MB"
    )


if __name__ == "__main__":
    main()
