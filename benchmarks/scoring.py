"""Shared pieces of the extraction benchmarks: predictions, the shared scorer, title and date scoring.

Corpora are found by ``training.corpora`` (``../shared`` next to the repository, or
``DISPATCHES_SHARED_DIR``) and never copied into it.
"""

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from training.corpora import corpus_dir, shared_dir

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "out"


def write_predictions(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def score_bodies(predictions: Path, name: str) -> str:
    """Run the shared scorer on a predictions file; return its last line (``extract P=… R=… F1=… (n=…)``)."""
    scorer = shared_dir() / "tools" / "score_extract.py"
    gold = corpus_dir(name) / "gold.jsonl"
    done = subprocess.run(
        [sys.executable, str(scorer), str(predictions), "--gold", str(gold)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


def same_title(predicted: str | None, gold: str | None) -> bool:
    """Exact match after collapsing whitespace and folding case."""
    return _fold(predicted) == _fold(gold)


def same_day(predicted: date | datetime | str | None, gold: str | None) -> bool:
    """True when the prediction falls on the gold calendar day (``YYYY-MM-DD``)."""
    return predicted is not None and gold is not None and day_of(predicted) == gold


def day_of(value: date | datetime | str | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]


def accuracy(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "n/a (0 pages)"


def _fold(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()
