"""Train the text-dump line scorer on all development pages and write it into the package.

Run from the repository root: ``python benchmarks/train_line_model.py``.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from articles.pipeline.textdump.model import MODEL_PATH  # noqa: E402
from benchmarks.line_training import SETS, load_pages, prepare, train  # noqa: E402


def main() -> None:
    pages = [prepare(page) for page in load_pages(SETS)]
    model = train(pages)
    MODEL_PATH.write_text(json.dumps(model, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size // 1024} KiB) from {len(pages)} pages")


if __name__ == "__main__":
    main()
