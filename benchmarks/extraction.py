"""Benchmark the text-dump reader on the extract-dev pages: body F1, title and date accuracy, speed.

Runs the pipeline (``parse_file`` with the signatures of ``known_outlets``) over
``extract-dev/{aeb,wcxb}/text/<id>.txt``, writes predictions to
``benchmarks/out/textdump-<set>.jsonl`` and scores bodies with
``shared/tools/score_extract.py``, titles and dates against the gold where it has
them. Speeds are CPU time of one core: ``textdump.extract`` alone on decoded text (the
parsing step; best of three rounds), decoding and extract together, and the whole
``parse_file`` (with outlet and quotes), labelled apart.

The shipped line model was trained on these same pages, so those figures are
in-sample. Unless ``--no-cross-validation`` is given, the benchmark also trains
two models on complementary halves of the pages (aeb and wcxb split alike) and
scores each half with the model that never saw it: the held-out figures.

    python benchmarks/extraction.py [--sets aeb wcxb] [--no-cross-validation]
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from articles.pipeline import OutletSignature, ParsedArticle, parse_file  # noqa: E402
from articles.pipeline.decoding import decode  # noqa: E402
from articles.pipeline.known_outlets import KNOWN_OUTLETS  # noqa: E402
from articles.pipeline.records import ParseError  # noqa: E402
from articles.pipeline.textdump import extract  # noqa: E402
from articles.pipeline.textdump.model import LineScorer  # noqa: E402
from benchmarks.folding import folded  # noqa: E402
from benchmarks.line_training import fold_of, load_pages, prepare, train  # noqa: E402
from benchmarks.scoring import (  # noqa: E402
    OUT,
    accuracy,
    corpus_dir,
    day_of,
    load_gold,
    same_day,
    same_title,
    score_bodies,
    write_predictions,
)

TIMING_ROUNDS = 3
SIGNATURES = [
    OutletSignature(outlet["name"], pattern, kind, weight)
    for outlet in KNOWN_OUTLETS
    for pattern, kind, weight in outlet["signatures"]
]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sets", nargs="+", default=["aeb", "wcxb"])
    parser.add_argument(
        "--no-cross-validation", action="store_true", help="only the shipped (in-sample) model"
    )
    args = parser.parse_args()
    print("== shipped model (trained on all these pages: in-sample figures)")
    for name in args.sets:
        run_shipped(name)
    if not args.no_cross_validation:
        print("== held-out figures: 2-fold cross-validation, each page scored by the model that never saw it")
        run_cross_validation(args.sets)


def run_shipped(name: str) -> None:
    gold = load_gold(name)
    dumps = {row["id"]: (corpus_dir(name) / "text" / f"{row['id']}.txt").read_bytes() for row in gold}
    texts = [text for text in map(_decoded, dumps.values()) if text is not None]
    extract(texts[0])  # load the model before timing
    # CPU time of this process: what one core spends, whatever else the machine runs.
    extracting = min(_cpu_seconds(extract, texts) for _ in range(TIMING_ROUNDS))
    decoding_too = _cpu_seconds(_decoded_and_extracted, dumps.values())
    start = time.process_time()
    predictions = [
        prediction(page_id, parse_file(data, f"{page_id}.txt", SIGNATURES)) for page_id, data in dumps.items()
    ]
    pipeline = time.process_time() - start
    path = OUT / f"textdump-{name}.jsonl"
    write_predictions(path, predictions)
    print(f"-- {name}: {len(dumps)} dumps, predictions in {path.relative_to(OUT.parents[1])}")
    rate = len(texts) / extracting
    print(f"parsing step (textdump.extract alone): {rate:.0f} dumps/s on one core (CPU time)")
    print(f"decode + extract: {len(dumps) / decoding_too:.0f} dumps/s on one core (CPU time)")
    print(f"whole pipeline (parse_file: + outlet, quotes): {len(dumps) / pipeline:.0f} dumps/s (CPU time)")
    report(path, name, predictions, gold)


def _cpu_seconds(function, items) -> float:
    start = time.process_time()
    for item in items:
        function(item)
    return time.process_time() - start


def _decoded(data: bytes) -> str | None:
    try:
        return decode(data)
    except ParseError:  # an empty or undecodable dump fails fast; the pipeline reports it
        return None


def _decoded_and_extracted(data: bytes):
    text = _decoded(data)
    return None if text is None else extract(text)


def prediction(page_id: str, result) -> dict:
    article = next((item for item in result if isinstance(item, ParsedArticle)), None)
    if article is None:
        return {"id": page_id, "body": "", "title": "", "date": None}
    return {"id": page_id, "body": article.body, "title": article.title, "date": day_of(article.published)}


def run_cross_validation(names) -> None:
    pages = [prepare(page) for page in load_pages(names)]
    predictions = {name: [] for name in names}
    for fold in (0, 1):
        scorer = LineScorer(train([page for page in pages if fold_of(page) != fold]))
        for page in pages:
            if fold_of(page) == fold:
                found = extract(page.text, scorer=scorer)
                predictions[page.corpus].append(
                    {"id": page.id, "body": found.body, "title": found.title, "date": day_of(found.published)}
                )
    for name in names:
        path = OUT / f"textdump-{name}-heldout.jsonl"
        write_predictions(path, predictions[name])
        print(f"-- {name} (held out): predictions in {path.relative_to(OUT.parents[1])}")
        report(path, name, predictions[name], load_gold(name))


def report(path: Path, name: str, predictions: list[dict], gold: list[dict]) -> None:
    by_id = {row["id"]: row for row in predictions}
    titled = [row for row in gold if row.get("title")]
    dated = [row for row in gold if row.get("date")]
    if titled:
        hits = sum(same_title(by_id[row["id"]]["title"], row["title"]) for row in titled)
        print(f"title accuracy: {accuracy(hits, len(titled))}")
        # The gold keeps whichever quotes its source had; a page's headline may curl them.
        hits = sum(folded(by_id[row["id"]]["title"] or "") == folded(row["title"]) for row in titled)
        print(f"title accuracy, typographic quotes and dashes folded: {accuracy(hits, len(titled))}")
    if dated:
        hits = sum(same_day(by_id[row["id"]]["date"], row["date"]) for row in dated)
        print(f"date accuracy (same day, pages with a gold date): {accuracy(hits, len(dated))}")
    print(score_bodies(path, name))


if __name__ == "__main__":
    main()
