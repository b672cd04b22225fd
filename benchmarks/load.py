"""Load test: gunicorn workers on an archive, concurrent clients over mixed requests, each worker measured.

    python -m benchmarks.load --workdir DIR [--workers 4] [--clients 50] [--seconds 60] [--warmup 25]
        [--env NAME=VALUE ...]

DIR holds an archive built by benchmarks/search.py (``--articles N --workdir DIR``); nothing in it is
written. Starts gunicorn (``--workers`` sync workers, production settings and the defaults of the
other settings, or ``--env NAME=VALUE`` such as a shared cache; static files, logs and the access log
in a temporary folder) and then, in turn:

first search: the API's index page, one request at a time, until every worker has answered one (its
    first request: Django's URLs, the database connection), then search pages, each a query not
    asked before, until every worker has answered one (its first search: the index opened, its
    columns read), as the access log times them.
warm-up: ``--warmup`` requests per worker of the mix below, as many clients as workers.
load: ``--clients`` client threads (http.client, one connection per request, as a browser behind a
    proxy would) for ``--seconds`` seconds; each request drawn from the mix of benchmarks/load_mix.py:
    the search page for every query type of benchmarks/search.py, article, speaker and outlet pages,
    API lists, details and search, feeds, with addresses drawn from the archive's own ids and slugs.

Prints requests, errors by status (any answer but 200 is one; 0 expected), requests per second, p50,
p95 and p99 per kind of request and overall, both as clients saw them (waiting for a free worker
included) and as the workers spent them (the access log); each worker's memory at start, after its
first search, after the warm-up and at the end (RSS split into its own and file-backed pages, its
proportional share, its peak), its requests and CPU time; the clients' CPU and the load average.
Exits 1 on any error. Run it at low priority on a shared machine: ``nice python -m benchmarks.load``.
"""

import argparse
import http.client
import os
import random
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from benchmarks import load_server
from benchmarks.load_mix import draw, mixed_urls, weights
from benchmarks.load_report import report, report_workers
from benchmarks.load_server import get

FIRST_TRIES = 12  # sequential requests per worker before giving up on reaching every worker
FIRST_REQUEST = "/api/"  # a page of Django alone: no search, no template


def main():
    args = _arguments()
    from benchmarks.search import configure

    if not (args.workdir / "whoosh_index").is_dir():
        raise SystemExit(f"{args.workdir} holds no archive: build one with python -m benchmarks.search")
    configure(args.workdir)
    urls = mixed_urls(random.Random(args.seed))
    scratch = Path(tempfile.mkdtemp(prefix="dispatches-load-"))
    server = load_server.start(args.workdir, scratch, args.workers, args.env)
    try:
        errors = run(server, args, urls)
    finally:
        server.stop()
    print(f"(gunicorn's logs: {scratch})")
    raise SystemExit(1 if errors else 0)


def _arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--workdir", type=Path, required=True, help="an archive built by benchmarks/search.py"
    )
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--warmup", type=int, default=25, help="requests per worker before the load")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a setting for gunicorn (repeatable): DISPATCHES_CACHE_URL=filecache:///tmp/c, "
        "GUNICORN_CMD_ARGS=--timeout=120 (a worker is killed after 30 s on one request by default)",
    )
    args = parser.parse_args()
    if bad := [item for item in args.env if "=" not in item]:
        parser.error(f"--env takes NAME=VALUE, not {bad[0]!r}")
    args.env = dict(item.split("=", 1) for item in args.env)
    return args


def run(server, args, urls) -> int:
    """The three stages and their report; returns the number of errors under load."""
    load_server.wait_ready(server, args.workers)
    pids = server.workers()
    stages = {"start": _measure(pids)}
    addresses = sum(map(len, urls.values()))
    print(f"{args.workers} gunicorn workers ready; {addresses:,} addresses of {len(urls)} kinds")
    for name, value in args.env.items():
        print(f"  {name}={value}")
    first = {
        "first request": each_worker_once(server, pids, [FIRST_REQUEST] * (FIRST_TRIES * len(pids))),
        "first search": each_worker_once(server, pids, urls["search: common word"][::-1]),
    }
    stages["first search"] = _measure(pids)
    _clients(server.port, urls, args.workers, requests=args.warmup * args.workers, seed=1)
    stages["warm-up"] = _measure(pids)
    logged_before = len(load_server.read_access_log(server.access_log))
    own_cpu, loads = time.process_time(), []
    results = _clients(server.port, urls, args.clients, seconds=args.seconds, loads=loads, seed=2)
    own_cpu = time.process_time() - own_cpu
    now = server.workers()  # gunicorn replaces a worker that timed out
    stages["end"] = _measure(now)
    every = load_server.read_access_log(server.access_log)
    logged = every[logged_before:]
    errors = report(args, urls, results, logged, loads, own_cpu)
    served = Counter(entry.pid for entry in every)
    report_workers(pids, now, first, stages, logged, results, served)
    return errors


def each_worker_once(server, pids, addresses) -> dict[int, tuple[float, float, float]]:
    """{worker: (wall and CPU seconds it logged, seconds the client waited)} for the first of
    ``addresses`` each worker answers, asked one at a time (the kernel picks the worker) until every
    worker has answered one, or FIRST_TRIES requests per worker have been sent."""
    first = {}
    for address in addresses[: FIRST_TRIES * len(pids)]:
        seen = len(load_server.read_access_log(server.access_log))
        started = time.perf_counter()
        status = get(server.port, address)
        waited = time.perf_counter() - started
        entry = _next_logged(server.access_log, seen)
        if status != 200:
            raise SystemExit(f"{address} answered {status}")
        if entry and entry.pid not in first:
            first[entry.pid] = (entry.seconds, entry.cpu, waited)
        if len(first) == len(pids):
            break
    return first


def _next_logged(path, seen, timeout=5.0):
    """The access log's line after the first ``seen`` ones (written just after the answer is sent)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        logged = load_server.read_access_log(path)
        if len(logged) > seen:
            return logged[seen]
        time.sleep(0.02)
    return None


def _clients(port, urls, clients, seconds=None, requests=None, loads=None, seed=0) -> list[tuple]:
    """(kind, status, seconds, address) of each request of ``clients`` threads, until ``seconds`` have
    passed or ``requests`` have been sent; status 0 is no answer. The load average every 5 s in ``loads``."""
    results, lock = [], threading.Lock()
    kind_weights = weights(urls)
    deadline = time.monotonic() + (seconds if seconds is not None else 3600)
    budget = iter(range(requests)) if requests is not None else None

    def client(number):
        rng = random.Random(f"{seed}-{number}")
        while time.monotonic() < deadline and (budget is None or next(budget, None) is not None):
            kind, path = draw(rng, urls, kind_weights)
            started = time.perf_counter()
            try:
                status = get(port, path)
            except (OSError, http.client.HTTPException):
                status = 0
            with lock:
                results.append((kind, status, time.perf_counter() - started, path))

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    while any(thread.is_alive() for thread in threads):
        if loads is not None:
            loads.append(os.getloadavg()[0])
        for thread in threads:
            thread.join(timeout=5 / len(threads))
    return results


def _measure(pids) -> dict[int, dict[str, float]]:
    figures = {}
    for pid in pids:
        try:
            figures[pid] = load_server.memory(pid) | {"CPU": load_server.cpu_seconds(pid)}
        except OSError:  # the worker is gone (gunicorn replaced it)
            continue
    return figures


if __name__ == "__main__":
    main()
