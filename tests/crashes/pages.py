"""Folders of distinct pages for crash tests: seed dumps, each copy given a headline of its own.

Two seeds (DW's and RT's): the headline of the third is read from elsewhere on its page once
changed, so its copies would all be one article (ingest/duplicates.py), as they should.
"""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
EXPECTED = json.loads((ROOT / "tests" / "fixtures" / "expected.json").read_text(encoding="utf-8"))
SEEDS = ["000_9571428a7774d098.txt", "003_f66094d2c08a4563.txt"]


def write_pages(folder: Path, count: int, first: int = 0) -> Path:
    """``count`` text dumps numbered from ``first``: a seed with "(dispatch n)" in its headline."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(first, first + count):
        seed = SEEDS[n % len(SEEDS)]
        title = EXPECTED[seed]["title"].removesuffix(".")
        text = (SAMPLES / seed).read_text(encoding="utf-8").replace(title, f"{title} (dispatch {n})")
        (folder / f"dispatch-{n:04d}.txt").write_text(text, encoding="utf-8")
    return folder
