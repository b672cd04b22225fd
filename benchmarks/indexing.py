"""Indexing speed: articles per second of ``reindex_articles`` into a fresh index, and the index size.

    python -m benchmarks.indexing --workdir DIR [--articles 2000] [--rounds 2]

Reads the articles of an archive built by benchmarks/search.py in DIR (its database), indexes the
first ``--articles`` of them (with their quotations) into a new index in a temporary directory
through ``reindex_articles``, the path ingest and the admin use (batches of 500, one commit each),
and prints the rate, the index's size and the process's peak memory. The best of ``--rounds`` runs
is kept.
"""

import argparse
import os
import resource
import shutil
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.search import configure

ROOT = Path(__file__).resolve().parents[1]


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def index_into(folder: Path, ids: list[int]) -> tuple[float, float]:
    """Seconds and CPU seconds to index ``ids`` into a new index at ``folder``."""
    from haystack import connections

    from articles.search import reindex_articles

    info = connections.connections_info["default"]
    original = info["PATH"]
    info["PATH"] = str(folder)
    connections.thread_local = threading.local()  # haystack keeps one backend per thread
    try:
        started, cpu = time.perf_counter(), time.process_time()
        reindex_articles(ids, batch_size=int(os.environ.get("BATCH", "500")))
        return time.perf_counter() - started, time.process_time() - cpu
    finally:
        info["PATH"] = original
        connections.thread_local = threading.local()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, required=True, help="an archive built by search.py")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    configure(args.workdir)
    from articles.models import Article, Quote

    ids = list(Article.objects.published().order_by("pk").values_list("pk", flat=True)[: args.articles])
    quotes = Quote.objects.published().filter(article_id__in=ids).count()
    best, best_cpu, size = float("inf"), float("inf"), 0
    for _ in range(args.rounds):
        folder = Path(tempfile.mkdtemp(prefix="dispatches-indexing-")) / "whoosh_index"
        try:
            wall, cpu = index_into(folder, ids)
            best, best_cpu = min(best, wall), min(best_cpu, cpu)
            size = folder_bytes(folder)
        finally:
            shutil.rmtree(folder.parent)
    per_article = size / len(ids) / 1e3
    print(
        f"reindex_articles: {len(ids):,} articles ({quotes:,} quotations) in {best:.1f} s, "
        f"{best_cpu:.1f} CPU-s: {len(ids) / best_cpu:.0f} articles per CPU-second; "
        f"index {size / 1e6:.1f} MB ({per_article:.1f} kB an article); "
        f"load average {os.getloadavg()[0]:.1f}; "
        f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3:.0f} MB"
    )


if __name__ == "__main__":
    main()
