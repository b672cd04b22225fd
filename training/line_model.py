"""Train the text-dump line scorer on all development pages and write it into the package.

Run from the repository root: ``python -m training.line_model``.
"""

import json

from articles.pipeline.textdump.model import MODEL_PATH
from training.line_training import SETS, load_pages, prepare, train


def main() -> None:
    pages = [prepare(page) for page in load_pages(SETS)]
    model = train(pages)
    MODEL_PATH.write_text(json.dumps(model, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size // 1024} KiB) from {len(pages)} pages")


if __name__ == "__main__":
    main()
