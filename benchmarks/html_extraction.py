"""Benchmark HTML ingest on the extract-dev pages: body F1, title and date accuracy, pages per second.

Runs the pipeline (``parse_file``) over ``extract-dev/{aeb,wcxb}/html/<id>.html.gz``,
writes predictions to ``benchmarks/out/html-<set>.jsonl``, scores bodies with
``shared/tools/score_extract.py``, titles and dates against the gold where it
has them, and times trafilatura alone (``trafilatura.extract`` with default
options) on the same decompressed pages for comparison. Both are run once on a
page before timing, so one-off start-up costs (imports, dateparser's
locale tables that htmldate loads on first use) are not counted as per-page time.
The two take turns page by page and are timed in CPU time of this process, so
other work on the machine slows neither of them more than the other.

    python -m benchmarks.html_extraction [--sets aeb wcxb] [--limit N] [--skip-trafilatura]
"""

import argparse
import gzip
import time

import trafilatura
from htmldate import find_date
from htmldate.extractors import get_external_parser

from articles.pipeline import ParsedArticle, parse_file
from benchmarks.scoring import (
    OUT,
    accuracy,
    day_of,
    same_day,
    same_title,
    score_bodies,
    write_predictions,
)
from training.corpora import corpus_dir, load_gold


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sets", nargs="+", default=["aeb", "wcxb"])
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    parser.add_argument("--skip-trafilatura", action="store_true", help="do not time trafilatura alone")
    args = parser.parse_args()
    for name in args.sets:
        run_set(name, args.limit, not args.skip_trafilatura)


def run_set(name: str, limit: int | None, compare: bool) -> None:
    gold = load_gold(name)[:limit]
    pages = {row["id"]: read_page(name, row["id"]) for row in gold}
    warm_up(next(iter(pages.values())))
    predictions, seconds, trafilatura_seconds = run_pages(pages, compare)
    path = OUT / f"html-{name}.jsonl"
    write_predictions(path, predictions)
    print(f"== {name}: {len(pages)} pages, predictions in {path.relative_to(OUT.parents[1])}")
    print(f"pipeline: {len(pages) / seconds:.1f} pages/s")
    if compare:
        print(f"trafilatura alone: {len(pages) / trafilatura_seconds:.1f} pages/s")
    report_metadata(predictions, gold)
    print(score_bodies(path, name) if limit is None else "(body F1 needs the whole set; run without --limit)")


def warm_up(html: bytes) -> None:
    parse_file(html, "warm-up.html")
    trafilatura.extract(html)
    # htmldate hands dates it cannot read to dateparser, which builds each locale's tables on first
    # use: a string no locale reads makes it build them all, once per process as in a long ingest.
    find_date("<html><body><p>Published on 14 janvier 2019</p></body></html>", extensive_search=True)
    get_external_parser().get_date_data("Mise 14 qwerty 2019")


def read_page(name: str, page_id: str) -> bytes:
    return gzip.decompress((corpus_dir(name) / "html" / f"{page_id}.html.gz").read_bytes())


def run_pages(pages: dict[str, bytes], compare: bool) -> tuple[list[dict], float, float]:
    """Predictions, and the CPU seconds the pipeline and trafilatura alone (if ``compare``) took."""
    predictions, seconds, trafilatura_seconds = [], 0.0, 0.0
    for page_id, html in pages.items():
        start = time.process_time()
        result = parse_file(html, f"{page_id}.html")
        seconds += time.process_time() - start
        if compare:
            start = time.process_time()
            trafilatura.extract(html)
            trafilatura_seconds += time.process_time() - start
        article = next((item for item in result if isinstance(item, ParsedArticle)), None)
        predictions.append(prediction(page_id, article))
    return predictions, seconds, trafilatura_seconds


def prediction(page_id: str, article: ParsedArticle | None) -> dict:
    if article is None:
        return {"id": page_id, "body": "", "title": "", "date": None}
    return {"id": page_id, "body": article.body, "title": article.title, "date": day_of(article.published)}


def report_metadata(predictions: list[dict], gold: list[dict]) -> None:
    by_id = {row["id"]: row for row in predictions}
    titled = [row for row in gold if row.get("title")]
    dated = [row for row in gold if row.get("date")]
    if titled:
        hits = sum(same_title(by_id[row["id"]]["title"], row["title"]) for row in titled)
        print(f"title accuracy: {accuracy(hits, len(titled))}")
    if dated:
        hits = sum(same_day(by_id[row["id"]]["date"], row["date"]) for row in dated)
        print(f"date accuracy (same day, pages with a gold date): {accuracy(hits, len(dated))}")


if __name__ == "__main__":
    main()
