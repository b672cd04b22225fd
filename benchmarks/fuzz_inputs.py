"""Fuzzed files through ``parse_file``: unexpected exceptions (must be 0), slowest case, speed.

    python -m benchmarks.fuzz_inputs [--cases 20000] [--seed 0] [--workers 1] [--show 5]

Feeds ``--cases`` files from tests/fuzz.py (seeded mutations of the sample dumps and of
generated HTML, JSON Lines, WARC and gzip files) through ``parse_file`` with the default
limits. Counts as an exception both one escaping ``parse_file`` and a ParseFailure that is
an "internal error" (an exception the pipeline caught but did not expect); must be 0. Prints
the slowest case (wall and CPU; must be under 5 s), cases per second, and the first
``--show`` exceptions with the case's number, to replay with ``--replay N``.
Runs ``--workers`` processes (each a slice of the cases); be kind on a shared machine:
``nice python -m benchmarks.fuzz_inputs``. ``main()`` is importable (benchmarks/reliability.py).
"""

import argparse
import contextlib
import io
import logging
import multiprocessing
import signal
import sys
import time
from pathlib import Path

from articles.pipeline import ParseFailure, parse_file
from tests.fuzz import cases

ROOT = Path(__file__).resolve().parents[1]


SLOW_SECONDS = 5.0
HANG_SECONDS = 120


def run_case(name: str, data: bytes) -> tuple[str | None, float, float]:
    """(the unexpected exception, or None; wall seconds; CPU seconds) of one case."""
    wall, cpu = time.perf_counter(), time.process_time()
    signal.alarm(HANG_SECONDS)
    try:
        with contextlib.redirect_stderr(io.StringIO()):  # warcio writes its warnings there
            results = parse_file(data, name)
        failures = (item.reason for item in results if isinstance(item, ParseFailure))
        problem = next((reason for reason in failures if "internal error" in reason), None)
    except Exception as error:  # what must never happen: counted, not raised
        problem = f"raised {type(error).__name__}: {error}"
    finally:
        signal.alarm(0)
    return problem, time.perf_counter() - wall, time.process_time() - cpu


def _hang(signum, frame):
    raise TimeoutError(f"over {HANG_SECONDS} s")


def run_slice(args) -> dict:
    count, seed, workers, index = args
    logging.disable(logging.CRITICAL)  # internal errors are counted here, not logged
    signal.signal(signal.SIGALRM, _hang)
    problems, slowest, cpu_total = [], (0.0, 0.0, -1, ""), 0.0
    for number, (name, data) in enumerate(cases(count, seed)):
        if number % workers != index:
            continue
        problem, wall, cpu = run_case(name, data)
        cpu_total += cpu
        if problem:
            problems.append((number, name, len(data), problem[:300]))
        slowest = max(slowest, (wall, cpu, number, name))
    return {"problems": problems, "slowest": slowest, "cpu": cpu_total}


def fuzz(count: int, seed: int = 0, workers: int = 1) -> dict:
    """Run the cases; a summary with the figures ``main`` prints."""
    started = time.perf_counter()
    jobs = [(count, seed, workers, index) for index in range(workers)]
    if workers == 1:
        parts = [run_slice(jobs[0])]
    else:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            parts = pool.map(run_slice, jobs)
    wall = time.perf_counter() - started
    return {
        "cases": count,
        "problems": sorted(problem for part in parts for problem in part["problems"]),
        "slowest": max(part["slowest"] for part in parts),
        "wall": wall,
        "cpu": sum(part["cpu"] for part in parts),
    }


def report(summary: dict, show: int = 5) -> int:
    wall, cpu, number, name = summary["slowest"]
    problems = summary["problems"]
    print(f"fuzzed inputs: {summary['cases']:,} cases through parse_file")
    print(f"  exceptions other than the project's parse failure: {len(problems)} (must be 0)")
    for case, case_name, size, problem in problems[:show]:
        print(f"    case {case} ({case_name}, {size:,} bytes): {problem}")
    print(
        f"  slowest case: {wall:.2f} s wall, {cpu:.2f} s CPU (case {number}, {name};"
        f" must be under {SLOW_SECONDS:g} s)"
    )
    print(
        f"  {summary['cases'] / summary['wall']:.0f} cases/s ({summary['wall']:.0f} s wall, "
        f"{summary['cpu']:.0f} s CPU of the cases)"
    )
    return 1 if problems or cpu > SLOW_SECONDS else 0


def replay(number: int, seed: int) -> None:
    for index, (name, data) in enumerate(cases(number + 1, seed)):
        if index == number:
            logging.basicConfig(level=logging.WARNING)
            print(name, len(data), "bytes")
            for item in parse_file(data, name):
                print(" ", item if isinstance(item, ParseFailure) else f"article {item.title!r}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--show", type=int, default=5)
    parser.add_argument("--replay", type=int, help="parse case N and print what came out")
    args = parser.parse_args(argv)
    if args.replay is not None:
        replay(args.replay, args.seed)
        return 0
    return report(fuzz(args.cases, args.seed, args.workers), args.show)


if __name__ == "__main__":
    sys.exit(main())
