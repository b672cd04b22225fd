"""Where the development corpora are: ``../shared`` next to the repository (``DISPATCHES_SHARED_DIR``
elsewhere). Training and benchmarks read them there and never copy them into the repository."""

import json
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    return Path(os.environ.get("DISPATCHES_SHARED_DIR") or REPO.parent / "shared")


def corpus_dir(name: str) -> Path:
    """An extraction development set (``aeb``, ``wcxb``)."""
    return shared_dir() / "corpus" / "extract-dev" / name


def load_gold(name: str) -> list[dict]:
    with open(corpus_dir(name) / "gold.jsonl", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]
