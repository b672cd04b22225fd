"""Benchmark outlet recognition on the extract-dev pages: right, wrong and unknown, HTML and text dumps.

Runs ``manage.py ingest --dry-run --format jsonl`` on ``extract-dev/{aeb,wcxb}/{html,text}/``
(in a fresh, migrated data directory, so only the outlets a new archive starts with are
known), keeps each page's ``outlet``, and scores it with ``shared/tools/score_outlets.py``
against the site each page came from. The four figures the issue asks for are the pooled
lines ``html`` and ``text`` (right, wrong); each set is also printed on its own.

Pages are split by site before any tuning: a site whose name hashes to 0 modulo 3 is
*held out* (about a third of the sites), the rest is *tuning*. Both halves are printed, so
a rule that only fits the pages it was tuned on shows as a gap between them.

    python -m benchmarks.outlets [--sets aeb wcxb] [--kinds html text] [--half tuning|held-out]
                                 [--from-dir DIR] [--show N]

``--half`` runs and scores one half only (while tuning, ``--half tuning`` keeps the held-out
pages unseen). ``--from-dir`` scores dry-run outputs already made (``DIR/<set>-<kind>.jsonl``) instead of
running the ingest; ``--show`` lists that many wrong and unknown pages per set, tuning half only.
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.scoring import OUT, REPO
from training.corpora import corpus_dir, load_gold, shared_dir

HALVES = ("tuning", "held-out")
LAST_LINE = re.compile(r"right=([\d.]+) wrong=([\d.]+) unknown=([\d.]+) \(n=(\d+)\)")


def half_of(site: str) -> str:
    """The split decided before tuning: by site, about a third held out."""
    return "held-out" if int(hashlib.sha1(site.encode()).hexdigest(), 16) % 3 == 0 else "tuning"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sets", nargs="+", default=["aeb", "wcxb"])
    parser.add_argument("--kinds", nargs="+", default=["html", "text"])
    parser.add_argument("--half", choices=HALVES, help="only this half of the pages")
    parser.add_argument("--from-dir", type=Path, help="score existing dry-run outputs DIR/<set>-<kind>.jsonl")
    parser.add_argument("--show", type=int, default=0, help="list wrong and unknown pages of the tuning half")
    args = parser.parse_args()
    pooled: dict[tuple[str, str], list[int]] = {}
    with tempfile.TemporaryDirectory() as data_dir:
        if args.from_dir is None:
            _migrate(data_dir)
        for kind in args.kinds:
            for name in args.sets:
                dry_run = _dry_run_output(name, kind, data_dir, args.from_dir, args.half)
                for half, counts in _score(name, kind, dry_run, args.show, args.half).items():
                    totals = pooled.setdefault((kind, half), [0, 0, 0, 0])
                    for i, value in enumerate(counts):
                        totals[i] += value
    print("== pooled over the sets")
    for (kind, half), counts in sorted(pooled.items()):
        print(f"{kind:4} {half:8}  {_figures(*counts)}")
    for kind in args.kinds:
        counts = [sum(pooled[kind, half][i] for half in HALVES if (kind, half) in pooled) for i in range(4)]
        print(f"{kind:4} all       {_figures(*counts)}")


def _figures(right: int, wrong: int, unknown: int, n: int) -> str:
    return f"right={right / n:.3f} wrong={wrong / n:.3f} unknown={unknown / n:.3f} (n={n})"


def _migrate(data_dir: str) -> None:
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=REPO, env=_env(data_dir), check=True)


def _env(data_dir: str) -> dict:
    return os.environ | {"DISPATCHES_DATA_DIR": data_dir}


def _dry_run_output(name: str, kind: str, data_dir: str, from_dir: Path | None, half: str | None) -> Path:
    if from_dir is not None:
        return from_dir / f"{name}-{kind}.jsonl"
    path = OUT / f"outlets-dry-run-{name}-{kind}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "manage.py",
        "ingest",
        "--dry-run",
        "--format",
        "jsonl",
        *_inputs(name, kind, half),
    ]
    started, cpu = time.time(), os.times()
    with open(path, "w", encoding="utf-8") as out:
        subprocess.run(command, cwd=REPO, env=_env(data_dir), stdout=out, check=True)
    spent = os.times()
    cpu_seconds = spent.children_user + spent.children_system - cpu.children_user - cpu.children_system
    print(
        f"({name}/{kind}: dry run {time.time() - started:.0f} s wall, {cpu_seconds:.0f} s CPU, "
        f"load {os.getloadavg()[0]:.1f})"
    )
    return path


def _inputs(name: str, kind: str, half: str | None) -> list[str]:
    """The folder of pages, or the files of one half of them."""
    folder = corpus_dir(name) / kind
    if half is None:
        return [str(folder)]
    suffix = ".html.gz" if kind == "html" else ".txt"
    return [str(folder / f"{row['id']}{suffix}") for row in load_gold(name) if half_of(row["domain"]) == half]


def _score(name: str, kind: str, dry_run: Path, show: int, only: str | None) -> dict[str, list[int]]:
    """Score one set's dry run, whole and by half; return each half's (right, wrong, unknown, n) counts."""
    predictions = _predictions(dry_run)
    gold = load_gold(name)
    counts = {}
    with tempfile.TemporaryDirectory() as scratch:
        pred_path = Path(scratch) / "pred.jsonl"
        pred_path.write_text("".join(json.dumps(row) + "\n" for row in predictions), encoding="utf-8")
        for half in (only,) if only else HALVES:
            rows = [row for row in gold if half_of(row["domain"]) == half]
            gold_path = Path(scratch) / f"gold-{half}.jsonl"
            gold_path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
            output = _run_scorer(pred_path, gold_path, show if half == "tuning" else 0)
            if show and half == "tuning":
                print("\n".join(output.splitlines()[:-1]))
            right, wrong, unknown, n = _parse(output.splitlines()[-1])
            counts[half] = [round(right * n), round(wrong * n), round(unknown * n), n]
            print(f"{name:4} {kind:4} {half:8}  {output.splitlines()[-1]}")
    return counts


def _predictions(dry_run: Path) -> list[dict]:
    rows = []
    for line in dry_run.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        page_id = Path(record["source"]).name.split(".")[0]
        rows.append({"id": page_id, "outlet": record["outlet"]})
    return rows


def _run_scorer(predictions: Path, gold: Path, show: int) -> str:
    scorer = shared_dir() / "tools" / "score_outlets.py"
    command = [sys.executable, str(scorer), str(predictions), "--gold", str(gold), "--show", str(show)]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def _parse(line: str) -> tuple[float, float, float, int]:
    match = LAST_LINE.search(line)
    return float(match[1]), float(match[2]), float(match[3]), int(match[4])


if __name__ == "__main__":
    main()
