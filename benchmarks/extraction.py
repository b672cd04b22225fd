"""Benchmark the text-dump reader on the extract-dev pages: body F1, title and date accuracy, speed.

Runs the pipeline (``parse_file`` with the signatures of ``tests/known_outlets.py``) over
``extract-dev/{aeb,wcxb}/text/<id>.txt``, writes predictions to
``benchmarks/out/textdump-<set>.jsonl`` and scores bodies with
``shared/tools/score_extract.py``, titles and dates against the gold where it has
them. Speeds are CPU time of one core: ``textdump.extract`` alone on decoded text (the
parsing step; best of three rounds), decoding and extract together, and the whole
``parse_file`` (with outlet and quotes), labelled apart.

The shipped line model was trained on these same pages, so those figures are
in-sample. Unless ``--no-cross-validation`` is given, the benchmark also trains
models (line model and headline ranker together) on one half of the pages and
scores the other half with them, both ways round, twice:

- random folds (pages drawn by their id: one site's pages may sit in both halves);
- site-grouped folds (pages drawn by their site: no site is in both halves), the
  honest figure for pages of sites never seen, and the one to tune against.

Beside them it prints the ceilings (the gold title is a line of the dump; the gold day
is readable somewhere in it) and how many pages whose gold has article text got no body.

    python -m benchmarks.extraction [--sets aeb wcxb] [--no-cross-validation] [--grouped-only]
"""

import argparse
import re
import time
from pathlib import Path

from articles.pipeline import ParsedArticle, parse_file
from articles.pipeline.decoding import decode
from articles.pipeline.records import ParseError
from articles.pipeline.textdump import extract
from articles.pipeline.textdump.lines import page_lines, split_date_prefix
from articles.pipeline.textdump.model import LineScorer
from benchmarks.ceilings import day_in_dump, title_in_dump
from benchmarks.scoring import (
    OUT,
    accuracy,
    day_of,
    same_day,
    same_title,
    score_bodies,
    write_predictions,
)
from tests.known_outlets import SIGNATURES
from training.corpora import corpus_dir, load_gold
from training.folding import folded
from training.line_training import (
    fold_of,
    line_labels,
    load_pages,
    prepare,
    site_fold_of,
    train,
)

TIMING_ROUNDS = 3


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sets", nargs="+", default=["aeb", "wcxb"])
    parser.add_argument(
        "--no-cross-validation", action="store_true", help="only the shipped (in-sample) model"
    )
    parser.add_argument(
        "--grouped-only", action="store_true", help="only the site-grouped cross-validation (for tuning)"
    )
    args = parser.parse_args()
    figures = {}
    if not args.grouped_only:
        print("== shipped model (trained on all these pages: in-sample figures)")
        figures["in-sample"] = {name: run_shipped(name) for name in args.sets}
    if not args.no_cross_validation:
        pages = [prepare(page) for page in load_pages(args.sets)]
        if not args.grouped_only:
            print("== held out, random 2-fold cross-validation (pages of one site may sit in both halves)")
            figures["random 2-fold"] = run_cross_validation(pages, args.sets, fold_of, "heldout")
        print("== held out, site-grouped 2-fold cross-validation (no site in both halves)")
        figures["site 2-fold"] = run_cross_validation(pages, args.sets, site_fold_of, "sites")
    print_summary(figures, ceilings(args.sets))


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
    return report(path, name, predictions, gold)


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


def run_cross_validation(pages, names, fold_function, label: str) -> dict:
    """Score each page with a model trained on the half of the pages it is not in."""
    predictions = {name: [] for name in names}
    for fold in (0, 1):
        scorer = LineScorer(train([page for page in pages if fold_function(page) != fold]))
        for page in pages:
            if fold_function(page) == fold:
                found = extract(page.text, scorer=scorer)
                predictions[page.corpus].append(
                    {"id": page.id, "body": found.body, "title": found.title, "date": day_of(found.published)}
                )
    figures = {}
    for name in names:
        path = OUT / f"textdump-{name}-{label}.jsonl"
        write_predictions(path, predictions[name])
        print(f"-- {name} ({label}): predictions in {path.relative_to(OUT.parents[1])}")
        figures[name] = report(path, name, predictions[name], load_gold(name))
    return figures


def report(path: Path, name: str, predictions: list[dict], gold: list[dict]) -> dict:
    """Print and return the figures of one set of predictions."""
    by_id = {row["id"]: row for row in predictions}
    titled = [row for row in gold if row.get("title")]
    dated = [row for row in gold if row.get("date")]
    figures = {}
    if titled:
        hits = sum(same_title(by_id[row["id"]]["title"], row["title"]) for row in titled)
        figures["title"] = hits / len(titled)
        print(f"title accuracy: {accuracy(hits, len(titled))}")
        # The gold keeps whichever quotes its source had; a page's headline may curl them.
        hits = sum(folded(by_id[row["id"]]["title"] or "") == folded(row["title"]) for row in titled)
        figures["title, quotes folded"] = hits / len(titled)
        print(f"title accuracy, typographic quotes and dashes folded: {accuracy(hits, len(titled))}")
    if dated:
        hits = sum(same_day(by_id[row["id"]]["date"], row["date"]) for row in dated)
        figures["date"] = hits / len(dated)
        print(f"date accuracy (same day, pages with a gold date): {accuracy(hits, len(dated))}")
    lost = [row for row in gold if row["body"].strip() and not by_id.get(row["id"], {}).get("body")]
    # A dump may lack the article (a page that loads it by script): only a dump holding some counts.
    missed = [row["id"] for row in lost if _holds_article(name, row)]
    figures["pages with no body"] = len(missed)
    print(f"pages whose dump holds gold article text but got no body: {len(missed)} {' '.join(missed[:10])}")
    nothing = [row["id"] for row in lost if row["id"] not in missed]
    print(f"(and {len(nothing)} whose dump holds none of it: {' '.join(nothing)})")
    scored = score_bodies(path, name)
    figures["body F1"] = float(re.search(r"F1=([0-9.]+)", scored).group(1))
    print(scored)
    return figures


def ceilings(names) -> dict:
    """The share of gold titles written as a line of the dump, and of gold days readable in it."""
    found = {}
    for name in names:
        gold = load_gold(name)
        pairs = [(_dump_text(name, row["id"]), row) for row in gold]
        titled = [(text, row["title"]) for text, row in pairs if row.get("title")]
        dated = [(text, row["date"]) for text, row in pairs if row.get("date")]
        found[name] = {}
        if titled:
            found[name]["title"] = _share(title_in_dump(text, title) for text, title in titled)
            found[name]["title, quotes folded"] = _share(
                title_in_dump(text, title, fold_typography=True) for text, title in titled
            )
        if dated:
            found[name]["date"] = _share(day_in_dump(text, day) for text, day in dated)
    return found


def _holds_article(name: str, row: dict) -> bool:
    lines = [line.text for line in page_lines(split_date_prefix(_dump_text(name, row["id"]))[1])]
    return any(line_labels(row["body"], lines))


def _share(hits) -> float:
    hits = list(hits)
    return sum(hits) / len(hits)


def _dump_text(name: str, page_id: str) -> str:
    return (corpus_dir(name) / "text" / f"{page_id}.txt").read_bytes().decode("utf-8", errors="replace")


def print_summary(figures: dict, ceiling: dict) -> None:
    runs = list(figures)
    print("== summary")
    print(f"{'set':6} {'figure':22}" + "".join(f"{run:>15}" for run in runs) + f"{'ceiling':>15}")
    names = sorted({name for by_set in figures.values() for name in by_set}, key=["aeb", "wcxb"].index)
    for name in names:
        keys = [key for key in FIGURE_ORDER if any(key in figures[run].get(name, {}) for run in runs)]
        for key in keys:
            values = [figures[run].get(name, {}).get(key) for run in runs]
            cells = "".join(f"{_cell(value):>15}" for value in values)
            print(f"{name:6} {key:22}{cells}{_cell(ceiling.get(name, {}).get(key)):>15}")


FIGURE_ORDER = ("body F1", "title", "title, quotes folded", "date", "pages with no body")
# "pages with no body": pages whose dump holds some of the gold article text, yet got no body.


def _cell(value) -> str:
    if value is None:
        return "-"
    return str(value) if isinstance(value, int) else f"{value:.3f}"


if __name__ == "__main__":
    main()
