"""What one web worker holds in memory after serving searches, and how long its first search takes.

    python -m benchmarks.worker_memory --workdir DIR [--queries 200]

Opens the archive built by benchmarks/search.py in DIR in this process, as a gunicorn worker
would, times the first search (opening the index snapshot and reading its columns), then asks
``--queries`` search pages of every query type of benchmarks/search.py in turn, and prints the
process's resident memory split as Linux counts it: anonymous (the process's own: Python objects,
caches) and file-backed (pages of the index's memory map, shared with the page cache and with every
other worker), with the peak.
"""

import argparse
import itertools
import random
import time
from pathlib import Path

from benchmarks.load_server import parse_kb_fields
from benchmarks.search import configure, full_stack_ms, query_sets


def memory() -> dict[str, float]:
    """VmRSS, RssAnon, RssFile and VmHWM of this process, in MB."""
    return parse_kb_fields(Path("/proc/self/status").read_text(), ("VmRSS", "RssAnon", "RssFile", "VmHWM"))


def describe(label: str, figures: dict[str, float]) -> str:
    return (
        f"{label}: RSS {figures['VmRSS']:.0f} MB (own {figures['RssAnon']:.0f} MB, "
        f"index map and libraries {figures['RssFile']:.0f} MB), peak {figures['VmHWM']:.0f} MB"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, required=True, help="an archive built by search.py")
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    configure(args.workdir)
    from django.test import Client

    client = Client()
    client.get("/")  # imports, templates, the database: what a worker has done before its first search
    print(describe("before the first search", memory()))
    cpu = time.process_time()
    first = full_stack_ms(client, {"q": "minister"})
    print(f"first search: {first:.0f} ms ({(time.process_time() - cpu) * 1000:.0f} ms CPU)")
    mixed = itertools.chain.from_iterable(zip(*query_sets(40, random.Random(3)).values(), strict=True))
    requests = list(itertools.islice(itertools.cycle(mixed), args.queries))
    cpu = time.process_time()
    for params in requests:
        full_stack_ms(client, params)
    print(f"{len(requests)} mixed searches in {time.process_time() - cpu:.1f} CPU-s")
    print(describe(f"after {len(requests)} searches", memory()))


if __name__ == "__main__":
    main()
