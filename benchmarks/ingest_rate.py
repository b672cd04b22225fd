"""How fast `manage.py ingest` stores and indexes real pages, with 1 and more parse workers, and its memory.

    python -m benchmarks.ingest_rate [--workers 1 2] [--keep DIR] [PATH ...]

For each worker count, a fresh archive (a temporary data directory, development settings with
DEBUG off, migrated before the clock starts) ingests PATH (default: the HTML pages and text dumps of
/work/shared/corpus/extract-dev) in a child process, and prints: wall time; CPU seconds of the
ingest process and of its parse workers; articles stored per second and per CPU-second; the peak
RSS of the ingest process (its VmHWM), of its largest worker, and of the whole process tree
(sampled every 0.1 s); the index size per stored article; and the load average around the run.
Nothing is asserted: the issue's targets (50 articles/s on 2 cores, peak RSS under 1.5 GB,
index under 40 kB per real article) are printed next to the figures.
"""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path("/work/shared/corpus/extract-dev")
DEFAULT_PATHS = [
    CORPUS / "wcxb" / "html",
    CORPUS / "wcxb" / "text",
    CORPUS / "aeb" / "html",
    CORPUS / "aeb" / "text",
]
MB = 1024 * 1024
SAMPLE_EVERY = 0.1


def main(argv=None):
    args = _arguments(argv)
    paths = [str(path) for path in args.paths or DEFAULT_PATHS]
    for workers in args.workers:
        folder = Path(tempfile.mkdtemp(prefix=f"ingest-rate-{workers}-", dir=args.keep))
        try:
            _print(workers, measure(folder, paths, workers, args.profile))
        finally:
            if args.keep is None:
                shutil.rmtree(folder, ignore_errors=True)


def _arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--workers", nargs="+", type=int, default=[1, 2])
    parser.add_argument("--keep", help="make the archives in this folder and leave them there")
    parser.add_argument("--profile", help="write a cProfile (CPU time) of the ingest process to this file")
    parser.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def measure(folder: Path, paths: list[str], workers: int, profile: str | None = None) -> dict:
    env = {
        **os.environ,
        "DISPATCHES_DATA_DIR": str(folder),
        "DJANGO_SETTINGS_MODULE": "archive.settings.dev",
        "DJANGO_DEBUG": "false",  # as in production: no debug cursor formatting every query
    }
    env.pop("DISPATCHES_INDEX_DIR", None)
    env.pop("DATABASE_URL", None)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    command = [sys.executable, "-m", "benchmarks.ingest_rate", "--child", str(workers), profile or "", *paths]
    load_before = os.getloadavg()
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    tree_peak = _sample_tree(child)
    output, _ = child.communicate()
    wall = time.perf_counter() - started
    if child.returncode:
        raise SystemExit(f"the ingest failed ({child.returncode})")
    figures = json.loads(output.strip().splitlines()[-1])
    index = sum(file.stat().st_size for file in (folder / "whoosh_index").rglob("*") if file.is_file())
    return {
        **figures,
        "wall": wall,
        "tree_peak_mb": tree_peak / MB,
        "index_mb": index / MB,
        "load": (load_before[0], os.getloadavg()[0]),
    }


def _sample_tree(child: subprocess.Popen) -> int:
    """The largest sum of RSS over the child and its descendants seen while it runs."""
    peak = 0
    while child.poll() is None:
        peak = max(peak, sum(_rss(pid) for pid in _tree(child.pid)))
        time.sleep(SAMPLE_EVERY)
    return peak


def _tree(pid: int) -> list[int]:
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                queue += [int(child) for child in (task / "children").read_text().split()]
        except OSError:  # gone meanwhile
            pass
    return found


def _rss(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/statm").read_text().split()
    except OSError:
        return 0
    return int(fields[1]) * os.sysconf("SC_PAGE_SIZE")


def _print(workers: int, f: dict):
    cpu = f["cpu_self"] + f["cpu_workers"]
    print(f"--workers {workers}: {f['articles']} articles from {f['files']} files")
    print(
        f"  wall {f['wall']:.1f} s; CPU {cpu:.1f} s "
        f"(ingest process {f['cpu_self']:.1f}, workers {f['cpu_workers']:.1f})"
    )
    print(
        f"  {f['articles'] / f['wall']:.1f} articles/s (target >= 50 on 2 cores); "
        f"{f['articles'] / cpu:.1f} articles/CPU-s"
    )
    print(
        f"  peak RSS: ingest process {f['self_peak_mb']:.0f} MB, "
        f"largest worker {f['worker_peak_mb']:.0f} MB, "
        f"whole tree {f['tree_peak_mb']:.0f} MB (sampled; target < 1536 MB)"
    )
    print(
        f"  index {f['index_mb']:.1f} MB = {f['index_mb'] * 1024 / max(f['articles'], 1):.1f} kB per article "
        f"(target < 40); load average {f['load'][0]:.1f} before, {f['load'][1]:.1f} after"
    )


def child(workers: int, profile: str, paths: list[str]):
    """The timed ingest, in its own process: prints its figures as one JSON line."""
    import django
    from django.core.management import call_command

    django.setup()
    from articles.models import Article

    arguments = ["ingest", *paths, "--workers", str(workers), "-v0"]
    if profile:  # CPU time, not wall time: the machine is shared
        import cProfile

        profiler = cProfile.Profile(time.process_time)
        profiler.runcall(call_command, *arguments)
        profiler.dump_stats(profile)
    else:
        call_command(*arguments)
    own, workers_usage = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    figures = {
        "articles": Article.objects.count(),
        "files": sum(1 for path in paths for file in Path(path).rglob("*") if file.is_file()),
        "cpu_self": own.ru_utime + own.ru_stime,
        "cpu_workers": workers_usage.ru_utime + workers_usage.ru_stime,
        "self_peak_mb": own.ru_maxrss / 1024,
        "worker_peak_mb": workers_usage.ru_maxrss / 1024,
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    arguments = _arguments(sys.argv[1:])
    if arguments.child:
        child(int(arguments.child[0]), arguments.child[1], arguments.child[2:])
    else:
        main()
