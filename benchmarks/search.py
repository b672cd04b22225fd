"""Search speed through the full Django stack, beside raw Whoosh time for the same queries.

    python -m benchmarks.search [--articles 10000] [--runs 30] [--workdir DIR] [--reindex]

Builds a seeded synthetic archive (benchmarks/synthetic.py) in a temporary directory with its own
SQLite database and Whoosh index (or reuses one in --workdir), then requests the search page with
Django's test client (URL routing, form, view, search service, database, template) for each query
type, every request a query not asked before. Beside it, the same queries in Whoosh on a searcher
opened once: the native way to answer the same page (top page, exact count, facet counts with
``groupedby``), and the top page alone. Prints p50 and p95 in milliseconds.
"""

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic import HEAD_WORDS, build_archive, english_vocabulary

ROOT = Path(__file__).resolve().parents[1]


def configure(workdir: Path):
    os.environ["DISPATCHES_DATA_DIR"] = str(workdir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings.dev")
    os.environ["DJANGO_DEBUG"] = "false"
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver,localhost"
    import django

    django.setup()


def build(workdir: Path, articles: int, reindex: bool):
    marker = workdir / f"built-{articles}"
    if marker.exists() and not reindex:
        print(f"Reusing the archive in {workdir}")
        return
    from django.core.management import call_command

    from articles.search import rebuild_index
    from benchmarks.benchmarks_load import load_archive

    started, cpu = time.perf_counter(), time.process_time()
    if not marker.exists():
        call_command("migrate", verbosity=0)
        load_archive(build_archive(articles))
    loaded, loaded_cpu = time.perf_counter(), time.process_time()
    rebuild_index()  # the path of manage.py ensure_search_index: batches of 500, one commit each
    index_cpu = time.process_time() - loaded_cpu
    print(
        f"Built {articles:,} articles in {workdir}: database {loaded - started:.0f} s "
        f"({loaded_cpu - cpu:.0f} CPU-s), index {time.perf_counter() - loaded:.0f} s "
        f"({index_cpu:.0f} CPU-s, {articles / index_cpu:.0f} articles per CPU-second, quotations included), "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    marker.touch()


def query_sets(runs: int, rng: random.Random) -> dict[str, list[dict]]:
    """``runs`` different requests per query type."""
    vocabulary = english_vocabulary()
    common = HEAD_WORDS[40:260]
    top = HEAD_WORDS[:40]
    outlets = ["RT", "TASS", "Reuters", "DW", "Xinhua News Agency", "Sputnik", "Kyodo News", "Global Times"]
    sets = {
        "common word": [{"q": word} for word in rng.sample(common, runs)],
        "rare word": [{"q": vocabulary.rare(rng)} for _ in range(runs)],
        "two words": [{"q": f"{a} {b}"} for a, b in _pairs(common, common, runs, rng)],
        "phrase": [{"q": f'"{a} {b}"'} for a, b in _pairs(top, common, runs, rng)],
        "date range": [
            {"q": word, "from": f"{year}-01-01", "to": f"{year}-12-31"}
            for word, year in _pairs(common, range(2014, 2025), runs, rng)
        ],
        "facet-heavy": [
            {"q": word, "outlet": rng.sample(outlets, 2), "sort": "newest"} for word in _cycle(top, runs, rng)
        ],
        "quote search": [{"q": word, "mode": "quotes"} for word in rng.sample(common, runs)],
        # Last, so that the queries of the other types stay the same as before it was added.
        "3-word phrase": [
            {"q": f'"{a} {b} {c}"'} for (a, b), c in _pairs(_pairs(top, top, runs, rng), common, runs, rng)
        ],
    }
    return sets


def _pairs(first, second, count, rng):
    return [(rng.choice(first), rng.choice(second)) for _ in range(count)]


def _cycle(words, count, rng):
    return [words[i % len(words)] for i in rng.sample(range(count * 4), count)]


def full_stack_ms(client, params, cpu: list | None = None) -> float:
    """Milliseconds of one search page request; its CPU milliseconds appended to ``cpu``."""
    from django.urls import reverse

    started, started_cpu = time.perf_counter(), time.process_time()
    response = client.get(reverse("articles:search"), params)
    elapsed = (time.perf_counter() - started) * 1000
    if cpu is not None:
        cpu.append((time.process_time() - started_cpu) * 1000)
    if response.status_code != 200:
        raise SystemExit(f"{params} answered {response.status_code}")
    return elapsed


def haystack_ms(params) -> float:
    """Haystack's stock path: a new searcher and its own query for every call."""
    from haystack.query import SearchQuerySet

    from articles.models import Article

    started = time.perf_counter()
    results = SearchQuerySet().models(Article).auto_query(params["q"])
    assert results.count() >= 0 and len(results[:20]) >= 0
    return (time.perf_counter() - started) * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30, help="different queries per type (at most 40)")
    parser.add_argument("--workdir", type=Path, help="build here, or reuse an archive built here")
    parser.add_argument("--haystack", action="store_true", help="also time haystack's stock search path")
    parser.add_argument(
        "--reindex", action="store_true", help="rebuild a --workdir archive's index (schema change)"
    )
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="dispatches-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    configure(workdir)
    build(workdir, args.articles, args.reindex)

    from django.test import Client

    from benchmarks.raw_whoosh import RawWhoosh

    client, raw = Client(), RawWhoosh()
    first = full_stack_ms(client, {"q": "minister"})
    print(f"First request after an index change (opens the index, reads columns): {first:.0f} ms")
    rows = []
    for kind, requests in query_sets(min(args.runs, 40), random.Random(11)).items():
        cpu = []
        stack = [full_stack_ms(client, params, cpu) for params in requests]
        native = [raw.page_with_facets(params) for params in requests]
        top = [raw.top_page(params) for params in requests]
        rows.append((kind, stack, cpu, native, top))
    again = [
        full_stack_ms(client, {**params, "page": 2})
        for params in query_sets(10, random.Random(11))["common word"]
    ]
    report(rows, again, args.articles, raw.document_count())
    if args.haystack:
        stock = [haystack_ms(params) for params in query_sets(10, random.Random(5))["common word"]]
        print(f"haystack SearchQuerySet, common word, page and count: p50 {statistics.median(stock):.0f} ms")


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


COLUMNS = ["page", "page CPU", "whoosh", "top-20"]


def report(rows, again, articles, documents):
    print(f"\n{articles:,} articles ({documents:,} documents with quotations); times in ms")
    print(f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'':<15}{'':>3}" + "".join(f"{name + ' p50':>13}{name + ' p95':>13}" for name in COLUMNS), end="")
    print(f"{'p95/whoosh':>12}{'p95/top-20':>12}")
    for kind, *series in rows:
        figures = "".join(f"{statistics.median(s):>13.1f}{percentile(s, 0.95):>13.1f}" for s in series)
        page, _, whoosh, top = (percentile(s, 0.95) for s in series)
        print(f"{kind:<15}{len(series[0]):>3}{figures}{page / whoosh:>12.2f}{page / top:>12.2f}")
    median, p95 = statistics.median(again), percentile(again, 0.95)
    print(f"{'page 2, cached':<15}{len(again):>3}{median:>13.1f}{p95:>13.1f}")
    print(
        "\npage: a full Django request to /search/ (routing, form, search service, database, template);\n"
        "page CPU: the CPU time of that request in this process (wall time on a loaded machine waits).\n"
        "whoosh: the same query in Whoosh on a searcher opened once, with the count, the top page and\n"
        "outlet/speaker/month facet counts (groupedby); quote search adds grouping by quotation.\n"
        "top-20: Whoosh's top page alone, no count or facets."
    )


if __name__ == "__main__":
    main()
