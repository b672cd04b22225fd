"""A primary and a streaming replica on loopback ports: ingest on the primary, search from the replica.

    python -m benchmarks.postgres_replica [--articles 2000] [--port 55432] [--keep]

Starts two PostgreSQL servers of its own from Debian's binaries (as the ``postgres`` user when run
as root) in a temporary directory: a primary on --port and a replica on --port + 1 made with
``pg_basebackup -R`` (streaming replication). Points the site at both (DATABASE_URL,
DATABASE_REPLICA_URL, DISPATCHES_SEARCH_ENGINE=postgres), migrates and ingests the seed pages and a
synthetic archive on the primary, waits for the replica to replay it, and then requests the search
page with Django's test client: every search query must reach the replica and none the primary.
Prints the replication lag after an ingest and search p50/p95 from the replica, then stops both
servers and removes their data (unless --keep).
"""

import argparse
import os
import random
import shutil
import statistics
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SUPERUSER = "postgres"


def binaries() -> Path:
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda path: int(path.parent.name))
    if not versions:
        raise SystemExit("No PostgreSQL binaries in /usr/lib/postgresql: run .ci/postgres once.")
    return versions[-1]


def run(*command, quiet=True):
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    output = subprocess.DEVNULL if quiet else None
    subprocess.run([*as_postgres, *map(str, command)], check=True, stdout=output)


class Server:
    def __init__(self, bin_dir: Path, data: Path, port: int):
        self.bin_dir, self.data, self.port = bin_dir, data, port

    @property
    def url(self) -> str:
        return f"postgres://{SUPERUSER}@127.0.0.1:{self.port}/dispatches"

    def start(self):
        run(
            self.bin_dir / "pg_ctl", "-D", self.data, "-l", self.data.parent / f"{self.data.name}.log",
            "-o", f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.data.parent}", "-w", "start",
        )  # fmt: skip

    def stop(self):
        run(self.bin_dir / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")


def make_primary(bin_dir: Path, folder: Path, port: int) -> Server:
    data = folder / "primary"
    run(
        bin_dir / "initdb", "-D", data, "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"
    )
    with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write("wal_level = replica\nmax_wal_senders = 4\nfsync = off\n")
    with open(data / "pg_hba.conf", "a", encoding="utf-8") as hba:
        hba.write("host replication all 127.0.0.1/32 trust\n")
    primary = Server(bin_dir, data, port)
    primary.start()
    run(bin_dir / "createdb", "-h", "127.0.0.1", "-p", port, "-U", SUPERUSER, "dispatches")
    return primary


def make_replica(bin_dir: Path, folder: Path, primary: Server) -> Server:
    data = folder / "replica"
    run(
        bin_dir / "pg_basebackup", "-h", "127.0.0.1", "-p", primary.port, "-U", SUPERUSER,
        "-D", data, "-R", "-X", "stream", "--checkpoint=fast",
    )  # fmt: skip
    replica = Server(bin_dir, data, primary.port + 1)
    replica.start()
    return replica


@contextmanager
def servers(port: int, keep: bool):
    folder = Path(tempfile.mkdtemp(prefix="dispatches-replica-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    bin_dir, started = binaries(), []
    try:
        started.append(make_primary(bin_dir, folder, port))
        started.append(make_replica(bin_dir, folder, started[0]))
        yield started
    finally:
        for server in reversed(started):
            server.stop()
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            print(f"Kept the servers' data in {folder}")


def configure(primary: Server, replica: Server, workdir: Path):
    os.environ["DATABASE_URL"] = primary.url
    os.environ["DATABASE_REPLICA_URL"] = replica.url
    os.environ["DISPATCHES_SEARCH_ENGINE"] = "postgres"
    os.environ["DISPATCHES_DATA_DIR"] = str(workdir)
    os.environ["DJANGO_SETTINGS_MODULE"] = "archive.settings.dev"
    os.environ["DJANGO_DEBUG"] = "false"
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver,localhost"
    import django

    django.setup()


def replay_lag() -> float:
    """Seconds until the replica has replayed everything the primary has written so far."""
    from django.db import connections

    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_lsn()")
        target = cursor.fetchone()[0]
    started = time.perf_counter()
    with connections["replica"].cursor() as cursor:
        while True:
            cursor.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", [target])
            if cursor.fetchone()[0]:
                return time.perf_counter() - started
            time.sleep(0.005)


class QueryCounter:
    """Counts the statements each database runs that read the search tables."""

    def __init__(self):
        self.counts = {"default": 0, "replica": 0}

    def wrapper(self, alias):
        def count(execute, sql, params, many, context):
            if "articles_search_" in sql:
                self.counts[alias] += 1
            return execute(sql, params, many, context)

        return count


def ingest_and_search(articles: int):
    from django.core.management import call_command
    from django.db import connections
    from django.test import Client

    from articles.ingest.run import ingest
    from articles.models import Article
    from articles.search import reindex_on_commit
    from benchmarks.benchmarks_load import load_archive
    from benchmarks.search import full_stack_ms, query_sets
    from benchmarks.synthetic import build_archive

    call_command("migrate", verbosity=0)
    load_archive(build_archive(articles))
    call_command("ensure_search_index", verbosity=0)
    ingest([ROOT / "samples"])  # the seed pages: their search rows are written with each article
    print(f"Loaded {articles:,} synthetic articles and ingested the seed pages on the primary")
    print(f"Replica caught up {replay_lag() * 1000:.0f} ms after the last write")

    client, counter = Client(), QueryCounter()
    with (
        connections["default"].execute_wrapper(counter.wrapper("default")),
        connections["replica"].execute_wrapper(counter.wrapper("replica")),
    ):
        answer = client.get("/search/", {"q": "Kuril"})
        assert answer.status_code == 200 and b"Kuril" in answer.content, "the seed pages are not found"
        times = [full_stack_ms(client, params) for params in query_sets(20, random.Random(3))["common word"]]
    on_replica, on_primary = counter.counts["replica"], counter.counts["default"]
    print(f"Search statements: {on_replica} on the replica, {on_primary} on the primary")
    if on_primary or not on_replica:
        raise SystemExit("Searches did not read from the replica alone.")
    p95 = sorted(times)[round(0.95 * (len(times) - 1))]
    print(f"Common word from the replica: p50 {statistics.median(times):.0f} ms, p95 {p95:.0f} ms")

    late = Article.objects.order_by("pk").first()
    Article.objects.filter(pk=late.pk).update(title="Zeppelinfahrt über Kurilen")
    reindex_on_commit([late.pk])  # as an admin save does: the rows commit with the change
    lag = replay_lag()
    found = client.get("/search/", {"q": "zeppelinfahrt"}).content.count(b"<mark>")
    print(f"An edit on the primary was searchable on the replica {lag * 1000:.0f} ms later ({found} marks)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--port", type=int, default=55432)
    parser.add_argument("--keep", action="store_true", help="keep the servers' data directory")
    args = parser.parse_args()
    with servers(args.port, args.keep) as (primary, replica):
        print(f"Primary on 127.0.0.1:{primary.port}, streaming replica on 127.0.0.1:{replica.port}")
        configure(primary, replica, Path(tempfile.mkdtemp(prefix="dispatches-replica-site-")))
        ingest_and_search(args.articles)


if __name__ == "__main__":
    main()
