"""The PostgreSQL search engine at scale: indexing rate and search p50/p95 per query type.

    python -m benchmarks.postgres_search [--articles 100000] [--runs 30] [--url postgres://...]
                                          [--database NAME] [--no-index]

Creates (or reuses) a PostgreSQL database of its own on the server at --url (the role needs
CREATEDB; .ci/postgres starts one), loads the seeded synthetic archive of benchmarks/synthetic.py,
builds the search rows as ``manage.py ensure_search_index`` does (worker processes preparing
batches of 500 articles and loading them with COPY, the GIN index built once at the end) and
times it, wall and CPU (the workers' included). Then requests the search page with
Django's test client for the query types of benchmarks/search.py (every request a query not asked
before), with DISPATCHES_SEARCH_ENGINE=postgres. For the same queries on a
Whoosh index: run python -m benchmarks.search on the same --articles for the Whoosh figures beside these.
"""

import argparse
import os
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

DEFAULT_URL = "postgres://dispatches:dispatches@127.0.0.1:5432"


def configure(url: str, database: str, engine: str, workdir: Path):
    os.environ["DATABASE_URL"] = f"{url}/{database}"
    os.environ["DISPATCHES_SEARCH_ENGINE"] = engine
    os.environ["DISPATCHES_DATA_DIR"] = str(workdir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings.dev")
    os.environ["DJANGO_DEBUG"] = "false"
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver,localhost"
    import django

    django.setup()


def create_database(url: str, database: str) -> bool:
    """Create ``database`` unless it exists; True when it was created."""
    import psycopg

    with psycopg.connect(f"{url}/postgres", autocommit=True) as server:
        exists = server.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        if not exists:
            server.execute(f'CREATE DATABASE "{database}"')
    return not exists


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the build's worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def server_cpu_seconds() -> float:
    """CPU time of every PostgreSQL server process so far (user + system, from /proc)."""
    ticks, total = os.sysconf("SC_CLK_TCK"), 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
                fields = stat.read().rsplit(")", 1)
            if "postgres" not in fields[0]:
                continue
            values = fields[1].split()
            total += int(values[11]) + int(values[12])
        except (OSError, IndexError, ValueError):
            continue
    return total / ticks


def load(articles: int) -> list[int]:
    from django.core.management import call_command

    from articles.models import Article
    from benchmarks.benchmarks_load import load_archive
    from benchmarks.synthetic import build_archive

    call_command("migrate", verbosity=0)
    if Article.objects.exists():
        print(f"Reusing {Article.objects.count():,} articles already in the database")
        return list(Article.objects.order_by("pk").values_list("pk", flat=True))
    started = time.perf_counter()
    ids = load_archive(build_archive(articles))
    print(f"Loaded {len(ids):,} articles into PostgreSQL in {time.perf_counter() - started:.0f} s")
    return ids


def index_postgres(article_count: int):
    import logging

    from articles.search import rebuild_index

    logging.basicConfig(format="%(message)s")
    logging.getLogger("articles.search.postgres.bulk").setLevel(logging.INFO)

    wall, cpu, server = time.perf_counter(), cpu_seconds(), server_cpu_seconds()
    indexed = rebuild_index()
    wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    server = server_cpu_seconds() - server
    print(
        f"PostgreSQL search rows for {indexed:,} articles and their quotations: {wall:.0f} s wall, "
        f"{cpu:.0f} s CPU in Python, {server:.0f} s CPU in the server: {indexed / wall:,.0f} articles/s"
    )
    print(sizes())


def sizes() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, pg_total_relation_size(oid) FROM pg_class "
            "WHERE relname IN ('articles_search_document', 'articles_search_word', 'articles_article')"
        )
        listed = ", ".join(f"{name} {size / 2**20:,.0f} MiB" for name, size in sorted(cursor.fetchall()))
        cursor.execute("SELECT count(*) FROM articles_search_document")
        return f"{cursor.fetchone()[0]:,} search rows; sizes with indexes: {listed}"


def time_queries(runs: int) -> list[tuple[str, list[float], float]]:
    from django.test import Client

    from benchmarks.search import full_stack_ms, query_sets

    client = Client()
    first = full_stack_ms(client, {"q": "minister"})
    print(f"First request: {first:.0f} ms")
    rows = []
    for kind, requests in query_sets(min(runs, 40), random.Random(11)).items():
        cpu = cpu_seconds()
        times = [full_stack_ms(client, params) for params in requests]
        rows.append((kind, times, (cpu_seconds() - cpu) * 1000 / len(times)))
    return rows


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(title: str, rows):
    print(f"\n{title}; times in ms (a full Django request to /search/)")
    print(f"{'':<15}{'n':>3}{'p50':>10}{'p95':>10}{'CPU/req':>10}")
    for kind, times, cpu in rows:
        median, p95 = statistics.median(times), percentile(times, 0.95)
        print(f"{kind:<15}{len(times):>3}{median:>10.1f}{p95:>10.1f}{cpu:>10.1f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30, help="different queries per type (at most 40)")
    parser.add_argument("--url", default=DEFAULT_URL, help="the server, without a database name")
    parser.add_argument("--database", help="default: dispatches_bench_<articles>")
    parser.add_argument("--no-index", action="store_true", help="reuse the search rows already built")
    args = parser.parse_args()
    database = args.database or f"dispatches_bench_{args.articles}"
    created = create_database(args.url, database)
    print(f"Database {database} {'created' if created else 'reused'}; load average {os.getloadavg()[0]:.1f}")
    configure(args.url, database, "postgres", Path(tempfile.mkdtemp(prefix="dispatches-pg-bench-")))
    ids = load(args.articles)
    if not args.no_index:
        index_postgres(len(ids))
    rows = time_queries(args.runs)
    report(f"PostgreSQL engine, {len(ids):,} articles, load average {os.getloadavg()[0]:.1f}", rows)


if __name__ == "__main__":
    main()
