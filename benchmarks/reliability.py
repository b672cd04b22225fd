"""Issue 14's reliability battery in one run, ending with one summary table.

    python -m benchmarks.reliability [--parts hostile,load,crashes,fuzz,files] [--quick]
        [--articles 2000] [--requests 2500] [--clients 50] [--seconds 60] [--workers 4] [--ingest 400]
        [--pages 300] [--cases 20000] [--fuzz-workers 1] [--scale 1.0]

Runs each part as its own process, its output shown as it comes, then prints one table of the
figures issue 14 asks for, each with what it must be:

hostile   benchmarks/reliability_requests.py --skip-load: ``--requests`` generated hostile requests to
          every endpoint: server errors (0), requests over 1 s of CPU (0)
load      benchmarks/reliability_requests.py --skip-hostile: gunicorn (``--workers``), ``--clients``
          clients for ``--seconds`` s of mixed requests during an ingest and curators' edits: failed
          requests (0), p95 latency
crashes   benchmarks/reliability_crashes.py: SIGKILL at five points of ingest, admin save and
          rebuild, then ``ensure_search_index``: articles and quotations lost (0)
fuzz      benchmarks/fuzz_inputs.py: ``--cases`` fuzzed files through ``parse_file``: exceptions other
          than the project's parse failure (0), slowest case (under 5 s), cases per second
files     benchmarks/reliability_files.py: a folder of bad files among good ones through
          ``manage.py ingest``: bad files reported (all), good records stored (all), peak memory
          (under 1 GB)

``--quick`` runs every part small (a few minutes: 200 articles, 2,000 requests, 10 clients for 15
s, 40 pages, 2,000 cases, big files at 1%). The full battery takes about an hour on two busy
cores; run it at low priority: ``nice python -m benchmarks.reliability``. Exits 1 when a figure
misses what it must be.
"""

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARTS = ("hostile", "load", "crashes", "fuzz", "files")
QUICK = {
    "articles": 200,
    "requests": 2000,
    "clients": 10,
    "seconds": 15,
    "ingest": 50,
    "pages": 40,
    "cases": 2000,
    "scale": 0.01,
}


def commands(args, workdir: Path) -> dict[str, list[str]]:
    requests = [
        "-m",
        "benchmarks.reliability_requests",
        f"--workdir={workdir / 'archive'}",  # built once for both parts
        f"--articles={args.articles}",
        f"--requests={args.requests}",
        f"--clients={args.clients}",
        f"--seconds={args.seconds}",
        f"--workers={args.workers}",
        f"--ingest={args.ingest}",
    ]
    return {
        "hostile": [*requests, "--skip-load"],
        "load": [*requests, "--skip-hostile"],
        "crashes": ["-m", "benchmarks.reliability_crashes", f"--pages={args.pages}"],
        "fuzz": ["-m", "benchmarks.fuzz_inputs", f"--cases={args.cases}", f"--workers={args.fuzz_workers}"],
        "files": ["-m", "benchmarks.reliability_files", f"--scale={args.scale}"],
    }


def run_part(command: list[str]) -> tuple[str, int, float]:
    """Run one part, echoing its output; (output, exit code, wall seconds)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, *command], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    lines = []
    for line in process.stdout:
        print(line, end="", flush=True)
        lines.append(line)
    return "".join(lines), process.wait(), time.perf_counter() - started


# --- reading each part's figures -------------------------------------------------------------------


def _number(pattern: str, text: str, default=None, last: bool = False):
    found = re.findall(pattern, text)
    if not found:
        return default
    value = found[-1] if last else found[0]
    return float(value.replace(",", ""))


def hostile_rows(output: str) -> list[tuple]:
    count = _number(r"requests: ([\d,]+); wall", output)
    errors = _number(r"server errors \(5xx\): (\d+)", output)
    slow = _number(r"CPU: p50 .*?over 1 s: (\d+)", output)
    return [
        ("hostile requests", "sent", count, ">= 2,000", count is not None and count >= 2000),
        ("", "server errors", errors, "0", errors == 0),
        ("", "over 1 s of CPU", slow, "0", slow == 0),
    ]


def load_rows(output: str) -> list[tuple]:
    count = _number(r"requests: ([\d,]+) \(", output)
    errors = _number(r"errors: (\d+)", output)
    p95 = _number(r"latency .*?p95 (\d+) ms", output)
    return [
        ("load on gunicorn", "requests", count, "", count is not None and count > 0),
        ("", "failed requests", errors, "0", errors == 0),
        ("", "p95 latency (ms)", p95, "reported", p95 is not None),
    ]


def crashes_rows(output: str) -> list[tuple]:
    articles = [
        float(value) for value in re.findall(r"articles stored \d+, searchable \d+, lost (\d+)", output)
    ]
    quotes = [
        float(value) for value in re.findall(r"quotations stored \d+, searchable \d+, lost (\d+)", output)
    ]
    kills = len(re.findall(r": killed \(", output))
    return [
        ("kill -9", "processes killed", kills, "6 (five points)", kills >= 5),
        ("", "articles lost", max(articles, default=None), "0", bool(articles) and max(articles) == 0),
        ("", "quotations lost", max(quotes, default=None), "0", bool(quotes) and max(quotes) == 0),
    ]


def fuzz_rows(output: str) -> list[tuple]:
    cases = _number(r"fuzzed inputs: ([\d,]+) cases", output)
    errors = _number(r"parse failure: (\d+)", output)
    slowest = _number(r"slowest case: [\d.]+ s wall, ([\d.]+) s CPU", output)
    speed = _number(r"(\d+) cases/s", output)
    return [
        ("fuzzed inputs", "cases", cases, ">= 20,000", cases is not None and cases >= 20_000),
        ("", "unexpected exceptions", errors, "0", errors == 0),
        ("", "slowest case (s CPU)", slowest, "< 5", slowest is not None and slowest < 5),
        ("", "cases per second", speed, "reported", speed is not None),
    ]


def files_rows(output: str) -> list[tuple]:
    reported = re.search(r"reported: (\d+) of (\d+)", output)
    stored = re.search(r"good records stored: (\d+) of (\d+)", output)
    internal = _number(r"internal errors: (\d+)", output)
    peak = _number(r"peak RSS of the ingest: (\d+) MB", output)
    return [
        ("bad-file folder", "bad files reported", _of(reported), "all", _all(reported)),
        ("", "good records stored", _of(stored), "all", _all(stored)),
        ("", "internal errors", internal, "0", internal == 0),
        ("", "peak RSS (MB)", peak, "< 1,024", peak is not None and peak < 1024),
    ]


def _of(match) -> str | None:
    return f"{match.group(1)} of {match.group(2)}" if match else None


def _all(match) -> bool:
    return bool(match) and match.group(1) == match.group(2)


ROWS = {
    "hostile": hostile_rows,
    "load": load_rows,
    "crashes": crashes_rows,
    "fuzz": fuzz_rows,
    "files": files_rows,
}


def table(results: dict[str, tuple[str, int, float]]) -> int:
    print("\n" + "=" * 90)
    print(f"{'part':18} {'figure':26} {'value':>14}  {'must be':16} {'':4} {'time':>8}")
    print("-" * 90)
    misses = 0
    for part, (output, _code, wall) in results.items():
        for number, (label, figure, value, wanted, good) in enumerate(ROWS[part](output)):
            shown = "?" if value is None else value if isinstance(value, str) else f"{value:,.0f}"
            if isinstance(value, float) and value < 10 and value != int(value):
                shown = f"{value:.2f}"
            misses += not good
            timing = f"{wall / 60:.1f} min" if number == 0 else ""
            print(f"{label:18} {figure:26} {shown:>14}  {wanted:16} {'ok' if good else 'MISS':4} {timing:>8}")
    print("=" * 90)
    return 1 if misses else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parts", default=",".join(PARTS), help=f"comma-separated, of {', '.join(PARTS)}")
    parser.add_argument("--quick", action="store_true", help="every part small: a smoke run")
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--requests", type=int, default=2_500)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--ingest", type=int, default=400)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--fuzz-workers", type=int, default=1)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    if args.quick:
        for name, value in QUICK.items():
            setattr(args, name, value)
    parts = [part.strip() for part in args.parts.split(",") if part.strip()]
    unknown = set(parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    results = {}
    with tempfile.TemporaryDirectory(prefix="dispatches-reliability-") as workdir:
        for part, command in commands(args, Path(workdir)).items():
            if part in parts:
                print(f"\n### {part}: python {' '.join(command)}", flush=True)
                results[part] = run_part(command)
    return table(results)


if __name__ == "__main__":
    sys.exit(main())
